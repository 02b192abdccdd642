package org.factcheck.article.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row: a claim, whether it is worth checking, and features it must show ("-" for none required). */
class CheckworthinessScorerTest {

    private static final CheckworthinessScorer SCORER = new CheckworthinessScorer(QualityReport.demoPlaces());
    private static final LocalDate PUBLISHED = LocalDate.of(2018, 4, 16);

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Barnet has the highest proportion of Jewish residents – almost 15 per cent – of any English borough | true  | NUMBER SUPERLATIVE STATISTICAL_NOUN NAMED_PLACE_OR_BODY
            Barnet gets fewer officers than any other London borough                                           | true  | COMPARISON
            Police officer numbers in England and Wales fell by more than 20,000 between 2010 and 2017          | true  | NUMBER CHANGE TIME_REFERENCE
            Rough sleeping in England has more than doubled since 2010                                          | true  | CHANGE
            Westminster recorded 212 crimes for every 1,000 residents in 2014/15                                | true  | NUMBER
            More than four in ten of our children live in poverty                                              | true  | NUMBER
            Five years ago almost nobody in London was building social rented homes                            | true  | SMALL_NUMBER
            cuts from central government were causing staff reductions in the Metropolitan Police              | true  | CHANGE NAMED_PLACE_OR_BODY
            A 17-year-old boy was stabbed in Tottenham High Road on Wednesday evening                          | false | NARRATIVE
            Police were called at 9.40pm to reports of a fight outside a shop                                   | false | NARRATIVE
            Anyone with information should call 101, quoting reference CAD 7214/18Nov                           | false | -
            The budget was approved by 37 votes to 22, with one abstention                                      | false | NARRATIVE
            The local elections are due to take place on May 3                                                  | false | PREDICTION
            If Labour is re-elected, we will build 600 new council homes over the next four years              | false | PREDICTION
            I am sure residents will vote on the merits of our manifesto                                        | false | OPINION PREDICTION
            This is a classic example of Tory lies                                                              | false | OPINION
            Is it any wonder that people no longer feel safe?                                                   | false | RHETORIC
            A number of Barnet residents are EU citizens                                                         | false | VAGUE
            It is time for a change                                                                             | false | RHETORIC
            Polling stations will be open from 7am to 10pm                                                      | false | PREDICTION
            """)
    void scoresClaimsByTheirFeatures(String text, boolean worthy, String features) {
        CheckworthinessScorer.Scored s = SCORER.score(text, PUBLISHED, false);
        assertEquals(worthy, s.score() >= 0.5, () -> s.score() + " " + s.features());
        Set<Feature> found = s.features().stream().map(FeatureHit::feature).collect(Collectors.toSet());
        if (!features.equals("-")) {
            Set<Feature> want = EnumSet.noneOf(Feature.class);
            Arrays.stream(features.split(" ")).map(Feature::valueOf).forEach(want::add);
            assertTrue(found.containsAll(want), () -> "features " + found + " lack some of " + want);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Two men, aged 19 and 22, were arrested
            A woman of 83 was found in a bus shelter in Hendon
            Cllr Ruth Obi, 52, is standing in Colindale ward
            Dean Parry, 29, from Edgware, was charged with burglary
            Officers were called at 9.40pm
            He works 12-hour shifts
            The elections are due to take place on May 3
            Call 101 quoting reference CAD 7214/18Nov
            The motion was passed by 37 votes to 22
            """)
    void setsAsideNumbersThatAreNotFigures(String text) {
        CheckworthinessScorer.Scored s = SCORER.score(text, PUBLISHED, false);
        assertTrue(s.features().stream().noneMatch(f -> f.feature() == Feature.NUMBER), () -> s.features().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            London has lost over £700 million | 0.86
            This is a classic example of Tory lies | 0.02
            """)
    void explainsTheScoreAsTheSumOfItsFeatureWeights(String text, double expected) {
        CheckworthinessScorer.Scored s = SCORER.score(text, PUBLISHED, false);
        double z = CheckworthinessScorer.BIAS + s.features().stream().mapToDouble(FeatureHit::weight).sum();
        assertEquals(1 / (1 + Math.exp(-z)), s.score(), 0.001);
        assertEquals(expected, s.score(), 0.01);
    }
}
