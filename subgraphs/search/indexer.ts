import type { Logger } from '../../common/logger';
import type { Queryable, Store } from '../../store';
import { RECORD_COLUMNS, toCatalogRow } from '../lifecycle/row';
import { toSearchDocument } from './document';
import { isQuestionId, questionDocuments } from './questions';
import { deletionVariants } from './tokenize';
import { refreshLexemeStatsIfStale } from './stats';

/** Records indexed per transaction. */
const BATCH = 1000;

/**
 * Drains one batch of the dirty queue: every record changed by ingest or
 * curation is (re)indexed, or its document removed when it is withdrawn or
 * unpublished. Queue entries are deleted only if not re-queued meanwhile, so
 * a change made during indexing is indexed on the next pass. Returns how many
 * records it handled.
 */
export async function indexPending(store: Store, limit = BATCH): Promise<number> {
  return store.transaction(async (tx) => {
    const { rows: queued } = await tx.query<{ record_id: string; queued_at: string }>(
      `select record_id, queued_at::text from search.dirty order by queued_at limit $1 for update skip locked`,
      [limit],
    );
    if (queued.length === 0) return 0;
    const ids = queued.map((q) => q.record_id);
    await reindex(tx, ids);
    // Cached search results (result-cache.ts) end with this commit.
    await tx.query('update search.index_state set generation = generation + 1, changed_at = now(), indexed_since_stats = indexed_since_stats + $1', [ids.length]);
    await tx.query(
      `delete from search.dirty d using unnest($1::text[], $2::timestamptz[]) as q(record_id, queued_at)
       where d.record_id = q.record_id and d.queued_at <= q.queued_at`,
      [ids, queued.map((q) => q.queued_at)],
    );
    return queued.length;
  });
}

async function reindex(db: Queryable, ids: string[]): Promise<void> {
  const { rows } = await db.query(
    `select ${RECORD_COLUMNS} from catalog.effective_record where id = any($1::text[]) and status = 'ACTIVE' and published`,
    [ids],
  );
  // Question ids (issue 23) are the board's, not the catalog's: their documents come from community.question.
  const docs = [...rows.map((row) => toSearchDocument(toCatalogRow(row))), ...(await questionDocuments(db, ids.filter(isQuestionId)))];
  const live = new Set(docs.map((d) => d.recordId));
  const gone = ids.filter((id) => !live.has(id));
  await db.query('delete from search.title_posting where record_id = any($1::text[])', [ids]);
  if (gone.length) await db.query('delete from search.document where record_id = any($1::text[])', [gone]);
  if (docs.length === 0) return;
  const titleWords = new Map(docs.flatMap((d) => d.titleWords.map((w) => [w.word, w.jamo] as const)));
  if (titleWords.size) {
    await db.query(
      `insert into search.title_word (word, jamo) select * from unnest($1::text[], $2::text[]) on conflict (word) do nothing`,
      [[...titleWords.keys()], [...titleWords.values()]],
    );
    const variants = [...titleWords.keys()].flatMap((word) => deletionVariants(word).map((variant) => [variant, word] as const));
    await db.query(
      `insert into search.word_variant (variant, word) select * from unnest($1::text[], $2::text[]) on conflict do nothing`,
      [variants.map((v) => v[0]), variants.map((v) => v[1])],
    );
  }
  await db.query(
    `insert into search.title_posting (lexeme, static_rank, record_id)
     select distinct x.lexeme, x.static_rank, x.record_id from jsonb_to_recordset($1::jsonb) as x(lexeme text, static_rank real, record_id text)`,
    [JSON.stringify(docs.flatMap((d) => d.titleLexemes.map((lexeme) => ({ lexeme, static_rank: d.staticRank, record_id: d.recordId }))))],
  );
  await db.query(
    `insert into search.document as d (record_id, kind, subtype, primary_stage, stages, sido, sigungu, special_care, lat, lng,
       free_seat_ages, has_vacancy, application_start, application_end, application_always, opens_at, closes_at,
       last_inspected_on, last_violation_on, has_violation, title, title_norm, chosung, body, tsv, chosung_words, static_rank, variant_key, indexed_at)
     select x."recordId", x.kind, x.subtype, x."primaryStage", x.stages, x.sido, x.sigungu, x."specialCare", x.lat, x.lng,
       x."freeSeatAges", x."hasVacancy", x."applicationStart", x."applicationEnd", x."applicationAlways", x."opensAt", x."closesAt",
       x."lastInspectedOn", x."lastViolationOn", x."hasViolation", x.title, x."titleNorm", x.chosung, x.body, x.tsv::tsvector, x."chosungWords", x."staticRank", x."variantKey", now()
     from jsonb_to_recordset($1::jsonb) as x("recordId" text, kind text, subtype text, "primaryStage" text, stages text[],
       sido text, sigungu text, "specialCare" text[], lat double precision, lng double precision, "freeSeatAges" integer[],
       "hasVacancy" boolean, "applicationStart" date, "applicationEnd" date, "applicationAlways" boolean, "opensAt" text,
       "closesAt" text, "lastInspectedOn" date, "lastViolationOn" date, "hasViolation" boolean, title text, "titleNorm" text, chosung text, body text, tsv text, "chosungWords" text,
       "staticRank" real, "variantKey" text)
     on conflict (record_id) do update set
       kind = excluded.kind, subtype = excluded.subtype, primary_stage = excluded.primary_stage, stages = excluded.stages,
       sido = excluded.sido, sigungu = excluded.sigungu, special_care = excluded.special_care, lat = excluded.lat,
       lng = excluded.lng, free_seat_ages = excluded.free_seat_ages, has_vacancy = excluded.has_vacancy,
       application_start = excluded.application_start, application_end = excluded.application_end,
       application_always = excluded.application_always, opens_at = excluded.opens_at, closes_at = excluded.closes_at,
       last_inspected_on = excluded.last_inspected_on, last_violation_on = excluded.last_violation_on, has_violation = excluded.has_violation,
       title = excluded.title, title_norm = excluded.title_norm, chosung = excluded.chosung, body = excluded.body,
       tsv = excluded.tsv, chosung_words = excluded.chosung_words,
       static_rank = excluded.static_rank, variant_key = excluded.variant_key, indexed_at = now()`,
    [JSON.stringify(docs)],
  );
}

