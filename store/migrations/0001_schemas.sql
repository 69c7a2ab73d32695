-- One Postgres schema per owner (DESIGN contract 6). A subgraph reads and
-- writes only its own schema plus the catalog view it serves.
create extension if not exists pg_trgm;
create schema if not exists catalog;
create schema if not exists ingest;
create schema if not exists search;
create schema if not exists apply;
create schema if not exists curation;
create schema if not exists welfare;
create schema if not exists access;
