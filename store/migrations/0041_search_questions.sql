-- Questions of the Q&A board (issue 23) in the search index, as documents of
-- their own kind ('QUESTION', subtype 'QUESTION'): title = the question's
-- title, body = its category, body and the accepted answer's text. Only
-- PUBLISHED questions get a document (subgraphs/search/questions.ts); a held
-- or hidden one has none, and hiding a published one removes it.
--
-- Any change to a question or its answers queues the question here, in the
-- same transaction, exactly as catalog records are queued (migration 0005):
-- the community subgraph does not know search exists.
create function search.queue_question() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'question' then
    insert into search.dirty (record_id) values (coalesce(new.id, old.id)) on conflict (record_id) do update set queued_at = clock_timestamp();
  else
    insert into search.dirty (record_id) values (coalesce(new.question_id, old.question_id)) on conflict (record_id) do update set queued_at = clock_timestamp();
  end if;
  return null;
end;
$$;

create trigger question_search_queue after insert or update or delete on community.question
  for each row execute function search.queue_question();
create trigger answer_search_queue after insert or update or delete on community.answer
  for each row execute function search.queue_question();

-- similarQuestions reads question documents only: a small index of their
-- tokens (a catalog word such as 어린이집 has 45,000 documents; among
-- questions it has what the board holds), and their count.
create index document_question_tsv_idx on search.document using gin (tsv) where kind = 'QUESTION';
create index document_question_idx on search.document (record_id) where kind = 'QUESTION';

insert into search.dirty (record_id) select id from community.question on conflict (record_id) do nothing;

-- Words parents write on the board for what agencies and centres write
-- (plain language, like migration 0024's 돌봐 → 돌봄): one-syllable and
-- spoken forms (원, 애), loanwords spelt in Hangul, everyday names of the
-- things a centre documents. Editors maintain them like every synonym; they
-- apply to search as well, for queries with these words only (none of the
-- judged search-quality queries has one: bench/search/judgments*.json).
insert into search.synonym (term, synonyms) values
  ('원', '{어린이집,유치원}'),
  ('애', '{아이}'),
  ('애기', '{아이}'),
  ('씨씨티비', '{cctv}'),
  ('계란', '{달걀}'),
  ('달걀', '{계란}'),
  ('점심', '{급식}'),
  ('식단', '{급식}'),
  ('밤늦게', '{야간}'),
  ('토요일', '{주말}'),
  ('일요일', '{주말}'),
  ('특활비', '{특별활동비}'),
  ('합격', '{입소}'),
  ('열나', '{아픈,아파}'),
  ('큰아이', '{첫째}'),
  ('큰애', '{첫째}'),
  ('동생', '{둘째}'),
  ('맡아', '{돌봄,맡길}'),
  ('맡겨', '{돌봄,맡길}')
on conflict (term) do nothing;
