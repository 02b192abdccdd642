-- Mixed load (issue #6): an evidence search with a place ("police officers" at one place) ANDed the place's records
-- from evidence_key_uk with the full-text bitmap of the words. For common words that bitmap held every match in the
-- table: "median earnings" at a place of 177 records read 61,095 matches, 8.1 ms, to keep 5. PostgreSQL estimates
-- the matches of two words as if they were independent (4,631 there), so it never reads the place's records alone
-- and tests the words on them.
-- One GIN index over the search document and the place (btree_gin gives the place's bigint a GIN operator class)
-- answers both conditions in the index: the words' posting lists are walked only as far as the place's records.
-- The 46 distinct searches with a place of the load's capture: 2.3 ms -> 0.41 ms on average (1,022,821 records).
-- Searches without a place use it as they used the index it replaces: the search document is its first column, and
-- each record adds one more entry (58 MB against 56 MB at 1M records). fastupdate stays on, as before (the bulk
-- import relies on it). btree_gin is a trusted extension (PostgreSQL 13+), like pg_trgm of V1.
create extension if not exists btree_gin;
create index evidence_search_place_idx on evidence using gin (search, place_id);
drop index evidence_search_idx;
