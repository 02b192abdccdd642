package org.factcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine end to end over the in-memory demo evidence: shapes, parts, evidence, notes and explanations. */
class EngineTest {

    private final Engine engine = TestData.engine();

    @Test
    void ratesTheSeedArticlesJewishPopulationClaimTrueWithRankAndValueParts() {
        CheckResult r = engine.check("Barnet is home to a large Jewish community, with the highest proportion of "
                + "Jewish residents \u2013 almost 15 per cent of the population \u2013 of any English borough.",
                TestData.london("2018-04-14"));
        assertEquals(Rating.TRUE, r.rating());
        assertTrue(r.checkable());
        assertEquals(List.of(PartKind.RANK, PartKind.VALUE), r.parts().stream().map(ClaimPart::kind).toList());
        ClaimPart rank = r.parts().get(0);
        assertEquals(1, rank.comparison().rank());
        assertEquals(326, rank.comparison().peerCount());
        assertEquals("Jewish population share (Census 2011)", rank.evidence().get(0).metric());
        assertEquals(EvidenceRole.SUPPORTS, rank.evidence().get(0).role());
        assertTrue(rank.explanation().contains("1st of 326 English local authorities"), rank.explanation());
        assertEquals(Qualifier.ALMOST, r.parts().get(1).claimed().qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "This is a classic example of Tory lies.",
        "We will build a fairer London for everyone.",
        "No-one should take lectures from Barnet council about affordable housing.",
    })
    void answersRhetoricAsNotAFactualClaim(String text) {
        CheckResult r = engine.check(text, TestData.london("2018-04-14"));
        assertEquals(Rating.NOT_ENOUGH_EVIDENCE, r.rating());
        assertFalse(r.checkable());
        assertNotNull(r.notCheckableReason());
        assertTrue(r.parts().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Barnet pays the highest amount of police funding per head of any London borough.",
        "Barnet gets fewer police officers than any other London borough.",
        "Labour has 11 Jewish candidates running in the local elections in Barnet.",
        "120 police buildings have been sold off.",
    })
    void saysWhatItLookedForWhenNothingRelevantIsStored(String text) {
        CheckResult r = engine.check(text, TestData.london("2018-04-14"));
        assertEquals(Rating.NOT_ENOUGH_EVIDENCE, r.rating());
        assertTrue(r.checkable());
        assertTrue(r.explanation().startsWith("Looked for") || r.explanation().contains("Looked for"),
                r.explanation());
    }

    @Test
    void splitsACompoundAndRatesEachPart() {
        CheckResult r = engine.check("London has lost over \u00a3700 million, and that has led to more than 3,000 "
                + "police staff being lost and 120 police buildings being sold off.", TestData.london("2018-04-14"));
        assertEquals(3, r.parts().size());
        assertEquals(PartKind.CHANGE, r.parts().get(1).kind());
        assertEquals(Rating.MOSTLY_TRUE, r.parts().get(1).rating());
        assertEquals(Rating.MOSTLY_TRUE, r.rating());
        assertTrue(r.combinationRule().contains("set aside"), r.combinationRule());
        assertTrue(r.confidence() < r.parts().get(1).confidence());
    }

    @Test
    void notesAMeasureMismatchBetweenARateAndATotal() {
        CheckResult r = engine.check("Around half a million London households were on social housing waiting lists "
                + "in 2024.", TestData.london("2024-06-01"));
        assertEquals(Rating.MOSTLY_FALSE, r.rating());
        CheckResult rate = engine.check("Police staff per head in London fell by 20% since 2015.",
                TestData.london("2018-06-01"));
        assertEquals(Rating.NOT_ENOUGH_EVIDENCE, rate.rating());
    }

    @Test
    void capsARatingAtMostlyTrueWhenTheEvidencePeriodDoesNotCoverTheClaim() {
        CheckResult r = engine.check("In 2016 Barnet had 15 per cent Jewish residents.",
                TestData.london("2017-01-01"));
        assertEquals(Rating.MOSTLY_TRUE, r.rating());
        assertFalse(r.parts().get(0).measureNotes().isEmpty());
    }

    @Test
    void explainsARankWithThePlaceThatBeatsTheSubject() {
        CheckResult r = engine.check("Newham has the highest share of Muslim residents of any London borough.",
                TestData.london("2016-05-08"));
        assertEquals(Rating.MOSTLY_FALSE, r.rating());
        ClaimPart p = r.parts().get(0);
        assertEquals(2, p.comparison().rank());
        assertEquals("Tower Hamlets", p.comparison().otherPlace());
        assertTrue(p.explanation().contains("Tower Hamlets had more"), p.explanation());
    }

    @Test
    void computesAChangeFromTwoLevelsAndRejectsTheWrongDirection() {
        CheckResult r = engine.check("The Met lost 3,000 officers between September 2014 and September 2017.",
                TestData.london("2018-04-01"));
        assertEquals(Rating.FALSE, r.rating());
        assertEquals(2, r.parts().get(0).evidence().size());
        CheckResult up = engine.check("Rough sleeping in England has risen by 169% since 2010.",
                TestData.london("2018-01-25"));
        assertEquals(Rating.TRUE, up.rating());
    }

    @Test
    void serialisesToCleanJson() throws Exception {
        CheckResult r = engine.check("The Met lost 3,000 officers between September 2014 and September 2017.",
                TestData.london("2018-04-01"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String text = json.writeValueAsString(r);
        assertTrue(text.contains("\"rating\":\"FALSE\""), text);
        assertTrue(text.contains("\"kind\":\"CHANGE\""), text);
        assertTrue(text.contains("\"periodStart\":\"2014-09-30\""), text);
        assertTrue(text.contains("\"value\":3000,"), text);
    }
}
