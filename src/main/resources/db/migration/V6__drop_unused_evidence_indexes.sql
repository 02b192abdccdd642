-- Bulk import throughput (issue #2): every evidence row paid for two indexes that no query needs.
--
-- evidence_metric_trgm_idx: a trigram GIN over the metric of every row, for the loose metric filter of
-- GET /api/v1/evidence. A table holds few distinct metrics (the demo pack 168 in 22,821 rows; the benchmark's
-- million synthetic rows 50), so that filter now reads the distinct metrics off evidence_metric_place_idx
-- (metric, place_id) with a loose index scan, matches them by trigram similarity, and fetches the rows of the
-- matching metrics through the same btree (EvidenceRepository). The GIN index cost about a fifth of the CPU of an
-- evidence INSERT.
drop index evidence_metric_trgm_idx;

-- evidence_source_idx: evidence is never looked up by source alone (the engine and the API join evidence to its
-- source, not the other way round), and sources are never deleted, which is the only thing the index would speed up
-- (the foreign key's check that no evidence still cites a deleted source).
drop index evidence_source_idx;
