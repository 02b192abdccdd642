package org.factcheck.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the evidence for a frame through the {@link EvidenceFinder} port: a bounded candidate list at the frame's
 * places, then the engine's own scoring of metric fit (words, synonyms), measure fit (total, share, money, rate) and
 * period fit; then the record for a period.
 */
final class EvidenceSelector {

    /** The chosen metric at a place, with how well it fits. */
    record Selection(String metric, PlaceInfo place, double score, boolean measureFits, String unit,
            boolean storedChange) {
    }

    /** A record chosen for a period; substitute when it does not cover the claimed period. */
    record Pick(EvidenceItem item, boolean substitute) {
    }

    static final Pattern CHANGE_METRIC = Pattern.compile(
            "(?i)\\b(?:reduction|increase|change|savings|cut|fall|lost|loss|shortfall)\\b");
    private static final Pattern CHANGE_WORDS = Pattern.compile(
            "\\b(?:reduction|reductions|reduced|increase|increased|savings?|saved|cut|cuts|shortfall|lost|fallen|fell)\\b");

    private final EvidenceFinder finder;
    private final EngineSettings settings;

    EvidenceSelector(EvidenceFinder finder, EngineSettings settings) {
        this.finder = finder;
        this.settings = settings;
    }

    /** The metrics that fit the frame at these places, best first (at most eight). */
    List<Selection> select(ClaimFrame f, List<PlaceInfo> where) {
        if (where.isEmpty() || f.terms == null || f.terms.isEmpty()) {
            return List.of();
        }
        // one round trip: the best-fitting record of every metric stored at these places, most similar first
        LocalDate from = f.period == null ? null : f.period.from();
        LocalDate to = f.period == null || from == null ? null : f.period.to();
        List<EvidenceItem> found = finder.metrics(new EvidenceQuery(where.stream().map(PlaceInfo::id).toList(),
                searchText(f), from, to, settings.candidateLimit() * where.size()));
        Map<String, Selection> best = new LinkedHashMap<>();
        boolean claimSaysChange = CHANGE_WORDS.matcher(f.segmentLower).find();
        LocalDate newest = found.stream().map(EvidenceItem::periodEnd).max(Comparator.naturalOrder()).orElse(null);
        for (EvidenceItem e : found) {
            String key = e.metric() + "@" + e.placeId();
            if (best.containsKey(key)) {
                continue;
            }
            double s = MetricMatcher.score(f.terms, e.metric());
            if (s <= 0 || !MetricMatcher.countsWhatMetricCounts(f.countedWords, e.metric())) {
                continue;
            }
            boolean fits = measureFits(f, e.unit());
            boolean stored = CHANGE_METRIC.matcher(e.metric()).find();
            if (!fits) {
                s *= 0.6;
            }
            if (stored && f.kind != PartKind.CHANGE && !claimSaysChange) {
                s *= 0.6;
            }
            if (from != null) {
                long inside = overlapDays(e, from, to == null ? LocalDate.of(9999, 12, 31) : to);
                long length = ChronoUnit.DAYS.between(e.periodStart(), e.periodEnd()) + 1;
                s *= inside > 0 ? 0.7 + 0.3 * inside / (double) length : 0.6;
            }
            if (from == null && f.kind != PartKind.CHANGE && newest != null) {
                // no period stated: the claim speaks of the latest figures, so of two fitting measures the one
                // still published wins ("more residents" in 2019: the mid-year estimates, not the 2011 Census)
                double years = ChronoUnit.DAYS.between(e.periodEnd(), newest) / 365.25;
                s *= 1.0 - Math.min(0.25, 0.025 * years);
            }
            s *= countingBasis(f.segmentLower, e.metric());
            if (e.metric().toLowerCase().contains("in month") && (f.period == null
                    || f.period.kind() != ClaimPeriod.Kind.MONTH)) {
                s *= 0.8;
            }
            int order = 0;
            PlaceInfo place = null;
            for (int i = 0; i < where.size(); i++) {
                if (where.get(i).id() == e.placeId()) {
                    order = i;
                    place = where.get(i);
                }
            }
            s *= 1.0 - 0.03 * order;
            if (place != null) {
                best.put(key, new Selection(e.metric(), place, s, fits, e.unit(), stored));
            }
        }
        // ties broken by name, so the order does not depend on the order the store returned the rows in
        return best.values().stream().sorted(Comparator.comparingDouble(Selection::score).reversed()
                .thenComparing(Selection::metric)).limit(8).toList();
    }

