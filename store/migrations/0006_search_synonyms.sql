-- Service words as parents type them, mapped to the words the records carry
-- (the 특수보육 labels indexed in each facility's body).
insert into search.synonym (term, synonyms) values
  ('휴일보육', '{휴일}'),
  ('주말보육', '{휴일}'),
  ('야간보육', '{야간연장}'),
  ('야간어린이집', '{야간연장}'),
  ('24시간보육', '{24시간}'),
  ('시간제', '{시간제보육}'),
  ('장애아', '{장애아통합,장애아전문}'),
  ('연장보육', '{시간연장}')
on conflict (term) do nothing;
