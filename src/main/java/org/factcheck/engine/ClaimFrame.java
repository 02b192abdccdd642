package org.factcheck.engine;

import java.util.ArrayList;
import java.util.List;

/** One asserted fact as the frame builder read it; the assessor turns it into a rated part. */
final class ClaimFrame {

    /** Up or down for changes, highest or lowest for ranks, more or less for comparisons. */
    enum Direction {
        UP, DOWN, HIGHEST, LOWEST, MORE, LESS, NONE
    }

    PartKind kind = PartKind.VALUE;
    int start;
    int end;
    String segmentLower;
    /** Places named in the part, subject first; evidence is looked for at each. */
    List<PlaceInfo> places = new ArrayList<>();
    boolean placeFromContext;
    String metricPhrase = "";
    MetricMatcher.ClaimTerms terms;
    Measure measure = Measure.UNKNOWN;
    /** "rate" with no number: a share or a rate per 1,000 both fit. */
    boolean rateWord;
    String per;
    Quantity quantity;
    /** The second level of "from X to Y". */
    Quantity toQuantity;
    ClaimPeriod period;
    /** The end of a change between two written periods, or the other side of a comparison between periods. */
    ClaimPeriod secondPeriod;
    Direction direction = Direction.NONE;
    int claimedRank = 1;
    PeerGroup peerGroup;
    PlaceInfo otherPlace;
    /** The other side's measure when a comparison sets two measures of one place against each other. */
    MetricMatcher.ClaimTerms otherTerms;
    /** A comparison of the latest figure ("today") with the stated period, which is {@link #secondPeriod}. */
    boolean nowAgainstPeriod;
    /** The part speaks of the present ("now", "currently", "today") without a period of its own. */
    boolean saysNow;
    String cue = "";
    /** The words right after a counted number ("candidates" in "11 Jewish candidates"). */
    List<String> countedWords = new ArrayList<>();

    PlaceInfo place() {
        return places.isEmpty() ? null : places.get(0);
    }
}