/** Drains the whole queue (start-up, tests), then refreshes the word statistics when they went stale (stats.ts). */
export async function indexAll(store: Store): Promise<number> {
  let total = 0;
  for (let n = await indexPending(store); n > 0; n = await indexPending(store)) total += n;
  if (total > 0) {
    await cleanPendingLists(store);
    // The statistics only weigh words and tell broad queries from narrow ones: a failed refresh must not fail
    // the indexing that succeeded. They stay stale, so the next pass tries again.
    await refreshLexemeStatsIfStale(store).catch(() => false);
  }
  return total;
}

/** The search schema's GIN indexes (full-text, trigram, arrays). */
const GIN_INDEXES = ['document_tsv_idx', 'document_title_trgm_idx', 'document_chosung_trgm_idx', 'document_stages_idx', 'document_special_care_idx', 'title_word_jamo_trgm_idx', 'document_question_tsv_idx'];

/**
 * Moves what the indexer just wrote from the GIN indexes' pending lists
 * into the indexes proper. A GIN index takes new entries into an unsorted
 * list first (fastupdate) and every search reads that whole list until
 * vacuum merges it: after a full index build it held 4 MB, and a search
 * that costs 0.9 ms took 9.4 ms. Merging right after each write costs what
 * the write deferred, once, instead of on every search.
 */
export async function cleanPendingLists(db: Queryable): Promise<void> {
  await db.query(`select gin_clean_pending_list(('search.' || name)::regclass) from unnest($1::text[]) as name`, [GIN_INDEXES]);
}

/**
 * Keeps the index fresh: polls the queue every `intervalMs` (default 250 ms,
 * so a change is searchable well within 1 s) and drains it. Returns stop().
 */
export function startIndexer(store: Store, logger: Logger, intervalMs = 250): () => Promise<void> {
  let stopped = false;
  let busy = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      await indexAll(store);
    } catch (error) {
      logger.error({ err: error }, 'search indexing failed; will retry');
    }
  };
  const timer = setInterval(() => {
    // A long pass (the first full index) must not let ticks pile up behind it.
    if (stopped || busy) return;
    busy = true;
    running = tick().finally(() => {
      busy = false;
    });
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
