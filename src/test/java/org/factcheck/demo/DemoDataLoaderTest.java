package org.factcheck.demo;

import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.CENSUS_DAY;
import static org.factcheck.TestData.DEMO_EVIDENCE_ROWS;
import static org.factcheck.TestData.DEMO_PLACES;
import static org.factcheck.TestData.JEWISH_SHARE;
import static org.factcheck.TestData.LONDON;
import static org.factcheck.TestData.POLICE_OFFICERS_FTE;
import static org.factcheck.TestData.POLICE_OFFICERS_FTE_ROWS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test profile loads the bundled pack at start (factcheck.demo-data.load=true). */
@QuarkusTest
class DemoDataLoaderTest {

    /** Rows written by the loader's one transaction share its start time, the earliest in the table. */
    private static final String LOADED_AT_START =
            "select count(*) from %1$s where created_at = (select min(created_at) from %1$s)";

    @Inject
    DemoDataLoader loader;

    @Inject
    EntityManager em;

    private Object single(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getSingleResult();
        });
    }

    private long count(String table) {
        return ((Number) single("select count(*) from " + table)).longValue();
    }

    @Test
    void loadsNothingIntoADatabaseThatHoldsData() {
        List<Long> before = List.of(count("place"), count("source"), count("evidence"), count("place_alias"));

        long loaded = loader.loadIfEmpty();

        assertEquals(0, loaded);
        assertEquals(before, List.of(count("place"), count("source"), count("evidence"), count("place_alias")));
    }

    @Test
    void loadedEveryRowOfTheHomeOfficeWorkforceFile() {
        Number rows = (Number) single("select count(*) from evidence e join source s on s.id = e.source_id "
                + "where e.metric = ?1 and s.publisher = 'Home Office'", POLICE_OFFICERS_FTE);

        assertEquals(POLICE_OFFICERS_FTE_ROWS, rows.intValue());
    }

    @Test
    void loadedTheGazetteerWithParents() {
        Object parent = single("select p.name from place c join place p on p.id = c.parent_id where c.name = ?1",
                BARNET);

        assertEquals(LONDON, parent);
        assertEquals(DEMO_PLACES, ((Number) single(LOADED_AT_START.formatted("place"))).intValue());
    }

    @Test
    void loadedBarnetsJewishPopulationShareExactly() {
        Object value = single("select e.value from evidence e join place p on p.id = e.place_id "
                + "where p.name = ?1 and e.metric = ?2 and e.period_start = ?3", BARNET, JEWISH_SHARE,
                LocalDate.parse(CENSUS_DAY));

        assertEquals(0, new BigDecimal("15.18").compareTo((BigDecimal) value));
    }

    @Test
    void loadedEveryRowOfEveryEvidenceFile() {
        assertEquals(DEMO_EVIDENCE_ROWS, ((Number) single(LOADED_AT_START.formatted("evidence"))).intValue());
    }
}
