import { badInput, HubError } from '../../common/errors';
import type { CommunityOptions } from './options';
import { postCounts, recordPost } from './store';
import type { Queryable } from '../../store';

/** A required text of bounded length (trimmed), else BAD_USER_INPUT naming the field. */
export function boundedText(field: string, value: string | null | undefined, min: number, max: number): string {
  const text = (value ?? '').trim();
  if (text.length < min || text.length > max) throw badInput(field, `${field}은(는) ${min}–${max}자여야 합니다.`, `${field} must be ${min}–${max} characters.`);
  return text;
}

/**
 * The per-account posting limit (COMMUNITY_POSTS_PER_HOUR / _PER_DAY) and
 * whether the post is one of a new account's first ones (held). Counts
 * community.post_event, which every review write and question adds to.
 */
export async function checkPostingLimit(db: Queryable, sub: string, options: CommunityOptions): Promise<{ newAccount: boolean }> {
  const n = await postCounts(db, sub);
  if (n.hour >= options.postsPerHour || n.day >= options.postsPerDay) {
    throw new HubError(
      'RATE_LIMITED',
      { ko: `글은 한 시간에 ${options.postsPerHour}개, 하루에 ${options.postsPerDay}개까지 쓸 수 있습니다.`, en: `At most ${options.postsPerHour} posts an hour and ${options.postsPerDay} a day.` },
      { limitPerHour: options.postsPerHour, limitPerDay: options.postsPerDay },
    );
  }
  return { newAccount: n.total < options.newAccountHeldPosts };
}

/**
 * Counts the post against the limit inside the post's transaction: the
 * author's posts take turns (an advisory lock on the author), the limit is
 * checked again under it, then the post is recorded — so two posts sent at
 * the same instant cannot both pass the last free place.
 */
export async function claimPost(tx: Queryable, sub: string, kind: 'REVIEW' | 'QUESTION', options: CommunityOptions): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtextextended('community.post:' || $1, 0))`, [sub]);
  await checkPostingLimit(tx, sub, options);
  await recordPost(tx, sub, kind);
}
