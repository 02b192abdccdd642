-- Mixed load (issue #6): a GIN index with fastupdate (PostgreSQL's default) queues new entries in a pending list
-- that every query reads in full until a vacuum or a 4 MB overflow merges it. Every claim submission, re-check and
-- verdict write adds a claim row version (the rating and status columns of V7 are indexed, so the update is not HOT),
-- hence an entry in each of the claim's GIN indexes: after a one-minute load the pending lists held 14,292 entries,
-- and matching a claim spent 6-16 ms reading them (`claim_similar` 13.4 ms -> 3.8 ms of SQL once they were merged,
-- `claim_submit` 28 -> 10.6 ms; src/bench/README.md, session 4).
-- Claims are written one at a time, so their GIN indexes take each entry at once. The evidence search index keeps
-- fastupdate: the bulk import relies on it and merges the pending list itself when it finishes.
alter index claim_match_doc_idx set (fastupdate = off);
alter index claim_search_idx set (fastupdate = off);
alter index claim_tags_idx set (fastupdate = off);
alter index claim_speaker_trgm_idx set (fastupdate = off);
alter index place_name_trgm_idx set (fastupdate = off);
alter index source_title_trgm_idx set (fastupdate = off);

select gin_clean_pending_list('claim_match_doc_idx'::regclass), gin_clean_pending_list('claim_search_idx'::regclass),
       gin_clean_pending_list('claim_tags_idx'::regclass), gin_clean_pending_list('claim_speaker_trgm_idx'::regclass),
       gin_clean_pending_list('place_name_trgm_idx'::regclass), gin_clean_pending_list('source_title_trgm_idx'::regclass);
