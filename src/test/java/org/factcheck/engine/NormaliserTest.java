package org.factcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Curly quotes, dashes, no-break spaces and "per cent" are made regular; offsets still point at the original. */
class NormaliserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "almost 15 per cent of the population|almost 15% of the population",
        "almost 15 percent|almost 15%",
        "it was \u201cheartbreaking\u201d|it was \"heartbreaking\"",
        "Barnet\u2019s residents|Barnet's residents",
        "residents \u2013 almost 15|residents - almost 15",
        "\u00a3700\u00a0million|\u00a3700 million",
        "a  double  space|a double space",
    })
    void makesTextRegular(String original, String normalised) {
        assertEquals(normalised, Normaliser.normalise(original).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Barnet has almost 15 per cent Jewish residents|almost 15%|almost 15 per cent",
        "the \u201chighest\u201d share|\"highest\"|\u201chighest\u201d",
        "over \u00a3700\u00a0million since 2010|\u00a3700 million|\u00a3700\u00a0million",
    })
    void mapsNormalisedSpansBackToTheOriginal(String original, String normalisedSpan, String originalSpan) {
        NormalisedText nt = Normaliser.normalise(original);
        int start = nt.text().indexOf(normalisedSpan);
        assertEquals(originalSpan, nt.originalSpan(start, start + normalisedSpan.length()));
    }
}
