package org.factcheck.article.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr Khan said so. Mrs Smith agreed.                                   | Mr Khan said so. / Mrs Smith agreed.
            Dr. Okafor spoke. Cllr. Demir did not.                               | Dr. Okafor spoke. / Cllr. Demir did not.
            He lives at No. 10 Downing Street. It is big.                        | He lives at No. 10 Downing Street. / It is big.
            The Met's budget is £3.3bn. That is a lot.                           | The Met's budget is £3.3bn. / That is a lot.
            J. K. Rowling wrote it. Really.                                      | J. K. Rowling wrote it. / Really.
            “It is a disgrace.” He left.                                         | “It is a disgrace.” / He left.
            Is it any wonder? People are angry!                                  | Is it any wonder? / People are angry!
            It rose… And then it fell.                                           | It rose… / And then it fell.
            Prices rose e.g. in Barnet. Then they fell.                          | Prices rose e.g. in Barnet. / Then they fell.
            “The council has let us down. I am sure we will win.”               | “The council has let us down. / I am sure we will win.”
            Officers were called at 9.40pm. Nobody was hurt.                    | Officers were called at 9.40pm. / Nobody was hurt.
            """)
    void splitsAtSentenceEndsButNotAtAbbreviations(String text, String expected) {
        List<String> want = Arrays.asList(expected.split(" / "));
        assertEquals(want, SentenceSplitter.split(text).stream().map(Sentence::text).toList());
    }

    @Test
    void numbersParagraphsSeparatedByBlankLines() {
        List<Sentence> s = SentenceSplitter.split("One. Two.\nstill two.\n\n  Three.\n\n\nFour.");
        assertEquals(List.of("One.", "Two.\nstill two.", "Three.", "Four."), s.stream().map(Sentence::text).toList());
        assertEquals(List.of(0, 0, 1, 2), s.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void treatsEachLineAsAParagraphWhenThereAreNoBlankLines() {
        List<Sentence> s = SentenceSplitter.split("Headline without a stop\nFirst paragraph. Second sentence.\nLast.");
        assertEquals(List.of(0, 1, 1, 2), s.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void keepsOffsetsIntoTheText() {
        String text = "  Barnet has 11 candidates.  Labour said so.";
        for (Sentence s : SentenceSplitter.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }
}
