-- Search that holds on data nobody tuned for (issue 15).
--
-- * chosung_words: the title's 초성 word by word ("ㅈㄹㄱ ㄷㅅ ㅇㄹㅇㅈ"), so a
--   multi-word 초성 query ranks the title whose words it spells first.
-- * static_rank: a query-independent prior (complete, open, general records
--   first); broad queries rank a bounded candidate set taken in this order
--   instead of every match (subgraphs/search/candidates.ts).
-- * variant_key: for policies and programmes, the title without region names
--   (강남구 출산지원금 → 출산지원금): district copies of one thing share it and
--   search folds them into one hit (`variants`).
-- * search.lexeme_stat: documents per index token, refreshed by the indexer
--   when the index has changed enough; it weighs query words (a rare word
--   counts more) and tells broad queries from narrow ones without a count.
-- The documents are rebuilt by the indexer (queued below): the token layout
-- changed too (bigrams across spaces, subgraphs/search/tokenize.ts).
alter table search.document
  add column chosung_words text not null default '',
  add column static_rank real not null default 0,
  add column variant_key text;

create index document_static_rank_idx on search.document (static_rank desc, record_id);
create index document_title_norm_idx on search.document (title_norm);
-- District copies of a hit, best first, read from the index alone (variantRows).
create index document_variant_idx on search.document (variant_key, static_rank desc, record_id)
  include (kind, subtype, primary_stage, sido, sigungu, title) where variant_key is not null;

-- Title tokens in static-rank order, per token: a broad query (어린이집, 청소년)
-- reads the best few hundred records whose title has its rarest token, in
-- that order, instead of every match (subgraphs/search/candidates.ts). Only
-- titles: what a broad query is ranked by first, and small (about ten tokens
-- a record). Maintained by the indexer with the documents.
create table search.title_posting (
  lexeme      text not null,
  static_rank real not null,
  record_id   text not null,
  primary key (lexeme, static_rank, record_id)
);
create index title_posting_record_idx on search.title_posting (record_id);

-- Words of titles as jamo (산후조리원 → ㅅㅏㄴㅎㅜㅈㅗㄹㅣㅇㅜㅓㄴ), trigram-indexed, for
-- typo corrections (didYouMean): a one-syllable slip changes one or two jamo,
-- where it changes every syllable trigram around it. Words, not titles: a
-- slip in 초등돌봄교실 would otherwise match the twelve thousand titles that
-- share the rest of it. Added by the indexer, never removed (a word no record
-- uses any more is a correction that finds nothing, and is not offered).
create table search.title_word (
  word text primary key,
  jamo text not null
);
create index title_word_jamo_trgm_idx on search.title_word using gin (jamo gin_trgm_ops);

-- The same words with one syllable left out (해님어린이집 → 님어린이집, 해어린이집 …),
-- and each word as itself: a query word one syllable away from a title word
-- (a slip, a missing or an extra syllable) shares a row's `variant` with it,
-- found by primary key instead of a trigram search (SymSpell's idea).
create table search.word_variant (
  variant text not null,
  word    text not null,
  primary key (variant, word)
);

create table search.lexeme_stat (
  lexeme text primary key,
  ndoc   integer not null
);

alter table search.index_state
  add column stats_version bigint not null default 0,
  add column stats_docs integer not null default 0,
  add column stats_at timestamptz,
  -- Documents (re)indexed since the figures were taken: the indexer refreshes them past a share of the index.
  add column indexed_since_stats bigint not null default 0;

insert into search.dirty (record_id) select record_id from search.document on conflict (record_id) do nothing;

-- Plain-language words parents write (DOMAIN: "plain words instead of policy
-- jargon"), for the stems the query parser leaves of verbs (돌봐주는 → 돌봐):
-- what agencies write instead. Editors maintain them like every synonym.
insert into search.synonym (term, synonyms) values
  ('돌봐', '{돌봄}'),
  ('봐주', '{돌봄}'),
  ('맡길', '{돌봄,보육}'),
  ('맡기', '{돌봄,보육}'),
  ('빌려', '{대여}'),
  ('빌리', '{대여}'),
  ('빌릴', '{대여}'),
  ('가르쳐', '{교육}'),
  ('배우', '{교육,강좌}'),
  ('배울', '{교육,강좌}'),
  ('도와', '{지원}'),
  ('도움', '{지원}'),
  ('놀이터', '{놀이}'),
  ('아기', '{영아,신생아}'),
  ('애기', '{영아,신생아}'),
  ('임산부', '{임신부}'),
  ('임신부', '{임산부}'),
  ('할머니', '{조부모,손자녀}'),
  ('할아버지', '{조부모,손자녀}'),
  ('손주', '{손자녀}'),
  ('수당', '{지원금,급여}'),
  ('밤늦게', '{야간}')
on conflict (term) do nothing;
