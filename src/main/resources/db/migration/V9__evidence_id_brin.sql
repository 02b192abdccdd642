-- Mixed load (issue #6): the evidence search finds the newest matches of its words in id ranges (`e.id > lo`, see
-- EvidenceRepository.newestMatches). PostgreSQL estimates the matches of two words as if they were independent
-- (261 for "life expectancy" where 16,052 of 1M records match), so for a range wider than a few thousand ids it
-- skipped ANDing the primary key with the full-text bitmap and read the heap page of every match to test its id:
-- 5,815 pages and 14.7 ms for the newest 1,000 matches above the newest 83,000 ids. A BRIN summary of the ids (a few
-- hundred kilobytes per million records, since ids grow with the table) costs the planner next to nothing to AND
-- with the full-text bitmap, so it always does: 484 pages and 6.7 ms for the same query. Ranges not yet summarized
-- count as matching, so new records are never missed; autosummarize summarizes each range once it is full.
create index evidence_id_brin on evidence using brin (id) with (pages_per_range = 8, autosummarize = on);
