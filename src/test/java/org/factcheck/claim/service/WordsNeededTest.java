package org.factcheck.claim.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ClaimMatcher#wordsNeeded}: every stored claim that could score {@link ClaimMatcher#THRESHOLD} against a query
 * without places or numbers shares what it asks (else the candidate query would miss a match), and it asks enough to
 * leave out claims that share only broad places, years or a direction.
 */
class WordsNeededTest {

    private static final ClaimMatcher MATCHER = new ClaimMatcher(Map.of());

    /** Full-weight and generic words (HIGH, LOW, RISE, borough, share, ...); no group or qualifying words. */
    private static final List<String> VOCABULARY = List.of("police", "fund", "home", "price", "roughsleep", "crime",
            "officer", "rent", "decade", "keep", "next", "school", "waiting", "list", "HIGH", "LOW", "RISE", "FALL",
            "borough", "share", "number", "total");

    @Test
    void everyClaimThatCouldMatchSharesWhatIsAsked() {
        assertEveryPossibleMatchIsACandidate(false);
    }

    @Test
    void everyClaimThatCouldMatchSharesWhatIsAskedWhenTwoPlacesAreOrdered() {
        // "Barnet has more officers than Brent" is "Brent has fewer officers than Barnet": HIGH and LOW swap
        assertEveryPossibleMatchIsACandidate(true);
    }

    private static void assertEveryPossibleMatchIsACandidate(boolean ordered) {
        Random random = new Random(ordered ? 12 : 11);
        int matchable = 0;
        int leftOut = 0;
        for (int n = 0; n < 200_000; n++) {
            Set<String> query = words(random, 1 + random.nextInt(14));
            Set<String> stored = words(random, random.nextInt(10));
            if (random.nextBoolean()) { // often a near paraphrase: most of the query's words and a few others
                stored = new HashSet<>(query);
                stored.removeIf(w -> random.nextInt(3) == 0);
                stored.addAll(words(random, random.nextInt(3)));
            }
            // the same text on both sides: the trigram part at its maximum, so the score is the best the words allow
            ClaimMatcher.Terms q = ordered ? ordered(query, "barnet>brent") : terms(query);
            ClaimMatcher.Terms s = ordered ? ordered(stored, random.nextBoolean() ? "barnet>brent" : "brent>barnet")
                    : terms(stored);
            double best = MATCHER.score(q, s);
            boolean held = holds(MATCHER.wordsNeeded(q), stored);
            if (best >= ClaimMatcher.THRESHOLD) {
                matchable++;
                assertTrue(held, "query " + query + " against stored " + stored + " scores " + best
                        + " but the candidate condition " + MATCHER.wordsNeeded(q) + " leaves it out");
            } else if (!held) {
                leftOut++;
            }
        }
        assertTrue(matchable > 10_000, "matchable pairs tried: " + matchable);
        assertTrue(leftOut > 10_000, "pairs the condition leaves out: " + leftOut);
    }

    @Test
    void asksForTheWordsThatCanReachTheThresholdNotForBroadPlacesOrDirections() {
        // "rough sleeping rose in London and fell in England": roughsleep weighs 1, RISE and FALL half each
        ClaimMatcher.WordsNeeded rough = MATCHER.wordsNeeded(terms(Set.of("roughsleep", "RISE", "FALL")));
        assertEquals(List.of("roughsleep"), rough.full());
        assertEquals(List.of("FALL", "RISE"), rough.generic());
        assertEquals(List.of(new ClaimMatcher.Shared(0, 2), new ClaimMatcher.Shared(1, 0)), rough.anyOf());
        // "house prices in London will keep rising for the next decade": two of its five full-weight words
        ClaimMatcher.WordsNeeded prices = MATCHER.wordsNeeded(
                terms(Set.of("RISE", "decade", "home", "keep", "next", "price")));
        assertEquals(List.of(new ClaimMatcher.Shared(2, 0)), prices.anyOf());
        // no words (only a place and a year, say): nothing can reach the threshold
        assertEquals(List.of(), MATCHER.wordsNeeded(terms(Set.of())).anyOf());
    }

    @Test
    void leavesHighAndLowUnnamedWhenTwoPlacesAreOrdered() {
        ClaimMatcher.WordsNeeded needed = MATCHER.wordsNeeded(ordered(Set.of("HIGH", "officer", "police"), "a>b"));
        assertEquals(List.of("officer", "police"), needed.full());
        assertEquals(List.of(), needed.generic());
        assertEquals(List.of(new ClaimMatcher.Shared(1, 0)), needed.anyOf());
        // only HIGH: a claim saying LOW the other way round may match, so nothing is asked beyond the two places
        assertEquals(List.of(new ClaimMatcher.Shared(0, 0)),
                MATCHER.wordsNeeded(ordered(Set.of("HIGH"), "a>b")).anyOf());
    }

    @Test
    void namesAtMostTwelveWordsAndCountsTheOthersAsShared() {
        Set<String> many = new HashSet<>(VOCABULARY.subList(0, 14));
        ClaimMatcher.WordsNeeded needed = MATCHER.wordsNeeded(terms(many));
        assertEquals(ClaimMatcher.MAX_WORDS, needed.full().size() + needed.generic().size());
        // 14 words: 4.25 of weight to share, 2 of which the two unnamed words might hold: three named, asked as two
        assertEquals(List.of(new ClaimMatcher.Shared(2, 0)), needed.anyOf());
    }

    private static boolean holds(ClaimMatcher.WordsNeeded needed, Set<String> stored) {
        long full = needed.full().stream().filter(stored::contains).count();
        long generic = needed.generic().stream().filter(stored::contains).count();
        return needed.anyOf().stream().anyMatch(s -> full >= s.full() && generic >= s.generic());
    }

    private static Set<String> words(Random random, int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < n; i++) {
            out.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return out;
    }

    private static ClaimMatcher.Terms ordered(Set<String> words, String order) {
        return new ClaimMatcher.Terms(words, Set.of(order.split(">")), Set.of(), Set.of(), Set.of(), Set.of(), order,
                Trigrams.of("the same text"));
    }

    private static ClaimMatcher.Terms terms(Set<String> words) {
        return new ClaimMatcher.Terms(words, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
                Trigrams.of("the same text"));
    }
}
