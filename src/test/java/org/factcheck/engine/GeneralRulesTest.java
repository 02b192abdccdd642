package org.factcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One sentence per general rule found missing on held-out claims (measure wordings, rank and comparison shapes,
 * change periods, compound parts, periods after the data, claims about the present, unexplained subjects), checked
 * against the bundled demo evidence. Sentences are
 * written for the rule, not copied from any labelled set.
 */
class GeneralRulesTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # measure wordings: FTE, 'can expect to live', mid-year estimates, religion plurals, core grant
            2019-12-01 | There were 123,000 full-time equivalent police officers in England and Wales in March 2019. | TRUE
            2018-06-01 | Women in Camden can expect to live 86 years.                                                  | MOSTLY_TRUE
            2018-06-01 | According to the mid-year estimates, about 250,000 people lived in Camden in 2017.           | TRUE
            2018-06-01 | Hindus make up a quarter of Harrow's residents, the 2011 census found.                        | TRUE
            2025-06-01 | Surrey is receiving a core government grant of £132 million in 2025/26.                       | TRUE
            # shapes: negated superlative, 'than in any other', now against a stated year
            2018-06-01 | No London borough had a larger share of Muslim residents than Tower Hamlets at the 2011 census. | TRUE
            2018-03-01 | More people were sleeping rough in Westminster in autumn 2017 than in any other council area in England. | TRUE
            2019-12-01 | There are more police officers in England and Wales today than there were in 2010.          | FALSE
            # two measures of one place
            2018-06-01 | At the 2011 census there were more Muslims than Hindus in Harrow.                          | FALSE
            # comparisons of people: a count of residents, not salaries
            2019-06-01 | Fewer people lived in Westminster than in Camden in 2018.                                     | TRUE
            # change periods: 'since YEAR' anchors the start, a stated end period the end; months in either order
            2018-03-01 | Rough sleeping in England has more than doubled since 2010, according to the autumn 2017 count. | TRUE
            2019-06-01 | Home sales in Camden were down by half in January 2019 compared with January 2014.           | MOSTLY_FALSE
            # compound parts: inherited measure (London's own figure), elided measure compared with the part before
            2019-06-01 | Hackney recycled just 22 per cent of its household waste in 2017/18, while the London average was 33 per cent. | MISLEADING
            2016-06-01 | Camden's crime rate was 123.5 offences per 1,000 people in 2014/15, but Islington's was even higher. | MISLEADING
            2019-06-01 | Westminster's population was 255,000 in 2018, but Camden's was higher.                        | TRUE
            2019-06-01 | Newham's population reached 352,005 in 2018.                                                  | TRUE
            # the counting basis the claim names: FTE (the default) or headcount
            2019-12-01 | The Met had about 31,000 FTE officers in March 2019.                                          | TRUE
            # who published a figure is not what it measures; "home to N people" counts people, not homes
            2019-06-01 | Newham is home to more than 350,000 people, according to ONS figures for 2018.               | TRUE
            # age superlatives read the average age; "classed as obese" is obesity
            2018-06-01 | Tower Hamlets has the youngest population of any London borough.                            | TRUE
            2018-06-01 | Newham's residents are younger than those of any other London borough.                       | FALSE
            2017-06-01 | More than a quarter of children in Barking and Dagenham were classed as obese in 2015/16.     | TRUE
            # men's or women's pay is not everyone's pay (and the men's figure is stored for too few boroughs to rank)
            2017-06-01 | Men in Westminster are paid more than men in any other London borough.                       | NOT_ENOUGH_EVIDENCE
            # a change wholly after the last stored period cannot be checked
            2021-06-01 | Since 2020 the Met has recruited an extra 2,000 officers.                                     | NOT_ENOUGH_EVIDENCE
            # a second comparison sharing the first one's subject; "cheaper" compares prices, not numbers of homes
            2019-08-01 | Camden has fewer residents than Barnet and higher house prices than Bexley.                | TRUE
            2019-08-01 | Homes in Croydon are cheaper than in Bexley.                                                | FALSE
            # places ranked above the subject: "than any ... apart from X and Y" is third; a force's size is officers
            2020-02-25 | Camden recorded more crimes in 2019 than any other London borough apart from Westminster and Southwark. | TRUE
            2020-02-10 | Greater Manchester Police is the biggest force in the country apart from the Met.           | TRUE
            # "police numbers" are officers: a borough has no officer figures of its own, so not its recorded crimes
            2019-01-15 | Police numbers in the Met fell between March 2017 and March 2018.                          | TRUE
            2018-04-16 | Police numbers in Barnet fell to 560 last year.                                             | NOT_ENOUGH_EVIDENCE
            # "now" more than two years after the newest figure cannot be checked with it; within two years it can
            2024-01-01 | There are now fewer than 125,000 police officers in England and Wales.                     | NOT_ENOUGH_EVIDENCE
            2019-11-01 | There are now fewer than 125,000 police officers in England and Wales.                     | TRUE
            # one word of a name ("Park": green space) found in a metric does not make the claim about that metric
            2019-12-01 | Patients at the Park Royal hospital in Brent wait longer in A&E than anywhere else in London. | NOT_ENOUGH_EVIDENCE
            # no period stated: the measure still published (mid-year estimates 2018), not the 2011 Census
            2019-08-01 | Barnet has more residents than Croydon.                                                     | TRUE
            """)
    void ratesClaimsByGeneralRules(String statedOn, String text, Rating expected) {
        CheckResult r = TestData.engine().check(text, new ClaimContext("test", LocalDate.parse(statedOn), "London",
                null));
        assertEquals(expected, r.rating(), r.explanation());
    }
}
