package org.factcheck.article.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleAnalyserTest {

    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(QualityReport.demoPlaces());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Labour has 11 Jewish candidates in Barnet, which are due to take place on May 3.       | Labour has 11 Jewish candidates in Barnet
            Barnet has 400 officers, which is the lowest number of any London borough.            | Barnet has 400 officers, which is the lowest number of any London borough.
            “London has lost over £700 million,” he said.                                          | London has lost over £700 million
            Barnet pays the most per head but gets fewer officers than any other London borough. | Barnet gets fewer officers than any other London borough.
            """)
    void checksTheClaimWithoutItsAttributionOrAnEmptyRelativeClause(String body, String checked) {
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null, body, LocalDate.of(2018, 4, 16)));
        List<String> texts = a.claims().stream().map(AnalysedClaim::checkText).toList();
        assertTrue(texts.contains(checked.replaceAll("\\.$", "")), () -> texts.toString());
    }

    @Test
    void infersTheRegionThatHoldsMostOfThePlacesNamed() {
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput("Barnet council election",
                "Barnet and Camden have more officers than Luton. Barnet has 400 officers.", null));
        assertEquals("London", a.place());
    }

    @Test
    void givesAClaimThatNamesNoPlaceThePlaceNamedJustBeforeIt() {
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null, "Voters in Barnet go to the polls soon.\n\n"
                + "Harrow is one of the most diverse places in the country. At the 2011 census a quarter of its "
                + "residents were Hindu, the highest proportion of any local authority in England.\n\nLondon has lost over £700 million, and that has led to 3,000 staff being "
                + "lost.", null));
        assertEquals("Harrow", claim(a, "a quarter of its residents").place());
        assertEquals("London", claim(a, "3,000 staff").place());
        assertEquals("London", a.place());
    }

    private static AnalysedClaim claim(AnalysedArticle a, String text) {
        return a.claims().stream().filter(c -> c.text().contains(text)).findFirst().orElseThrow();
    }

    @Test
    void infersNoPlaceWhenNoneIsNamed() {
        assertNull(ANALYSER.analyse(new ArticleInput(null, "Prices rose by 5 per cent last year.", null)).place());
    }

    @Test
    void listsOnlyTextsWithSomethingOfAClaimAsCandidates() {
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null, "What a lovely day. Barnet has 400 officers.",
                null));
        assertEquals(2, a.claims().size());
        assertEquals(List.of("Barnet has 400 officers"), a.candidates().stream().map(AnalysedClaim::text).toList());
        assertEquals(0, a.candidates().get(0).index());
    }

    @Test
    void givesEverySpanAsOffsetsIntoTheBodyAsSent() {
        String body = "<p>Barnet has <b>400</b> officers, the council said.</p>";
        AnalysedClaim c = ANALYSER.analyse(new ArticleInput(null, body, null)).claims().get(0);
        assertEquals("Barnet has <b>400</b> officers", body.substring(c.span().start(), c.span().end()));
        assertEquals("council", c.speaker().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            capitalised words and verbs without a stop | Said Mr Khan Said
            one sentence full of years                 | in 2010 and 2011
            quotation marks that never close           | “quote
            an attribute that never closes             | <a href="x
            one sentence full of dates                 | Saturday (May 14)
            numbers with endless separators            | 1,000,000,000
            """)
    void survivesHostileBodiesOfTheMaximumLength(String what, String unit) {
        String body = (unit + " ").repeat(100_000 / (unit.length() + 1));
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null, body, LocalDate.of(2018, 4, 16)));
        assertTrue(a.warnings().size() <= ConsistencyChecker.MAX_WARNINGS, what);
    }
}
