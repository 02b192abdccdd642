-- Mixed load (issue #6): an evidence search without a place looks for the newest 1,001 matches in a range of the
-- newest ids, sized from the words' estimated share of records (EvidenceRepository.newestMatches). The GIN index
-- could not narrow the words to that range, so every range built the bitmap of all the words' matches in the table
-- (61,095 for "median earnings" in 1M records, 6 ms) and ANDed it with the range.
-- The index gains a third column, the id's block of 4,096 ids (btree_gin, V10). A range of a few blocks is then one
-- more condition of the GIN scan, which skips the words' posting lists ahead to the range's records instead of
-- reading them whole: "median earnings" over its first range (20,355 ids) 10.3 -> 4.4 ms. A wide range costs more
-- this way (the scan collects every record of the range's blocks), and so does a narrow range that a common word
-- fills many times over, so the search uses the blocks only for ranges sized by the words' density, up to 80,000 ids
-- (EvidenceRepository.byBlocks; measured in src/bench/README.md, "Session 10").
-- Searches with a place use the first two columns as they did. One more entry a record: 7.9 against 7.3 us a row
-- for the GIN index (INSERT ... SELECT of 222,821 documents, three rounds each).
create index evidence_search_place_block_idx on evidence using gin (search, place_id, (id / 4096));
drop index evidence_search_place_idx;
