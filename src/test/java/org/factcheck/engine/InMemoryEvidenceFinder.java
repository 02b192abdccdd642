package org.factcheck.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The demo evidence CSVs as an {@link EvidenceFinder} that mimics the PostgreSQL contract: per place and metric the
 * record whose period fits best (or the latest), ordered by the greater of a pg_trgm-like trigram similarity of metric
 * to text and a crude full-text rank of the query words in metric and quote, drop records with no similarity, limit. It knows nothing of the benchmark.
 */
final class InMemoryEvidenceFinder implements EvidenceFinder {

    static final List<String> FILES = List.of("london-borough-profiles.csv", "housing-in-london.csv",
            "police-workforce.csv", "census-2011-religion.csv", "police-funding.csv", "housing-supply.csv");

    private final Map<Long, List<EvidenceItem>> byPlace = new HashMap<>();
    private final Map<String, Set<String>> trigramCache = new HashMap<>();

    InMemoryEvidenceFinder(InMemoryGazetteer gazetteer) {
        long id = 1;
        for (String file : FILES) {
            for (Map<String, String> r : Csv.read("demo-data/" + file)) {
                PlaceInfo place = gazetteer.byName(r.get("place"));
                if (place == null) {
                    throw new IllegalStateException("unknown place " + r.get("place") + " in " + file);
                }
                EvidenceItem e = new EvidenceItem(id++, r.get("metric"), place.id(), place.name(),
                        LocalDate.parse(r.get("periodStart")), LocalDate.parse(r.get("periodEnd")),
                        r.get("periodLabel"), new BigDecimal(r.get("value")), r.get("unit"), r.get("sourceTitle"),
                        r.get("sourcePublisher"), r.get("sourceUrl"), r.get("quote"), r.get("notes"));
                byPlace.computeIfAbsent(place.id(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    @Override
    public List<EvidenceItem> metrics(EvidenceQuery query) {
        Set<String> queryTrigrams = trigrams(query.metricText());
        Set<String> queryWords = words(query.metricText());
        LocalDate to = query.to() == null ? LocalDate.of(9999, 12, 31) : query.to();
        Comparator<EvidenceItem> fit = query.from() == null ? Comparator.comparing(EvidenceItem::periodEnd)
                : Comparator.<EvidenceItem>comparingDouble(e -> inside(e, query.from(), to) / (double) length(e))
                        .thenComparingLong(e -> inside(e, query.from(), to))
                        .thenComparing(EvidenceItem::periodEnd);
        fit = fit.thenComparing(Comparator.comparingLong(EvidenceItem::id).reversed());
        Map<String, EvidenceItem> best = new HashMap<>();
        for (Long placeId : query.placeIds()) {
            for (EvidenceItem e : byPlace.getOrDefault(placeId, List.of())) {
                String key = e.placeId() + "@" + e.metric();
                EvidenceItem current = best.get(key);
                if (current == null || fit.compare(e, current) > 0) {
                    best.put(key, e);
                }
            }
        }
        record Scored(EvidenceItem item, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (EvidenceItem e : best.values()) {
            double s = Math.max(similarity(queryTrigrams, metricTrigrams(e.metric())),
                    rank(queryWords, e.metric() + " " + e.quote()));
            if (s > 0) {
                scored.add(new Scored(e, s));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.item().periodEnd(), Comparator.reverseOrder())
                .thenComparingLong(s -> s.item().id()));
        return scored.stream().limit(query.limit()).map(Scored::item).toList();
    }

    private static long inside(EvidenceItem e, LocalDate from, LocalDate to) {
        LocalDate s = e.periodStart().isAfter(from) ? e.periodStart() : from;
        LocalDate t = e.periodEnd().isBefore(to) ? e.periodEnd() : to;
        return t.isBefore(s) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(s, t) + 1;
    }

    private static long length(EvidenceItem e) {
        return java.time.temporal.ChronoUnit.DAYS.between(e.periodStart(), e.periodEnd()) + 1;
    }

    @Override
    public List<EvidenceItem> series(String metric, Collection<Long> placeIds) {
        List<EvidenceItem> out = new ArrayList<>();
        for (Long placeId : placeIds) {
            for (EvidenceItem e : byPlace.getOrDefault(placeId, List.of())) {
                if (e.metric().equals(metric)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private Set<String> metricTrigrams(String metric) {
        return trigramCache.computeIfAbsent(metric, InMemoryEvidenceFinder::trigrams);
    }

    /** pg_trgm style: lower case, words padded with two spaces before and one after. */
    static Set<String> trigrams(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String p = "  " + w + " ";
            for (int i = 0; i + 3 <= p.length(); i++) {
                out.add(p.substring(i, i + 3));
            }
        }
        return out;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : a) {
            if (b.contains(t)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "and", "to", "for", "by", "on",
            "at", "is", "are", "was", "were", "has", "have", "had");

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /** A crude ts_rank: the share of query words found in the document, damped. */
    private static double rank(Set<String> queryWords, String document) {
        if (queryWords.isEmpty()) {
            return 0;
        }
        Set<String> doc = words(document);
        int hits = 0;
        for (String w : queryWords) {
            if (doc.contains(w)) {
                hits++;
            }
        }
        return 0.5 * hits / queryWords.size();
    }
}
