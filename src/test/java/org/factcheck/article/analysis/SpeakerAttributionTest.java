package org.factcheck.article.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who made a claim: each row is an article, a claim in it, and the speaker (or "-" for the article itself). */
class SpeakerAttributionTest {

    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(QualityReport.demoPlaces());

    @ParameterizedTest(name = "{2}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor of London Sadiq Khan visited Barnet. Mr Khan said cuts had led to 3,000 staff being lost.                   | 3,000 staff        | Sadiq Khan
            Mayor of London Sadiq Khan spoke. “Barnet has lost 120 police buildings,” the mayor added.                      | 120 police         | Sadiq Khan
            Sadiq Khan spoke.\\n\\n“It is a disgrace,” he said.\\n\\n“London has lost over £700 million.”                  | £700 million       | Sadiq Khan
            Sadiq Khan spoke.\\n\\n“It is a disgrace,” he said. “London has lost over £700 million.                          | £700 million       | Sadiq Khan
            The Conservative group has pledged to fight. It claims Barnet gets fewer officers than any other borough.        | fewer officers     | Conservative group
            According to the Home Office, the Met had 30,871 officers in 2017.                                               | 30,871             | Home Office
            The Met had 30,871 officers in 2017, according to Home Office figures published on Thursday.                    | 30,871             | Home Office
            More than 336,000 households were on waiting lists in April, new figures show.                                   | 336,000            | -
            A Home Office spokesperson said: “Funding is rising by £460 million this year.”                                 | £460 million       | Home Office
            “Knife crime has risen by 20 per cent,” said Cllr Ahmet Demir, Haringey’s cabinet member for communities.       | 20 per cent        | Ahmet Demir
            Dave Holloway, who chairs the Metropolitan Police Federation, said 3,000 staff had gone.                        | 3,000 staff        | Dave Holloway
            Labour’s policing spokesperson, Rachel Osei, said officer numbers had fallen by 20,000.                          | 20,000             | Rachel Osei
            Funding has fallen by 30 per cent in real terms since 2010-11, the National Audit Office said today.            | 30 per cent        | National Audit Office
            The National Audit Office reported on Tuesday. The watchdog found total funding had fallen by 19 per cent.      | 19 per cent        | National Audit Office
            A Met spokesman said knife crime had fallen by 6 per cent in the year to October.                                | 6 per cent         | Metropolitan Police
            Westminster City Council met. A council spokeswoman said it spent £9 million on outreach.                         | £9 million         | Westminster City Council
            The Federation of Small Businesses said business rates were rising by 40 per cent.                               | 40 per cent        | Federation of Small Businesses
            Barnet is home to the highest proportion of Jewish residents of any English borough.                             | highest            | -
            Andrew Boyce, a Conservative assembly member, was unimpressed. He pointed to a target of 66,000 homes a year.   | 66,000             | Andrew Boyce
            Mr Khan also responded to claims from the Conservatives that 5,000 homes would be lost.                          | 5,000              | Conservatives
            "In my area we went from 140 officers to 60," she told delegates. Lucy Brennan smiled.                          | 140                | -
            Deputy mayor for housing Tom Wakefield spoke. "We started 14,544 homes last year," he said.                     | 14,544             | Tom Wakefield
            Department for Education figures released on Monday show 1,200 schools had fewer pupils than in 2015.          | 1,200 schools      | Department for Education
            Camden has the lowest obesity rate in London, new figures from Public Health England confirm.                    | lowest obesity     | Public Health England
            In the 2011 Census 4,120 of Harrow's 239,000 residents said they were Jain.                                      | 4,120              | -
            At the census, 12,400 people, or 5 per cent, described themselves as Sikh.                                        | 12,400             | -
            """)
    void attributesTheClaimToItsSpeaker(String body, String claim, String expected) {
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null, body.replace("\\n", "\n"), LocalDate.of(2018, 4, 16)));
        AnalysedClaim c = a.claims().stream().filter(x -> x.text().contains(claim)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with " + claim + " in " + a.claims()));
        if (expected.equals("-")) {
            assertNull(c.speaker(), () -> "speaker of " + c.text());
        } else {
            assertEquals(expected, c.speaker() == null ? null : c.speaker().name(), c.text());
        }
    }

    @Test
    void marksAQuotationRunningOnFromAnEarlierParagraph() {
        String body = "“The council has let residents down,” the mayor said. Mayor Sadiq Khan was in Barnet.\n\n"
                + "“Barnet has lost 120 police buildings.”";
        AnalysedArticle a = ANALYSER.analyse(new ArticleInput(null, "Sadiq Khan, the mayor, spoke.\n\n" + body, null));
        AnalysedClaim c = a.claims().stream().filter(x -> x.text().contains("120")).findFirst().orElseThrow();
        assertEquals("QUOTE_CONTINUED", c.speaker().cue());
        assertEquals("the mayor", c.speaker().mention());
    }
}
