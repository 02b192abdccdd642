package org.factcheck.article.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row: an article, its publication date, and the warning types expected, in order ("-" for none). */
class ConsistencyCheckerTest {

    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(QualityReport.demoPlaces());

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Speaking in Mill Hill on Saturday (May 14), Mr Khan said it was heartbreaking.                         | 2018-04-16 | WEEKDAY_MISMATCH DATE_ORDER
            Speaking on Saturday (April 14), Mr Khan said it was heartbreaking.                                    | 2018-04-16 | -
            Voters will go to the polls on Thursday, May 3, to elect 63 councillors.                               | 2018-04-20 | -
            Collections will move to a fortnightly timetable from Monday, April 6.                                | 2019-12-12 | -
            The meeting was held on Wednesday 14 March 2017.                                                        | 2017-03-20 | WEEKDAY_MISMATCH
            The meeting was held on Tuesday, March 14th, 2017.                                                      | 2017-03-20 | -
            He spoke on Monday (May 14). The elections are due to take place on May 3.                            | 2018-05-20 | DATE_ORDER
            The elections are due to take place on May 3. He spoke on April 28.                                   | 2018-05-20 | -
            The count is due to take place on 3 May 2018.                                                           | 2018-06-01 | DATE_ORDER
            Labour has 11 Jewish candidates in Barnet. Later, the party said its 12 Jewish candidates were ready. | 2018-04-16 | QUANTITY_MISMATCH
            The Met had more than 3,000 police staff. It said it had 3,200 police staff.                          | 2018-04-16 | -
            Barnet has 400 police officers. Camden has 600 police officers.                                        | 2018-04-16 | -
            The Met has 30,871 police officers. Barnet has 400 police officers.                                    | 2018-04-16 | -
            Staff numbers fell from 11,018 to 8,005. There were 8,005 staff in 2017 and 11,018 staff in 2014.      | 2018-04-16 | -
            Westminster counted 217 rough sleepers in 2017. Westminster counted 260 rough sleepers in 2016.        | 2018-04-16 | -
            Barnet has 400 police officers on its streets. Barnet has only 350 police officers.                    | 2018-04-16 | QUANTITY_MISMATCH
            """)
    void warnsOfInconsistencies(String body, String publishedOn, String expected) {
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null, body, LocalDate.parse(publishedOn)));
        List<String> types = a.warnings().stream().map(ArticleWarning::type).distinct().toList();
        assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(" ")), types,
                () -> a.warnings().toString());
    }

    @Test
    void suggestsTheDateThatFitsTheWeekday() {
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null,
                "Speaking in Mill Hill on Saturday (May 14), Mr Khan said so.", LocalDate.of(2018, 4, 16)));
        ArticleWarning w = a.warnings().get(0);
        assertEquals("'Saturday (May 14)': 14 May 2018 (the year taken from the publication date) is a Monday, not a "
                + "Saturday. 14 April 2018 was a Saturday. The nearest Saturday is 12 May 2018.", w.message());
        assertEquals("Saturday (May 14)", w.spans().get(0).text());
        assertEquals(25, w.spans().get(0).start());
    }

    @Test
    void namesBothDatesWhenAnEventComesAfterOneTheStoryAnticipates() {
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null, "Mr Khan spoke on Saturday (May 14). The local "
                + "elections are due to take place on May 3.", LocalDate.of(2018, 4, 16)));
        ArticleWarning order = a.warnings().stream().filter(w -> w.type().equals(ArticleWarning.DATE_ORDER)
                && w.spans().size() == 2).findFirst().orElseThrow();
        assertEquals(List.of("Saturday (May 14)", "May 3"), order.spans().stream().map(TextSpan::text).toList());
        assertTrue(order.message().contains("still to come"));
    }

    @Test
    void readsDatesWithoutAYearWhenThePublicationDateIsUnknown() {
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null, "He spoke on Saturday (May 14).", null));
        assertEquals(List.of(), a.warnings());
    }
}