    /**
     * The other side of a comparison of two measures at one place ("more Hindus than Sikhs"): the best metric for
     * the other measure, of the same kind of measure as the first side's, or null.
     */
    Selection otherMeasure(ClaimFrame f, Selection first) {
        ClaimFrame g = new ClaimFrame();
        g.kind = f.kind;
        g.segmentLower = f.segmentLower;
        g.terms = f.otherTerms;
        g.metricPhrase = String.join(" ", f.otherTerms.own());
        g.measure = f.measure;
        g.period = f.period;
        for (Selection s : select(g, List.of(first.place()))) {
            if (!s.metric().equals(first.metric()) && s.score() >= settings.minMetricScore()
                    && Measure.ofEvidenceUnit(s.unit()) == Measure.ofEvidenceUnit(first.unit())) {
                return s;
            }
        }
        return null;
    }

    /** The words the store ranks metrics by: the expanded measure words, then the claim's own phrase. */
    static String searchText(ClaimFrame f) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>(List.of(f.terms.query().split(" ")));
        for (String w : f.metricPhrase.split("[^a-z0-9%]+")) {
            if (w.length() > 2) {
                words.add(w);
            }
        }
        return String.join(" ", words).trim();
    }

    private static final Pattern FTE_CLAIM = Pattern.compile("\\b(?:full[- ]time[- ]equivalents?|ftes?)\\b");
    private static final Pattern HEADCOUNT_CLAIM = Pattern.compile("\\bhead ?counts?\\b");

    /**
     * Workforce counts are published as full-time equivalents and as headcounts: the one the claim names wins; with
     * neither named, the full-time equivalent (the headline figure) does.
     */
    static double countingBasis(String claimLower, String metric) {
        String m = metric.toLowerCase(java.util.Locale.ROOT);
        boolean fte = m.contains("(fte)");
        boolean headcount = m.contains("headcount");
        if (!fte && !headcount) {
            return 1.0;
        }
        boolean saysHeadcount = HEADCOUNT_CLAIM.matcher(claimLower).find();
        boolean saysFte = FTE_CLAIM.matcher(claimLower).find();
        if (saysHeadcount) {
            return headcount ? 1.0 : 0.97;
        }
        return fte || saysFte && !headcount ? 1.0 : 0.97;
    }

    /** Whether an evidence unit measures what the claim measures. */
    static boolean measureFits(ClaimFrame f, String unit) {
        Measure em = Measure.ofEvidenceUnit(unit);
        return switch (f.measure) {
            case UNKNOWN -> !f.rateWord || em == Measure.SHARE || em == Measure.PER_1000 || em == Measure.PER_HEAD;
            case SHARE -> em == Measure.SHARE;
            case COUNT -> em == Measure.COUNT;
            case MONEY -> em == Measure.MONEY;
            case PER_HEAD -> em == Measure.PER_HEAD;
            case PER_1000 -> em == Measure.PER_1000;
            case YEARS -> em == Measure.YEARS;
            default -> true;
        };
    }

    List<EvidenceItem> series(String metric, PlaceInfo place) {
        List<EvidenceItem> s = new ArrayList<>(finder.series(metric, List.of(place.id())));
        s.removeIf(e -> e.placeId() != place.id());
        s.sort(Comparator.comparing(EvidenceItem::periodEnd).thenComparing(EvidenceItem::periodStart));
        return s;
    }

    /** The peers' records of this metric for exactly the period of {@code mine}: what a rank compares. */
    List<EvidenceItem> peerLevels(String metric, List<PlaceInfo> peers, EvidenceItem mine) {
        return finder.level(metric, peers.stream().map(PlaceInfo::id).toList(), mine.periodStart(),
                mine.periodEnd());
    }

    /**
     * The record for a level claim: the one covering most of the claimed period; with no period (or none covering
     * it) the latest on or before the statement date (or the latest when it is unknown).
     */
    static Pick level(List<EvidenceItem> series, LocalDate from, LocalDate to, LocalDate statedOn) {
        if (series.isEmpty()) {
            return null;
        }
        if (from != null && to != null) {
            EvidenceItem bestItem = null;
            long bestOverlap = -1;
            for (EvidenceItem e : series) {
                long overlap = overlapDays(e, from, to);
                if (overlap > 0 && (overlap > bestOverlap || overlap == bestOverlap
                        && e.periodEnd().isAfter(bestItem.periodEnd()))) {
                    bestItem = e;
                    bestOverlap = overlap;
                }
            }
            if (bestItem != null) {
                return new Pick(bestItem, false);
            }
        }
        EvidenceItem latest = latestBy(series, statedOn);
        if (latest == null) {
            return null;
        }
        return new Pick(latest, from != null);
    }

    static EvidenceItem latestBy(List<EvidenceItem> series, LocalDate date) {
        EvidenceItem ended = latestEndedBy(series, date);
        if (ended != null || date == null) {
            return ended;
        }
        EvidenceItem current = null;
        for (EvidenceItem e : series) {
            if (!e.periodStart().isAfter(date) && (current == null || e.periodEnd().isAfter(current.periodEnd()))) {
                current = e;
            }
        }
        return current;
    }

    private static EvidenceItem latestEndedBy(List<EvidenceItem> series, LocalDate date) {
        EvidenceItem latest = null;
        for (EvidenceItem e : series) {
            if (date == null || !e.periodEnd().isAfter(date)) {
                if (latest == null || e.periodEnd().isAfter(latest.periodEnd())) {
                    latest = e;
                }
            }
        }
        return latest;
    }

    static long overlapDays(EvidenceItem e, LocalDate from, LocalDate to) {
        LocalDate s = e.periodStart().isAfter(from) ? e.periodStart() : from;
        LocalDate t = e.periodEnd().isBefore(to) ? e.periodEnd() : to;
        return t.isBefore(s) ? 0 : ChronoUnit.DAYS.between(s, t) + 1;
    }

    /**
     * The record for one end of a change: among the records overlapping the window, the earliest (for a start) or
     * the latest (for an end); otherwise the record nearest the window, if within the allowed gap.
     */
    EvidenceItem endpoint(List<EvidenceItem> series, LocalDate from, LocalDate to, boolean first) {
        EvidenceItem best = null;
        for (int pass = 0; pass < 2 && best == null; pass++) {
            for (EvidenceItem e : series) {
                // first pass: records wholly after the start (for a start) or ended by the end (for an end)
                boolean inside = first ? !e.periodStart().isBefore(from) : !e.periodEnd().isAfter(to);
                if (overlapDays(e, from, to) > 0 && (pass == 1 || inside)) {
                    if (best == null || (first ? e.periodStart().isBefore(best.periodStart())
                            : e.periodEnd().isAfter(best.periodEnd()))) {
                        best = e;
                    }
                }
            }
        }
        if (best != null) {
            return best;
        }
        LocalDate target = first ? from : to;
        long bestGap = Long.MAX_VALUE;
        for (EvidenceItem e : series) {
            if (!first && e.periodStart().isAfter(to)) {
                continue;
            }
            long gap = Math.min(Math.abs(ChronoUnit.DAYS.between(target, e.periodStart())),
                    Math.abs(ChronoUnit.DAYS.between(target, e.periodEnd())));
            if (gap < bestGap) {
                best = e;
                bestGap = gap;
            }
        }
        return bestGap > settings.maxPeriodGapDays() ? null : best;
    }
}
