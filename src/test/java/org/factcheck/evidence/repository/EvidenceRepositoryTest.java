package org.factcheck.evidence.repository;

import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.CSV_HEADER;
import static org.factcheck.TestData.TEST_PUBLISHER;
import static org.factcheck.TestData.csv;
import static org.factcheck.TestData.csvRow;
import static org.factcheck.TestData.unique;
import static org.factcheck.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.common.PageRequest;
import org.factcheck.evidence.Evidence;
import org.factcheck.evidence.importer.ImportFormat;
import org.factcheck.evidence.importer.ImportMode;
import org.factcheck.evidence.importer.ImportReport;
import org.factcheck.evidence.importer.ImportService;
import org.factcheck.evidence.rest.EvidenceRequest;
import org.factcheck.evidence.service.EvidenceService;
import org.factcheck.source.rest.SourceRequest;
import org.junit.jupiter.api.Test;

/** Search and the full-text column against the real PostgreSQL; every test is rolled back. */
@QuarkusTest
@TestTransaction
class EvidenceRepositoryTest {

    @Inject
    EvidenceRepository repository;

    @Inject
    EvidenceService service;

    @Inject
    ImportService importer;

    @Inject
    EntityManager em;

    private long create(String metric, String place, String quote, String sourceTitle) {
        EvidenceRequest request = new EvidenceRequest(metric, place, null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), "2020", new BigDecimal("42"), "count",
                new SourceRequest(sourceTitle, TEST_PUBLISHER, null, null), null, quote, null);
        return service.create(request).id();
    }

    private boolean searchColumnMatches(long id, String word) {
        Number n = (Number) em.createNativeQuery(
                        "select count(*) from evidence where id = :id and search @@ plainto_tsquery('english', :w)")
                .setParameter("id", id).setParameter("w", word).getSingleResult();
        return n.longValue() == 1;
    }

    private List<Long> ids(EvidenceRepository.Filter filter, int page, int size) {
        return repository.search(filter, PageRequest.of(page, size)).rows().stream().map(e -> e.id).toList();
    }

    @Test
    void fillsTheSearchColumnOfARecordStoredThroughTheService() {
        String inMetric = uniqueWord();
        String inPlace = uniqueWord();
        String inQuote = uniqueWord();
        String inTitle = uniqueWord();

        long id = create("Households " + inMetric, "Upper " + inPlace, "Table 2 | row " + inQuote,
                "Household projections " + inTitle);

        for (String word : List.of(inMetric, inPlace, inQuote, inTitle, "households")) {
            assertTrue(searchColumnMatches(id, word), word);
        }
        assertFalse(searchColumnMatches(id, uniqueWord()));
    }

    @Test
    void refreshesTheSearchColumnWhenTheRecordChanges() {
        String before = uniqueWord();
        String after = uniqueWord();
        long id = create("Households " + before, BARNET, null, unique("Release"));

        service.replace(id, new EvidenceRequest("Dwellings " + after, BARNET, null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), null, BigDecimal.ONE, "count",
                new SourceRequest(unique("Release"), TEST_PUBLISHER, null, null), null, null, null), null);

        assertFalse(searchColumnMatches(id, before));
        assertTrue(searchColumnMatches(id, after));
    }

    @Test
    void fillsTheSearchColumnOfImportedRecords() {
        String inMetric = uniqueWord();
        String inQuote = uniqueWord();
        String file = csv(CSV_HEADER, csvRow("Households " + inMetric, BARNET, "", "7", "count",
                "Table 9 | row Barnet | column " + inQuote));

        ImportReport report = importer.importInCurrentTransaction(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV, ImportMode.FAIL);

        assertEquals(1, report.imported());
        long id = ((Number) em.createNativeQuery("select id from evidence where metric = :m")
                .setParameter("m", "Households " + inMetric).getSingleResult()).longValue();
        assertTrue(searchColumnMatches(id, inMetric));
        assertTrue(searchColumnMatches(id, inQuote));
        assertTrue(searchColumnMatches(id, "barnet"));
        assertTrue(searchColumnMatches(id, "test suite source"));
    }

    @Test
    void ranksMetricAndPlaceMatchesAboveQuoteMatchesThenNewestFirst() {
        String word = uniqueWord();
        String place = unique("Ranking parish");
        long metricMatch = create("Rough sleepers " + word, place, null, unique("Release"));
        long quoteMatch = create(unique("Rough sleepers"), place, "Table 1 | row " + word, unique("Release"));
        long newerMetricMatch = create("Rough sleepers " + word + " (estimate)", place, null, unique("Release"));
        long titleMatch = create(unique("Rough sleepers"), place, null, "Rough sleeping " + word);

        EvidenceRepository.Filter filter = new EvidenceRepository.Filter(word, null, null, null, null);

        assertEquals(List.of(newerMetricMatch, metricMatch, titleMatch, quoteMatch), ids(filter, 0, 10));
        assertEquals(4, repository.search(filter, PageRequest.of(0, 1)).counted());
    }

    @Test
    void plansTheSearchWithItsValues() {
        // a generic plan ANDed a place's records with the full-text bitmap of common words (34 ms against 0.8 ms)
        EvidenceRepository.Filter filter = new EvidenceRepository.Filter("house price", null, null, null, null);
        repository.search(filter, PageRequest.of(0, 5));
        assertEquals("force_custom_plan",
                em.createNativeQuery("select current_setting('plan_cache_mode')").getSingleResult());
    }

    @Test
    void findsAPlacesMatchesInOneIndexOfWordsAndPlace() {
        // the place and the words in one GIN index (V10): before it, a search with a place ANDed the place's records
        // with the full-text bitmap of every match in the table (61,095 for "median earnings" in 1M records). Which
        // conditions the planner puts into it depends on the table's size; the load benchmark's EXPLAINs show both.
        @SuppressWarnings("unchecked")
        List<String> definitions = em.createNativeQuery("select indexdef from pg_indexes "
                + "where tablename = 'evidence' and indexdef like '%USING gin (search%' order by indexname")
                .getResultList();
        assertEquals(1, definitions.size(), definitions.toString());
        assertTrue(definitions.get(0).startsWith("CREATE INDEX evidence_search_place_block_idx ON "),
                definitions.get(0));
        assertTrue(definitions.get(0).endsWith("USING gin (search, place_id, ((id / 4096)))"), definitions.get(0));

        String place = unique("Indexed parish");
        long match = create("Median earnings of residents", place, null, unique("Release"));
        create("Median earnings of residents", unique("Other parish"), null, unique("Release"));
        create("Rough sleepers counted", place, null, unique("Release"));
        long placeId = repository.findById(match).place.id;
        assertEquals(List.of(match), ids(new EvidenceRepository.Filter("median earnings", placeId, null, null, null),
                0, 10));
    }

    @Test
    void searchesRangesSizedByTheWordsDensityByTheirBlocks() {
        // the narrowest range is for words so common that the newest records hold enough matches
        assertFalse(EvidenceRepository.byBlocks(EvidenceRepository.FIRST_SPAN));
        assertTrue(EvidenceRepository.byBlocks(EvidenceRepository.firstSpan(0.2, 1001)));
        assertTrue(EvidenceRepository.byBlocks(EvidenceRepository.firstSpan(0.061, 1001)));
        assertTrue(EvidenceRepository.byBlocks(80_000));
        assertFalse(EvidenceRepository.byBlocks(80_001));

        String word = uniqueWord();
        long oldest = create("Rough sleepers " + word, unique("Block parish"), null, unique("Release"));
        long middle = create("Rough sleepers " + word, unique("Block parish"), null, unique("Release"));
        long newest = create("Rough sleepers " + word, unique("Block parish"), null, unique("Release"));
        create("Rough sleepers counted", unique("Block parish"), null, unique("Release"));
        EvidenceRepository.Filter filter = new EvidenceRepository.Filter(word, null, null, null, null);

        // by ids: only those above; by blocks: from the block of the lowest id on, which holds the oldest as well
        assertEquals(List.of(newest, middle), repository.newestAbove(filter, oldest, 5_000).stream()
                .map(EvidenceRepository.Match::id).toList());
        List<EvidenceRepository.Match> byBlocks = repository.newestAbove(filter, oldest, 20_000);
        assertEquals(List.of(newest, middle, oldest), byBlocks.stream().map(EvidenceRepository.Match::id).toList());
        assertEquals(repository.newestAbove(filter, oldest - 1, 5_000), byBlocks);
    }

    @Test
    void givesTheBlocksOfIdsToTheGinIndex() {
        // the condition must read exactly as the index's column, compared with a bigint, or PostgreSQL cannot use it
        Map<String, Object> params = new HashMap<>();
        String sql = EvidenceRepository.window(new EvidenceRepository.Filter("median earnings", null, null, null, null),
                params, 20_000L, true);
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        em.createNativeQuery("set local enable_indexscan = off").executeUpdate();
        Query explain = em.createNativeQuery("explain " + sql);
        params.forEach(explain::setParameter);
        @SuppressWarnings("unchecked")
        String plan = String.join("\n", (List<String>) explain.getResultList());
        assertTrue(plan.matches("(?s).*Bitmap Index Scan on evidence_search_place_block_idx [^\n]*\n\\s+Index Cond: "
                + "\\(\\(search @@ [^\n]*\\(\\(id / 4096\\) >= '4'::bigint\\)\\).*"), plan);
    }

    @Test
    void sizesTheFirstIdRangeByTheShareOfRecordsEstimatedToMatch() {
        assertEquals(EvidenceRepository.FIRST_SPAN, EvidenceRepository.firstSpan(null, 1001));
        assertEquals(EvidenceRepository.FIRST_SPAN, EvidenceRepository.firstSpan(0.3, 1001));
        // "median earnings" in the load benchmark's million records: 6.1 % hold both words
        assertEquals(21_333, EvidenceRepository.firstSpan(0.061, 1001));
        assertTrue(EvidenceRepository.firstSpan(0.0013, 1001) > 1_000_000);
    }

    private double share(String q) {
        Number n = (Number) em.createNativeQuery("select avg((search @@ websearch_to_tsquery('english', :q))::int) "
                + "from evidence").setParameter("q", q).getSingleResult();
        return n.doubleValue();
    }

    @Test
    void estimatesTheShareOfRecordsHoldingTheWordsFromTheStatistics() {
        em.createNativeQuery("analyze evidence").executeUpdate(); // rolled back with the test
        double price = share("price");
        double median = share("median");
        assertTrue(price > 0.01 && median > 0.01, price + " " + median);
        double estimated = repository.newestAndDensity("price").density();
        assertTrue(estimated > price * 0.8 && estimated < price * 1.25, estimated + " for " + price);
        // two words: at most as many as hold the rarer one, and at least as many as hold both
        double both = repository.newestAndDensity("median price").density();
        assertTrue(both < Math.min(price, median) * 1.25 && both > share("median price") * 0.8,
                both + " for " + share("median price"));
        // a word ANALYZE did not list bounds the estimate by the rarest word it did list
        double rare = repository.newestAndDensity(uniqueWord() + " price").density();
        assertTrue(rare < price, rare + " for " + price);
        // an OR, or nothing to search for: no estimate (the search starts at the narrowest range)
        assertNull(repository.newestAndDensity("median or price").density());
        assertNull(repository.newestAndDensity("the").density());
        assertEquals(((Number) em.createNativeQuery("select max(id) from evidence").getSingleResult()).longValue(),
                repository.newestAndDensity("price").maxId());
    }

    @Test
    void uniqueTestWordsKeepTheirOwnStems() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            words.add(uniqueWord());
        }
        Number stems = (Number) em.createNativeQuery("select count(*) from unnest(tsvector_to_array(to_tsvector("
                + "'english', :text)))").setParameter("text", String.join(" ", words)).getSingleResult();
        assertEquals(words.size(), stems.intValue());
    }

    @Test
    void listsNewestFirstWithoutWordsAndPagesWithoutGapsOrRepeats() {
        String place = unique("Paging parish");
        long first = create(unique("Households"), place, null, unique("Release"));
        long second = create(unique("Households"), place, null, unique("Release"));
        long third = create(unique("Households"), place, null, unique("Release"));
        long placeId = repository.findById(first).place.id;
        EvidenceRepository.Filter filter = new EvidenceRepository.Filter(null, placeId, null, null, null);

        assertEquals(List.of(third, second), ids(filter, 0, 2));
        assertEquals(List.of(first), ids(filter, 1, 2));
        assertEquals(List.of(), ids(filter, 2, 2));
        assertEquals(3, repository.search(filter, PageRequest.of(0, 1)).counted());
    }

    @Test
    void combinesTheFilters() {
        String place = unique("Filter parish");
        long inside = create("Rough sleepers counted", place, null, unique("Release"));
        create("Median house price", place, null, unique("Release"));
        Evidence stored = repository.findById(inside);
        long placeId = stored.place.id;

        assertEquals(List.of(inside), ids(new EvidenceRepository.Filter("rough sleepers", placeId,
                "rough sleeper", LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)), 0, 10));
        assertEquals(List.of(), ids(new EvidenceRepository.Filter(null, placeId, "rough sleeper",
                LocalDate.of(2021, 1, 1), null), 0, 10));
        assertEquals(List.of(), ids(new EvidenceRepository.Filter(null, placeId, null, null,
                LocalDate.of(2019, 12, 31)), 0, 10));
    }
}
