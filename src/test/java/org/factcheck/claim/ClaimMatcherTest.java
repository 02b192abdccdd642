package org.factcheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factcheck.claim.service.ClaimMatchService;
import org.factcheck.claim.service.ClaimMatcher;
import org.factcheck.engine.PlaceInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Matching quality on the labelled pairs of src/test/resources/matching/pairs.tsv, with the bundled gazetteer.
 * Prints precision and recall at {@link ClaimMatcher#THRESHOLD}; fails below {@link #REQUIRED} for either.
 */
class ClaimMatcherTest {

    static final double REQUIRED = 0.8;

    record Pair(boolean same, String a, String b) {
    }

    static ClaimMatcher matcher;

    @BeforeAll
    static void loadGazetteer() {
        List<PlaceInfo> places = new ArrayList<>();
        long id = 1;
        for (String file : List.of("demo-data/places.csv", "demo-data/places-extra.csv")) {
            for (List<String> row : csv(file)) {
                places.add(new PlaceInfo(id++, row.get(0), row.get(1), row.get(2), null, List.of()));
            }
        }
        matcher = new ClaimMatcher(ClaimMatchService.placeNames(places));
    }

    @Test
    void findsParaphrasesAndTellsDifferentClaimsApartOnTheLabelledPairs() {
        List<Pair> pairs = pairs();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        StringBuilder misses = new StringBuilder();
        for (Pair p : pairs) {
            double score = matcher.score(matcher.terms(p.a()), matcher.terms(p.b()));
            boolean said = score >= ClaimMatcher.THRESHOLD;
            if (said && p.same()) {
                tp++;
            } else if (said) {
                fp++;
                misses.append(String.format("  false match %.3f: %s | %s%n", score, p.a(), p.b()));
            } else if (p.same()) {
                fn++;
                misses.append(String.format("  missed      %.3f: %s | %s%n", score, p.a(), p.b()));
            } else {
                tn++;
            }
            if (said && p.same() && score < ClaimMatcher.THRESHOLD + 0.1) {
                misses.append(String.format("  (close)     %.3f: %s | %s%n", score, p.a(), p.b()));
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        System.out.printf("Claim matching on %d labelled pairs (threshold %.2f): precision %.3f, recall %.3f "
                + "(tp %d, fp %d, fn %d, tn %d)%n%s", pairs.size(), ClaimMatcher.THRESHOLD, precision, recall, tp, fp,
                fn, tn, misses);
        assertTrue(pairs.size() >= 60, "at least 60 labelled pairs");
        assertTrue(precision >= REQUIRED, "precision " + precision);
        assertTrue(recall >= REQUIRED, "recall " + recall);
    }

    @Test
    void everyMatchAmongTheLabelledClaimsIsACandidate() {
        // the candidate query asks for the required terms and the words the matcher needs: each pair scoring the
        // threshold, either way round and whatever its label, must pass it
        List<String> texts = new ArrayList<>();
        pairs().forEach(p -> texts.addAll(List.of(p.a(), p.b())));
        int matches = 0;
        for (String a : texts) {
            ClaimMatcher.Terms query = matcher.terms(a);
            ClaimMatcher.WordsNeeded needed = matcher.wordsNeeded(query);
            for (String b : texts) {
                ClaimMatcher.Terms stored = matcher.terms(b);
                if (matcher.score(query, stored) < ClaimMatcher.THRESHOLD) {
                    continue;
                }
                matches++;
                long full = needed.full().stream().filter(stored.words()::contains).count();
                long generic = needed.generic().stream().filter(stored.words()::contains).count();
                assertTrue(stored.all().containsAll(query.required()) && needed.anyOf().stream()
                        .anyMatch(s -> full >= s.full() && generic >= s.generic()),
                        "'" + b + "' matches '" + a + "' but is no candidate for it: " + needed);
            }
        }
        assertTrue(matches > 2 * texts.size(), "matching pairs tried: " + matches);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "London has lost over £700 million | n:700000000",
        "Police numbers fell by a third | n:33.33%",
        "Over 40% of Hackney residents are under 30 | n:40%",
        "Crime in Hackney rose by 12% in 2018 | y:2018",
        "Barnet gets fewer police officers than any London borough | p:barnet"})
    void extractsNumbersYearsAndPlacesAsTerms(String text, String term) {
        assertTrue(matcher.terms(text).all().contains(term), matcher.terms(text).all().toString());
    }

    @Test
    void scoresIdenticalClaimsOneAndClaimsWithOtherNumbersZero() {
        String claim = "Newham built 2,000 new homes last year";
        assertEquals(1.0, matcher.score(matcher.terms(claim), matcher.terms(claim)));
        assertEquals(0.0, matcher.score(matcher.terms(claim), matcher.terms("Newham built 2,500 new homes last year")));
    }

    static List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader in = reader("matching/pairs.tsv")) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Pair(f[0].equals("1"), f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** name, code, kind of each row (quoted fields allowed, no newlines inside). */
    private static List<List<String>> csv(String resource) {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = reader(resource)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                List<String> fields = new ArrayList<>();
                StringBuilder f = new StringBuilder();
                boolean quoted = false;
                for (char c : line.toCharArray()) {
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (c == ',' && !quoted) {
                        fields.add(f.toString());
                        f.setLength(0);
                    } else {
                        f.append(c);
                    }
                }
                fields.add(f.toString());
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static BufferedReader reader(String resource) {
        InputStream in = Objects.requireNonNull(ClaimMatcherTest.class.getClassLoader().getResourceAsStream(resource),
                resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
