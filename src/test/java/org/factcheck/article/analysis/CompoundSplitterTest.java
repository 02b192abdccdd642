package org.factcheck.article.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row: a claim and the facts it is checked as, separated by " / ". */
class CompoundSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Barnet pays the highest amount of police funding per head but gets fewer officers than any other London borough | Barnet pays the highest amount of police funding per head / Barnet gets fewer officers than any other London borough
            London has lost over £700 million, and that has led to more than 3,000 police staff being lost and 120 police buildings being sold off | London has lost over £700 million / that has led to more than 3,000 police staff being lost / 120 police buildings being sold off
            Croydon recycled 47 per cent, while the London average was 33 per cent and the figure for England was 44 per cent | Croydon recycled 47 per cent / the London average was 33 per cent / the figure for England was 44 per cent
            Newham's rate has barely moved in a decade: it was 15 per cent in 2010/11 | Newham's rate has barely moved in a decade / it was 15 per cent in 2010/11
            This administration has put up parking charges by 25 per cent and cut the grant to every voluntary group | This administration has put up parking charges by 25 per cent / This administration cut the grant to every voluntary group
            Police officer numbers in England and Wales fell between 2010 and 2017 | Police officer numbers in England and Wales fell between 2010 and 2017
            Two men, aged 19 and 22, were arrested | Two men, aged 19 and 22, were arrested
            The council has been letting residents down on youth services and refuse collection | The council has been letting residents down on youth services and refuse collection
            Westminster had the highest count, followed by Brighton and Hove on 178 and Camden on 127 | Westminster had the highest count, followed by Brighton and Hove on 178 and Camden on 127
            """)
    void splitsACompoundIntoTheFactsItAsserts(String text, String expected) {
        List<String> want = Arrays.asList(expected.split(" / "));
        List<String> got = CompoundSplitter.split(text, 0, text.length()).stream().map(CompoundSplitter.Part::checkText)
                .toList();
        assertEquals(want, got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Barnet pays the most but gets fewer officers than any other borough
            Croydon recycled 47 per cent, while Newham recycled 17 per cent
            """)
    void givesEachPartItsOwnSpanOfTheText(String text) {
        for (CompoundSplitter.Part p : CompoundSplitter.split(text, 0, text.length())) {
            String own = text.substring(p.start(), p.end());
            assertEquals(true, p.checkText().endsWith(own), own + " / " + p.checkText());
        }
    }
}
