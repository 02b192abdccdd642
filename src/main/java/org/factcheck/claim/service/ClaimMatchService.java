package org.factcheck.claim.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.factcheck.claim.repository.ClaimRepository;
import org.factcheck.claim.repository.MatchRepository;
import org.factcheck.claim.repository.MatchedRow;
import org.factcheck.claim.rest.ClaimMatch;
import org.factcheck.engine.PlaceInfo;
import org.factcheck.engine.Rating;
import org.factcheck.place.service.GazetteerCache;

/** "Have we checked this before?": candidates from PostgreSQL, exact scores from {@link ClaimMatcher}. */
@ApplicationScoped
public class ClaimMatchService {

    /** Candidates read per query before scoring. */
    static final int CANDIDATES = 200;

    private record Built(String gazetteerVersion, ClaimMatcher matcher) {
    }

    @Inject
    GazetteerCache gazetteer;

    @Inject
    MatchRepository matches;

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimViews views;

    private final AtomicReference<Built> built = new AtomicReference<>();

    public ClaimMatcher.Terms terms(String text) {
        return matcher().terms(text);
    }

    /** Stored claims scoring at least {@link ClaimMatcher#THRESHOLD}, best first, at most {@code limit}. */
    public List<ClaimMatch> similar(String text, int limit) {
        ClaimMatcher matcher = matcher();
        ClaimMatcher.Terms query = matcher.terms(text);
        record Scored(long id, double score) {
        }
        List<Scored> scored = matches.candidates(candidateQuery(matcher, query), CANDIDATES).stream()
                .map(c -> new Scored(c.id(), matcher.score(query, ClaimMatcher.Terms.of(c.terms(), c.text()))))
                .filter(s -> s.score() >= ClaimMatcher.THRESHOLD)
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id))
                .limit(limit)
                .toList();
        Map<Long, Double> scores = new HashMap<>();
        scored.forEach(s -> scores.put(s.id(), s.score()));
        return claims.findMatched(scored.stream().map(Scored::id).toList()).stream()
                .map(row -> match(row, scores.get(row.id())))
                .toList();
    }

    /**
     * The stored claims worth scoring: every specific place and number of the query (a claim without them scores 0)
     * and the words a claim must share to reach the threshold ({@link ClaimMatcher#wordsNeeded}). "One other term", or
     * without places and numbers "two of the terms", had let in claims sharing only a broad place, a year or a
     * direction ("London", "rose"), which cannot score. Of the mixed load's vague claims (no place, no number) five
     * took 11-71 ms and now 2-9 ms; two whose words are common took 24-36 ms and now 17-31 (100,000 claims).
     */
    static String candidateQuery(ClaimMatcher matcher, ClaimMatcher.Terms query) {
        ClaimMatcher.WordsNeeded needed = matcher.wordsNeeded(query);
        return MatchRepository.tsquery(query.required(), needed.anyOf().stream()
                .map(s -> List.of(new MatchRepository.AtLeast(s.full(), needed.full()),
                        new MatchRepository.AtLeast(s.generic(), needed.generic())))
                .toList());
    }

    private ClaimMatch match(MatchedRow row, double score) {
        Rating automatic = row.automaticRating() == null ? null : Rating.valueOf(row.automaticRating());
        return new ClaimMatch(row.id(), row.text(), score, row.speaker(), row.statedOn(), automatic,
                views.verdict(row.publishedVerdict()));
    }

    private ClaimMatcher matcher() {
        String version = gazetteer.version();
        Built b = built.get();
        if (b == null || !b.gazetteerVersion().equals(version)) {
            b = new Built(version, new ClaimMatcher(placeNames(gazetteer.all())));
            built.set(b);
        }
        return b.matcher();
    }

    /** Every name and alias, lower case, to its canonical name; countries and regions are broad. */
    public static Map<String, ClaimMatcher.PlaceName> placeNames(List<PlaceInfo> places) {
        Map<String, ClaimMatcher.PlaceName> names = new HashMap<>();
        for (PlaceInfo p : places) {
            boolean broad = "country".equals(p.kind()) || "region".equals(p.kind());
            ClaimMatcher.PlaceName name = new ClaimMatcher.PlaceName(p.name().toLowerCase(Locale.ROOT), broad);
            names.putIfAbsent(p.name().toLowerCase(Locale.ROOT).replace("&", "and"), name);
            for (String alias : p.aliases()) {
                names.putIfAbsent(alias.toLowerCase(Locale.ROOT).replace("&", "and"), name);
            }
        }
        return names;
    }
}
