import DataLoader from 'dataloader';
import type { Queryable } from '../../store';
import { answersOf } from './qna-store';
import { openReports, ratings, replies, type AnswerRow, type RatingRow } from './store';

/** Per-request loaders (CONVENTIONS 4): one `= any($1)` query per batch, results in key order. */
export interface CommunityLoaders {
  rating: DataLoader<string, RatingRow | null>;
  reports: DataLoader<string, { reason: string; note: string | null; created_at: Date }[]>;
  reply: DataLoader<string, { body: string; created_at: Date } | null>;
  answers: DataLoader<string, AnswerRow[]>;
}

function grouped<T extends Record<K, string>, K extends string>(fetch: (keys: readonly string[]) => Promise<T[]>, key: K): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await fetch(keys)) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export function createLoaders(db: Queryable): CommunityLoaders {
  const rating = grouped((keys) => ratings(db, keys), 'target_id');
  const reply = grouped((keys) => replies(db, keys), 'review_id');
  return {
    rating: new DataLoader(async (keys) => (await rating.loadMany(keys)).map((r) => (Array.isArray(r) ? (r[0] ?? null) : null))),
    reports: grouped((keys) => openReports(db, keys), 'review_id'),
    reply: new DataLoader(async (keys) => (await reply.loadMany(keys)).map((r) => (Array.isArray(r) ? (r[0] ?? null) : null))),
    answers: grouped((keys) => answersOf(db, keys), 'question_id'),
  };
}
