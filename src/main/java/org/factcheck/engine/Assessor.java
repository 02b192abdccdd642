package org.factcheck.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns one {@link ClaimFrame} into a rated {@link ClaimPart}: finds the evidence, compares the numbers (a level,
 * a change from two levels or a stored change, a rank over the peer series, a comparison), applies
 * {@link RatingRules}, and writes the explanation from what it used.
 */
final class Assessor {

    private static final MathContext MC = new MathContext(12);

    private final PlaceDirectory places;
    private final EvidenceSelector selector;
    private final RatingRules rules;
    private final EngineSettings settings;

    Assessor(PlaceDirectory places, EvidenceSelector selector, RatingRules rules, EngineSettings settings) {
        this.places = places;
        this.selector = selector;
        this.rules = rules;
        this.settings = settings;
    }

    /** Everything a part needs, filled in as the assessment goes. */
    private static final class Work {
        final ClaimFrame f;
        final String text;
        final int start;
        final int end;
        final List<EvidenceCitation> evidence = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        Rating rating = Rating.NOT_ENOUGH_EVIDENCE;
        String explanation = "";
        Comparison comparison;
        double match = 0.5;
        double margin = 1;
        String periodText;
        LocalDate periodStart;
        LocalDate periodEnd;
        PlaceInfo subject;
        boolean substitute;

        Work(ClaimFrame f, String text, int start, int end) {
            this.f = f;
            this.text = text;
            this.start = start;
            this.end = end;
        }
    }

    ClaimPart assess(ClaimFrame f, NormalisedText nt, ClaimContext ctx) {
        Work w = new Work(f, nt.originalSpan(f.start, f.end).trim(), nt.originalStart(f.start), nt.originalEnd(f.end));
        w.subject = f.place();
        if (f.period != null) {
            w.periodText = f.period.label();
            w.periodStart = f.period.from();
            w.periodEnd = f.period.to();
        }
        LocalDate statedOn = ctx == null ? null : ctx.statedOn();
        List<PlaceInfo> where = new ArrayList<>(f.places);
        if (f.kind == PartKind.RANK && f.place() != null) {
            where = new ArrayList<>(List.of(f.place()));
        }
        if (f.placeFromContext || f.places.isEmpty()) {
            for (String national : new String[] {"England and Wales", "England", "United Kingdom"}) {
                PlaceInfo p = places.byName(national);
                if (p != null && !where.contains(p) && (f.kind != PartKind.RANK || where.isEmpty())) {
                    where.add(p);
                }
            }
        }
        if (where.isEmpty()) {
            w.explanation = "No place the evidence store knows was recognised in '" + w.text
                    + "', so nothing could be looked up for " + describeMeasure(f) + ".";
            return finish(w);
        }
        List<EvidenceSelector.Selection> selections = selector.select(f, where);
        if (selections.isEmpty() || selections.get(0).score() < settings.minMetricScore()) {
            w.explanation = "Looked for " + describeMeasure(f) + " at " + names(where)
                    + (f.period != null ? " for " + f.period.label() : "")
                    + ": no stored statistic measures that, so the claim cannot be checked.";
            return finish(w);
        }
        double top = selections.get(0).score();
        Work first = null;
        Work fallback = null;
        int tried = 0;
        for (EvidenceSelector.Selection sel : selections) {
            if (sel.score() < settings.minMetricScore() || sel.score() < 0.5 * top || tried++ >= 6) {
                break;
            }
            Work attempt = new Work(f, w.text, w.start, w.end);
            attempt.periodText = w.periodText;
            attempt.periodStart = w.periodStart;
            attempt.periodEnd = w.periodEnd;
            run(attempt, sel, statedOn);
            if (attempt.rating.onScale() && !attempt.substitute) {
                return finish(attempt);
            }
            if (attempt.rating.onScale() && fallback == null) {
                fallback = attempt;
            }
            if (first == null) {
                first = attempt;
            }
        }
        return finish(fallback != null ? fallback : first != null ? first : w);
    }

    private void run(Work w, EvidenceSelector.Selection sel, LocalDate statedOn) {
        ClaimFrame f = w.f;
        w.subject = sel.place();
        w.match = Math.min(1, sel.score());
        if (!sel.measureFits()) {
            w.notes.add("The claim is about " + f.measure.phrase() + ", but the closest evidence ('" + sel.metric()
                    + "') is " + Measure.ofEvidenceUnit(sel.unit()).phrase() + ".");
        }
        switch (f.kind) {
            case RANK -> rank(w, sel, statedOn);
            case CHANGE -> change(w, sel, statedOn);
            case COMPARISON -> compare(w, sel, statedOn);
            default -> value(w, sel, statedOn);
        }
    }

    private ClaimPart finish(Work w) {
        ClaimFrame f = w.f;
        Quantity q = f.quantity;
        ClaimedQuantity claimed = new ClaimedQuantity(q == null ? null : q.value(),
                q == null ? null : q.unit().wireName(), q == null ? f.per : q.per(),
                q == null ? null : q.qualifier(), q == null ? null : q.precision(), q == null ? null : q.text(),
                w.periodText, w.periodStart, w.periodEnd, w.subject == null ? null : w.subject.name(),
                f.metricPhrase, f.direction == ClaimFrame.Direction.NONE ? null
                        : f.direction.name().toLowerCase(java.util.Locale.ROOT),
                f.kind == PartKind.RANK ? f.claimedRank : null,
                f.kind == PartKind.RANK && f.peerGroup != null ? f.peerGroup.label() : null,
                f.otherPlace == null ? null : f.otherPlace.name(),
                f.kind == PartKind.COMPARISON && f.secondPeriod != null ? f.secondPeriod.label() : null);
        double confidence = Confidence.of(w.rating, w.match, w.margin, !w.notes.isEmpty());
        return new ClaimPart(w.text, w.start, w.end, f.kind, w.rating, confidence, w.explanation, claimed,
                w.evidence, w.comparison, w.notes);
    }

    // ---------------------------------------------------------------- VALUE

    private void value(Work w, EvidenceSelector.Selection sel, LocalDate statedOn) {
        ClaimFrame f = w.f;
        List<EvidenceItem> series = selector.series(sel.metric(), sel.place());
        EvidenceSelector.Pick pick = EvidenceSelector.level(series, from(f.period), to(f.period, statedOn), statedOn);
        if (pick == null) {
            w.explanation = "'" + sel.metric() + "' is stored for " + sel.place().name()
                    + " only for periods after the claim was made, so it cannot be checked.";
            return;
        }
        EvidenceItem e = pick.item();
        if (staleForNow(w, e, statedOn)) {
            return;
        }
        if (f.quantity == null) {
            w.evidence.add(EvidenceCitation.of(e, EvidenceRole.CONTEXT));
            w.explanation = levelSentence(e) + " The claim gives no number to compare.";
            return;
        }
        Quantity q = f.quantity;
        RatingRules.Outcome o = rules.value(q.qualifier(), q.value().doubleValue(), q.precision().doubleValue(),
                e.value().doubleValue());
        Rating r = o.rating();
        w.margin = o.margin();
        w.comparison = comparison(e.value(), q.value(), o.distance(), null, null, null, null, null, "level");
        String periodNote = "";
        if (pick.substitute()) {
            w.substitute = true;
            periodNote = " The evidence is for " + e.periodLabel() + ", not " + f.period.label()
                    + ": it is the latest stored before the claim, so the rating is at best mostly true.";
            w.notes.add("Period mismatch: the claim is about " + f.period.label() + ", the evidence is for "
                    + e.periodLabel() + ".");
            r = r.cappedAt(Rating.MOSTLY_TRUE);
        }
        if (!sel.measureFits()) {
            if (r.positive()) {
                r = Rating.MISLEADING;
                w.explanation = levelSentence(e) + " The claim's number, " + Texts.claimed(q)
                        + ", matches this figure, but the claim presents it as " + f.measure.phrase()
                        + " while it is " + Measure.ofEvidenceUnit(e.unit()).phrase() + ", so it is misleading.";
            } else {
                r = Rating.NOT_ENOUGH_EVIDENCE;
                w.explanation = "Looked for " + describeMeasure(f) + " at " + sel.place().name()
                        + ": the only close evidence is '" + e.metric() + "' (" + Measure.ofEvidenceUnit(e.unit())
                        .phrase() + "), a different measure, so the claim cannot be checked. " + levelSentence(e);
            }
            w.evidence.add(EvidenceCitation.of(e, EvidenceRole.CONTEXT));
            w.rating = r;
            return;
        }
        w.rating = r;
        w.evidence.add(EvidenceCitation.of(e, r.positive() ? EvidenceRole.SUPPORTS : EvidenceRole.REFUTES));
        w.periodText = w.periodText == null ? e.periodLabel() + " (latest before the claim)" : w.periodText;
        w.explanation = levelSentence(e) + " The claim says " + quote(q) + verdictTail(r, o, e.value(), q)
                + periodNote;
    }

    /**
     * A claim about the present ("there are now ...") made more than two years after the newest stored figure
     * cannot be checked with it: the figure may have moved since. Without "now" the latest figure is used, with a
     * note, as before.
     */
    private static boolean staleForNow(Work w, EvidenceItem newest, LocalDate statedOn) {
        if (!w.f.saysNow || statedOn == null || !newest.periodEnd().plusYears(2).isBefore(statedOn)) {
            return false;
        }
        w.rating = Rating.NOT_ENOUGH_EVIDENCE;
        w.evidence.add(EvidenceCitation.of(newest, EvidenceRole.CONTEXT));
        w.explanation = "The claim speaks of the present (stated " + statedOn + "), but the newest stored figure is "
                + "for " + newest.periodLabel() + ", more than two years earlier, so it cannot be checked. "
                + levelSentence(newest);
        return true;
    }

    // ---------------------------------------------------------------- RANK

    private void rank(Work w, EvidenceSelector.Selection sel, LocalDate statedOn) {
        ClaimFrame f = w.f;
        PlaceInfo subject = sel.place();
        PeerGroup group = f.peerGroup != null ? f.peerGroup : defaultPeers(f, subject);
        if (group == PeerGroup.ENGLISH_LOCAL_AUTHORITIES && subject.kind().equals("local_authority")
                && subject.code() != null && subject.code().startsWith("W")) {
            group = PeerGroup.ENGLAND_AND_WALES_LOCAL_AUTHORITIES;
        }
        f.peerGroup = group;
        if (group == null || !group.contains(subject)) {
            w.explanation = subject.name() + " is not one of " + (group == null ? "a known peer group"
                    : "the " + group.label()) + ", so its rank cannot be checked.";
            return;
        }
        if (!sel.measureFits()) {
            w.explanation = "Looked for " + describeMeasure(f) + " for the " + group.label()
                    + ": the closest evidence, '" + sel.metric() + "', is " + Measure.ofEvidenceUnit(sel.unit())
                    .phrase() + ", a different measure, so the ranking cannot be checked.";
            return;
        }
        List<EvidenceItem> own = selector.series(sel.metric(), subject);
        EvidenceSelector.Pick pick = EvidenceSelector.level(own, from(f.period), to(f.period, statedOn), statedOn);
        if (pick == null) {
            w.explanation = "No '" + sel.metric() + "' for " + subject.name() + " before the claim was made.";
            return;
        }
        EvidenceItem mine = pick.item();
        if (staleForNow(w, mine, statedOn)) {
            return;
        }
        List<PlaceInfo> peers = places.peers(group);
        List<EvidenceItem> peerItems = new ArrayList<>();
        for (EvidenceItem e : selector.peerLevels(sel.metric(), peers, mine)) {
            if (e.periodStart().equals(mine.periodStart()) && e.periodEnd().equals(mine.periodEnd())
                    && peers.stream().anyMatch(p -> p.id() == e.placeId())
                    && peerItems.stream().noneMatch(x -> x.placeId() == e.placeId())) {
                peerItems.add(e);
            }
        }
        if (peerItems.size() < settings.peerCoverage() * peers.size()) {
            w.evidence.add(EvidenceCitation.of(mine, EvidenceRole.CONTEXT));
            w.explanation = "'" + mine.metric() + "' for " + mine.periodLabel() + " is stored for only "
                    + peerItems.size() + " of the " + peers.size() + " " + group.label()
                    + ", too few to rank " + subject.name() + ".";
            return;
        }
        boolean lowest = f.direction == ClaimFrame.Direction.LOWEST;
        Comparator<EvidenceItem> order = Comparator.comparing(EvidenceItem::value);
        peerItems.sort(lowest ? order : order.reversed());
        int rank = 1;
        for (EvidenceItem e : peerItems) {
            if (lowest ? e.value().compareTo(mine.value()) < 0 : e.value().compareTo(mine.value()) > 0) {
                rank++;
            }
        }
        int claimed = f.claimedRank;
        EvidenceItem atClaimed = peerItems.get(Math.min(claimed, peerItems.size()) - 1);
        boolean tie = f.quantity != null && f.quantity.unit() != Unit.MULTIPLE
                && atClaimed.value().subtract(mine.value()).abs().compareTo(f.quantity.precision()) <= 0;
        Rating r = rules.rank(claimed, rank, tie);
        if (pick.substitute()) {
            w.substitute = true;
            r = r.cappedAt(Rating.MOSTLY_TRUE);
            w.notes.add("Period mismatch: the claim is about " + f.period.label() + ", the ranking uses "
                    + mine.periodLabel() + ".");
        }
        w.rating = r;
        EvidenceItem next = rank == 1 && peerItems.size() > 1 ? peerItems.get(1) : peerItems.get(0);
        double gap = mine.value().signum() == 0 ? 0 : Math.abs(mine.value().subtract(next.value())
                .doubleValue() / mine.value().doubleValue());
        w.margin = r == Rating.TRUE ? gap : Math.abs(rank - claimed) / 10.0;
        w.comparison = new Comparison(mine.value(), f.quantity == null ? null : f.quantity.value(),
                null, null, null, rank, peerItems.size(), peers.size(), atClaimed.value(),
                atClaimed.place(), "rank over the peer series");
        w.evidence.add(EvidenceCitation.of(mine, r.positive() ? EvidenceRole.SUPPORTS : EvidenceRole.REFUTES));
        if (atClaimed.id() != mine.id()) {
            w.evidence.add(EvidenceCitation.of(atClaimed, r.positive() ? EvidenceRole.CONTEXT
                    : EvidenceRole.REFUTES));
        } else if (next.id() != mine.id()) {
            w.evidence.add(EvidenceCitation.of(next, EvidenceRole.CONTEXT));
        }
        w.periodText = mine.periodLabel();
        String cue = f.cue.isBlank() ? (lowest ? "lowest" : "highest") : f.cue;
        String position = claimed == 1 ? "" : " (claimed " + Texts.ordinal(claimed) + ")";
        String tail;
        if (r == Rating.TRUE) {
            tail = rank == 1 && peerItems.size() > 1 ? ": next is " + next.place() + " with "
                    + Texts.withUnit(next.value(), next.unit()) + "." : ".";
        } else {
            tail = ": " + atClaimed.place() + " had " + (lowest ? "less" : "more") + " ("
                    + Texts.withUnit(atClaimed.value(), atClaimed.unit()) + ")"
                    + (claimed == 1 ? "" : " in " + Texts.ordinal(claimed) + " place") + ".";
        }
        w.explanation = subject.name() + " had " + Texts.withUnit(mine.value(), mine.unit()) + " ("
                + mine.metric() + ") in " + mine.periodLabel() + " (" + Texts.source(mine) + "), "
                + Texts.ordinal(rank) + " of " + peerItems.size() + " " + group.label() + position + ", so '"
                + cue + "' is " + Texts.rating(r) + tail;
    }

    private PeerGroup defaultPeers(ClaimFrame f, PlaceInfo subject) {
        String seg = f.segmentLower;
        boolean inCountry = seg.matches(".*\\b(?:in|across) (?:the country|england|the uk|britain|"
                + "the nation)\\b.*") || seg.contains("nationally");
        return switch (subject.kind()) {
            case "borough" -> inCountry ? PeerGroup.ENGLISH_LOCAL_AUTHORITIES : PeerGroup.LONDON_BOROUGHS;
            case "city", "local_authority" -> PeerGroup.ENGLISH_LOCAL_AUTHORITIES;
            case "police_force" -> PeerGroup.POLICE_FORCES;
            case "region" -> PeerGroup.ENGLISH_REGIONS;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- CHANGE

    private void change(Work w, EvidenceSelector.Selection sel, LocalDate statedOn) {
        ClaimFrame f = w.f;
        Quantity q = f.quantity;
        List<EvidenceItem> series = selector.series(sel.metric(), sel.place());
        ClaimPeriod p = f.period;
        ClaimPeriod p2 = f.secondPeriod;
        if (p != null && p2 != null && p2 != p && p.from() != null && p2.from() != null
                && p2.from().isBefore(p.from())) {
            ClaimPeriod t = p; // "in January 2019 compared with January 2014": the earlier period is the start
            p = p2;
            p2 = t;
        }
        LocalDate claimedFrom = p == null ? null : p.from();
        EvidenceItem lastStored = series.stream().max(Comparator.comparing(EvidenceItem::periodEnd)).orElse(null);
        if (claimedFrom != null && lastStored != null && lastStored.periodEnd().isBefore(claimedFrom)) {
            w.evidence.add(EvidenceCitation.of(lastStored, EvidenceRole.CONTEXT));
            w.explanation = "'" + sel.metric() + "' for " + sel.place().name() + " is stored only up to "
                    + lastStored.periodLabel() + ", before the claimed period ('" + p.label()
                    + "') begins, so the change cannot be checked.";
            w.substitute = true;
            return;
        }
        if (sel.storedChange()) {
            storedChange(w, sel, series, statedOn);
            return;
        }
        if (series.size() < 2) {
            w.explanation = "Only one period of '" + sel.metric() + "' is stored for " + sel.place().name()
                    + ", so no change can be computed.";
            return;
        }
        LocalDate[] startWindow;
        LocalDate[] endWindow;
        if (p != null && p2 != null && p2 != p) {
            // "since 2010, according to the autumn 2017 count": the start year, then the stated end period
            LocalDate startTo = p.kind() == ClaimPeriod.Kind.SINCE || p.to() == null
                    ? windowEnd(p.from(), p2.to() == null ? latestDate(statedOn) : p2.to(), p.kind()) : p.to();
            startWindow = new LocalDate[] {p.from(), startTo};
            endWindow = new LocalDate[] {p2.from(), p2.to() == null ? latestDate(statedOn) : p2.to()};
        } else if (p != null && p.from() != null && p.to() != null && !p.isSpan()
                && p.kind() != ClaimPeriod.Kind.RANGE && p.kind() != ClaimPeriod.Kind.SINCE) {
            EvidenceItem end = selector.endpoint(series, p.from(), p.to(), false);
            EvidenceItem start = end == null ? null : previous(series, end);
            if (start != null) {
                startWindow = new LocalDate[] {start.periodStart(), start.periodEnd()};
                endWindow = new LocalDate[] {end.periodStart(), end.periodEnd()};
            } else {
                startWindow = new LocalDate[] {p.from(), p.from()};
                endWindow = new LocalDate[] {p.to(), p.to()};
            }
        } else if (p != null && p.from() != null) {
            LocalDate to = p.to() == null ? latestDate(statedOn) : p.to();
            startWindow = new LocalDate[] {p.from(), windowEnd(p.from(), to, p.kind())};
            endWindow = new LocalDate[] {windowStart(p.from(), to, p.kind()), to};
            if (p.kind() == ClaimPeriod.Kind.SINCE || p.kind() == ClaimPeriod.Kind.RELATIVE) {
                endWindow = new LocalDate[] {to.minusYears(1), to};
            }
            if (p.kind() == ClaimPeriod.Kind.RELATIVE) {
                startWindow = new LocalDate[] {p.from(), p.from()};
            }
        } else {
            EvidenceItem first = series.get(0);
            EvidenceItem last = EvidenceSelector.latestBy(series, statedOn);
            startWindow = new LocalDate[] {first.periodStart(), first.periodEnd()};
            endWindow = last == null ? new LocalDate[] {first.periodStart(), first.periodEnd()}
                    : new LocalDate[] {last.periodStart(), last.periodEnd()};
            w.notes.add("The claim gives no period: the change is measured from the earliest stored figure ("
                    + first.periodLabel() + ") to the latest before the claim"
                    + (last == null ? "" : " (" + last.periodLabel() + ")") + ".");
        }
        if (statedOn != null && endWindow[1].isAfter(statedOn) && !endWindow[0].isAfter(statedOn)) {
            endWindow[1] = statedOn;
        }
        EvidenceItem a = selector.endpoint(series, startWindow[0], startWindow[1], true);
        EvidenceItem b = selector.endpoint(series, endWindow[0], endWindow[1], false);
        if (a == null || b == null || a.id() == b.id() || !a.periodEnd().isBefore(b.periodEnd())) {
            w.explanation = "'" + sel.metric() + "' for " + sel.place().name() + " is stored for "
                    + series.get(0).periodLabel() + " to " + series.get(series.size() - 1).periodLabel()
                    + ", which does not cover " + (p == null ? "the claimed change" : "'" + p.label() + "'")
                    + ", so the change cannot be computed.";
            w.evidence.add(EvidenceCitation.of(series.get(0), EvidenceRole.CONTEXT));
            return;
        }
        w.periodText = a.periodLabel() + " to " + b.periodLabel();
        w.periodStart = a.periodStart();
        w.periodEnd = b.periodEnd();
        BigDecimal diff = b.value().subtract(a.value());
        boolean up = diff.signum() > 0;
        boolean claimedUp = f.direction == ClaimFrame.Direction.UP;
        String levels = sel.place().name() + ": " + a.metric() + " was " + Texts.withUnit(a.value(), a.unit())
                + " in " + a.periodLabel() + " and " + Texts.withUnit(b.value(), b.unit()) + " in " + b.periodLabel()
                + " (" + Texts.source(b) + ")";
        if (f.toQuantity != null && q != null) {
            fromTo(w, a, b, levels);
            return;
        }
        if (!sel.measureFits() && (q == null || f.per != null || q.unit() != Unit.PERCENT
                && q.unit() != Unit.MULTIPLE)) {
            w.evidence.add(EvidenceCitation.of(a, EvidenceRole.CONTEXT));
            w.evidence.add(EvidenceCitation.of(b, EvidenceRole.CONTEXT));
            w.explanation = "Looked for a change in " + describeMeasure(f) + ": the closest evidence, '"
                    + sel.metric() + "', is a different measure, so the claim cannot be checked.";
            return;
        }
        if (diff.signum() != 0 && up != claimedUp) {
            w.rating = Rating.FALSE;
            w.margin = 1;
            cite(w, a, b, Rating.FALSE);
            w.comparison = comparison(diff, q == null ? null : q.value(), null, null, null, null, null, null,
                    "change from two levels");
            w.explanation = levels + ": it " + (up ? "rose" : "fell") + " by "
                    + Texts.withUnit(diff.abs(), a.unit()) + ", so a claimed " + (claimedUp ? "rise" : "fall")
                    + " is false.";
            return;
        }
        if (q == null) {
            Rating r = diff.signum() == 0 ? Rating.FALSE : Rating.TRUE;
            w.rating = r;
            cite(w, a, b, r);
            w.comparison = comparison(diff, null, null, null, null, null, null, null, "change from two levels");
            w.explanation = levels + ": it " + (up ? "rose" : diff.signum() == 0 ? "did not change" : "fell")
                    + (diff.signum() == 0 ? "" : " by " + Texts.withUnit(diff.abs(), a.unit())) + ", so the claim is "
                    + Texts.rating(r) + ".";
            return;
        }
        BigDecimal actual;
        String basis;
        if (q.unit() == Unit.MULTIPLE) {
            actual = b.value().divide(a.value(), MC);
            basis = "ratio of two levels";
        } else if (q.unit() == Unit.PERCENT) {
            actual = diff.abs().multiply(BigDecimal.valueOf(100)).divide(a.value().abs(), MC);
            basis = "relative change from two levels (per cent)";
        } else {
            actual = diff.abs();
            basis = "change from two levels";
        }
        Qualifier qualifier = q.qualifier();
        if (q.unit() == Unit.MULTIPLE && q.value().compareTo(BigDecimal.ONE) < 0) {
            // "more than halved" is a ratio below a half: for a shrinking ratio the bounds turn round
            qualifier = switch (qualifier) {
                case MORE_THAN -> Qualifier.LESS_THAN;
                case AT_LEAST -> Qualifier.AT_MOST;
                case LESS_THAN -> Qualifier.MORE_THAN;
                case AT_MOST -> Qualifier.AT_LEAST;
                default -> qualifier;
            };
        }
        RatingRules.Outcome o = rules.value(qualifier, q.value().doubleValue(), q.precision().doubleValue(),
                actual.doubleValue());
        w.rating = o.rating();
        w.margin = o.margin();
        cite(w, a, b, o.rating());
        BigDecimal shown = actual.setScale(actual.abs().compareTo(BigDecimal.TEN) < 0 ? 2 : 1, RoundingMode.HALF_UP);
        w.comparison = comparison(shown, q.value(), o.distance(), null, null, null, null, null, basis);
        String size = q.unit() == Unit.MULTIPLE ? Texts.number(actual.setScale(2, RoundingMode.HALF_UP)) + " times"
                : q.unit() == Unit.PERCENT ? Texts.number(shown) + "%"
                : q.unit() == Unit.PERCENTAGE_POINTS ? Texts.number(actual) + " percentage points"
                : Texts.withUnit(actual, a.unit());
        w.explanation = levels + ": a " + (up ? "rise" : "fall") + " of " + size + ". The claim says " + quote(q)
                + verdictTail(o.rating(), o, shown, q);
    }

    private void fromTo(Work w, EvidenceItem a, EvidenceItem b, String levels) {
        Quantity q = w.f.quantity;
        Quantity q2 = w.f.toQuantity;
        RatingRules.Outcome o1 = rules.value(q.qualifier(), q.value().doubleValue(), q.precision().doubleValue(),
                a.value().doubleValue());
        RatingRules.Outcome o2 = rules.value(q2.qualifier(), q2.value().doubleValue(), q2.precision().doubleValue(),
                b.value().doubleValue());
        Rating r = o1.rating().worse(o2.rating());
        boolean up = b.value().compareTo(a.value()) > 0;
        if (up != (w.f.direction == ClaimFrame.Direction.UP) && b.value().compareTo(a.value()) != 0) {
            r = Rating.FALSE;
        }
        w.rating = r;
        w.margin = Math.min(o1.margin(), o2.margin());
        cite(w, a, b, r);
        w.comparison = comparison(b.value().subtract(a.value()), q2.value().subtract(q.value()),
                Math.max(o1.distance(), o2.distance()), null, null, null, null, null, "two levels");
        w.explanation = levels + ". The claim says " + quote(q) + " then " + quote(q2) + ", so it is "
                + Texts.rating(r) + ".";
    }

    private void storedChange(Work w, EvidenceSelector.Selection sel, List<EvidenceItem> series, LocalDate statedOn) {
        ClaimFrame f = w.f;
        Quantity q = f.quantity;
        EvidenceSelector.Pick pick = EvidenceSelector.level(series, from(f.period), to(f.period, statedOn), statedOn);
        if (pick == null) {
            w.explanation = "'" + sel.metric() + "' is not stored before the claim was made.";
            return;
        }
        EvidenceItem e = pick.item();
        boolean recordUp = e.metric().toLowerCase().matches(".*\\b(?:increase|rise|growth)\\b.*");
        boolean claimedUp = f.direction == ClaimFrame.Direction.UP;
        w.periodText = e.periodLabel();
        String level = sel.place().name() + ": " + e.metric() + ", " + e.periodLabel() + ": "
                + Texts.withUnit(e.value(), e.unit()) + " (" + Texts.source(e) + ")";
        if (recordUp != claimedUp) {
            w.rating = Rating.FALSE;
            w.evidence.add(EvidenceCitation.of(e, EvidenceRole.REFUTES));
            w.explanation = level + ", a " + (recordUp ? "rise" : "fall") + ", so a claimed "
                    + (claimedUp ? "rise" : "fall") + " is false.";
            return;
        }
        if (q == null) {
            w.rating = Rating.TRUE;
            w.evidence.add(EvidenceCitation.of(e, EvidenceRole.SUPPORTS));
            w.explanation = level + ", so the claimed " + (claimedUp ? "rise" : "fall") + " is true.";
            return;
        }
        Measure claimMeasure = switch (q.unit()) {
            case PERCENT -> Measure.SHARE;
            case GBP -> Measure.MONEY;
            case COUNT -> Measure.COUNT;
            default -> Measure.UNKNOWN;
        };
        if (claimMeasure != Measure.ofEvidenceUnit(e.unit())) {
            w.evidence.add(EvidenceCitation.of(e, EvidenceRole.CONTEXT));
            w.notes.add("The claim states the change as " + claimMeasure.phrase() + ", the stored change is "
                    + Measure.ofEvidenceUnit(e.unit()).phrase() + ".");
            w.explanation = "Looked for a change in " + describeMeasure(f) + " stated as " + Texts.claimed(q)
                    + ": the stored change (" + level + ") is a different measure, so the claim cannot be checked.";
            return;
        }
        RatingRules.Outcome o = rules.value(q.qualifier(), q.value().doubleValue(), q.precision().doubleValue(),
                e.value().doubleValue());
        Rating r = o.rating();
        if (pick.substitute()) {
            w.substitute = true;
            r = r.cappedAt(Rating.MOSTLY_TRUE);
            w.notes.add("Period mismatch: the claim is about " + f.period.label() + ", the stored change covers "
                    + e.periodLabel() + ".");
        }
        w.rating = r;
        w.margin = o.margin();
        w.evidence.add(EvidenceCitation.of(e, r.positive() ? EvidenceRole.SUPPORTS : EvidenceRole.REFUTES));
        w.comparison = comparison(e.value(), q.value(), o.distance(), null, null, null, null, null, "stored change");
        w.explanation = level + ". The claim says " + quote(q) + verdictTail(r, o, e.value(), q);
    }

    /** The record about a year before this one: the period a one-period change ("last year") is measured from. */
    private static EvidenceItem previous(List<EvidenceItem> series, EvidenceItem end) {
        LocalDate target = end.periodStart().minusYears(1);
        EvidenceItem best = null;
        long bestGap = Long.MAX_VALUE;
        for (EvidenceItem e : series) {
            if (!e.periodEnd().isBefore(end.periodStart())) {
                continue;
            }
            long gap = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(target, e.periodStart()));
            if (gap < bestGap) {
                best = e;
                bestGap = gap;
            }
        }
        return bestGap > 400 ? null : best;
    }

    private static void cite(Work w, EvidenceItem a, EvidenceItem b, Rating r) {
        EvidenceRole role = r.positive() ? EvidenceRole.SUPPORTS : r.onScale() ? EvidenceRole.REFUTES
                : EvidenceRole.CONTEXT;
        w.evidence.add(EvidenceCitation.of(a, role));
        w.evidence.add(EvidenceCitation.of(b, role));
    }

    private static LocalDate windowEnd(LocalDate from, LocalDate to, ClaimPeriod.Kind kind) {
        LocalDate end = from.getDayOfMonth() == 1 && (from.getMonthValue() == 1 || from.getMonthValue() == 4)
                && kind != ClaimPeriod.Kind.MONTH ? from.plusYears(1).minusDays(1)
                : from.withDayOfMonth(from.lengthOfMonth());
        return end.isAfter(to) ? to : end;
    }

    private static LocalDate windowStart(LocalDate from, LocalDate to, ClaimPeriod.Kind kind) {
        boolean yearEnd = to.getMonthValue() == 12 && to.getDayOfMonth() == 31
                || to.getMonthValue() == 3 && to.getDayOfMonth() == 31;
        LocalDate start = yearEnd ? to.minusYears(1).plusDays(1) : to.withDayOfMonth(1);
        return start.isBefore(from) ? from : start;
    }

    private static LocalDate latestDate(LocalDate statedOn) {
        return statedOn == null ? LocalDate.of(9999, 12, 31) : statedOn;
    }

    // ---------------------------------------------------------------- COMPARISON

    private void compare(Work w, EvidenceSelector.Selection sel, LocalDate statedOn) {
        ClaimFrame f = w.f;
        List<EvidenceItem> mineSeries = selector.series(sel.metric(), sel.place());
        EvidenceItem mine;
        EvidenceItem other;
        String otherName;
        if (f.otherTerms != null && f.otherPlace == null) {
            EvidenceSelector.Pick pick = EvidenceSelector.level(mineSeries, from(f.period), to(f.period, statedOn),
                    statedOn);
            EvidenceSelector.Selection theirs = selector.otherMeasure(f, sel);
            if (pick == null || theirs == null) {
                w.explanation = "Looked for both measures compared at " + sel.place().name()
                        + ": one of them is not stored, so the comparison cannot be checked.";
                return;
            }
            mine = pick.item();
            other = null;
            for (EvidenceItem e : selector.series(theirs.metric(), sel.place())) {
                if (e.periodStart().equals(mine.periodStart()) && e.periodEnd().equals(mine.periodEnd())) {
                    other = e;
                }
            }
            if (other == null) {
                w.explanation = "'" + theirs.metric() + "' is not stored for " + mine.periodLabel()
                        + ", so the comparison cannot be checked.";
                return;
            }
            otherName = "(" + other.metric() + ")";
        } else if (f.otherPlace != null) {
            EvidenceSelector.Pick pick = EvidenceSelector.level(mineSeries, from(f.period), to(f.period, statedOn),
                    statedOn);
            if (pick == null) {
                w.explanation = "No '" + sel.metric() + "' for " + sel.place().name() + " before the claim.";
                return;
            }
            mine = pick.item();
            other = null;
            for (EvidenceItem e : selector.series(sel.metric(), f.otherPlace)) {
                if (e.periodStart().equals(mine.periodStart()) && e.periodEnd().equals(mine.periodEnd())) {
                    other = e;
                }
            }
            otherName = f.otherPlace.name();
            if (other == null) {
                w.evidence.add(EvidenceCitation.of(mine, EvidenceRole.CONTEXT));
                w.explanation = "'" + mine.metric() + "' for " + mine.periodLabel() + " is stored for "
                        + sel.place().name() + " but not for " + otherName + ", so the comparison cannot be checked.";
                return;
            }
            if (pick.substitute()) {
                w.substitute = true;
                w.notes.add("Period mismatch: the claim is about " + f.period.label() + ", the evidence is for "
                        + mine.periodLabel() + ".");
            }
        } else {
            ClaimPeriod p1 = f.period;
            ClaimPeriod p2 = f.secondPeriod;
            EvidenceSelector.Pick a = EvidenceSelector.level(mineSeries, from(p1), to(p1, statedOn), statedOn);
            EvidenceSelector.Pick b = EvidenceSelector.level(mineSeries, from(p2), to(p2, statedOn), statedOn);
            if (a == null || b == null || a.substitute() || b.substitute() || a.item().id() == b.item().id()) {
                w.explanation = "'" + sel.metric() + "' for " + sel.place().name()
                        + " is not stored for both periods compared, so the comparison cannot be checked.";
                return;
            }
            mine = a.item();
            other = b.item();
            otherName = other.periodLabel();
        }
        if (!sel.measureFits()) {
            w.evidence.add(EvidenceCitation.of(mine, EvidenceRole.CONTEXT));
            w.explanation = "Looked for " + describeMeasure(f) + ": the closest evidence, '" + sel.metric()
                    + "', is a different measure, so the comparison cannot be checked.";
            return;
        }
        boolean more = f.direction != ClaimFrame.Direction.LESS;
        int cmp = mine.value().compareTo(other.value());
        boolean right = more ? cmp > 0 : cmp < 0;
        BigDecimal diff = mine.value().subtract(other.value());
        BigDecimal rel = other.value().signum() == 0 ? null : diff.divide(other.value().abs(), MC);
        Quantity q = f.quantity;
        Rating r = rules.direction(right);
        String size = "";
        Double distance = null;
        if (right && q != null && (q.unit() == Unit.MULTIPLE || q.unit() == Unit.PERCENT)
                && other.value().signum() != 0) {
            BigDecimal actual = q.unit() == Unit.MULTIPLE ? mine.value().divide(other.value(), MC)
                    : diff.abs().multiply(BigDecimal.valueOf(100)).divide(other.value().abs(), MC);
            RatingRules.Outcome o = rules.value(q.qualifier(), q.value().doubleValue(), q.precision().doubleValue(),
                    actual.doubleValue());
            r = o.rating();
            w.margin = o.margin();
            distance = o.distance();
            size = " (" + (q.unit() == Unit.MULTIPLE ? Texts.number(actual.setScale(2, RoundingMode.HALF_UP))
                    + " times" : Texts.number(actual.setScale(1, RoundingMode.HALF_UP)) + "% "
                    + (more ? "more" : "less")) + "; the claim says " + quote(q).replace(".", "") + ")";
        } else {
            w.margin = rel == null ? 1 : Math.abs(rel.doubleValue());
        }
        w.rating = r;
        w.evidence.add(EvidenceCitation.of(mine, r.positive() ? EvidenceRole.SUPPORTS : EvidenceRole.REFUTES));
        w.evidence.add(EvidenceCitation.of(other, r.positive() ? EvidenceRole.SUPPORTS : EvidenceRole.REFUTES));
        w.comparison = new Comparison(mine.value(), q == null ? null : q.value(), diff, rel == null ? null
                : rel.setScale(4, RoundingMode.HALF_UP), distance, null, null, null, other.value(),
                f.otherPlace == null ? null : f.otherPlace.name(), f.otherPlace != null ? "comparison of two places"
                : f.otherTerms != null ? "comparison of two measures" : "comparison of two periods");
        String subjectText = f.otherPlace == null ? sel.place().name() + " in " + mine.periodLabel()
                : sel.place().name();
        String otherText = f.otherTerms != null && f.otherPlace == null ? otherName
                : f.otherPlace == null ? "in " + other.periodLabel() : otherName;
        w.periodText = mine.periodLabel();
        w.explanation = subjectText + " had " + Texts.withUnit(mine.value(), mine.unit()) + " (" + mine.metric()
                + (f.otherPlace != null ? ", " + mine.periodLabel() : "") + ", " + Texts.source(mine) + ") against "
                + Texts.withUnit(other.value(), other.unit()) + " " + otherText + size + ", so '" + f.cue.trim()
                + (f.cue.isBlank() ? (more ? "more" : "less") : "") + "' is " + Texts.rating(r) + ".";
    }

    // ---------------------------------------------------------------- helpers

    private static LocalDate from(ClaimPeriod p) {
        return p == null ? null : p.from();
    }

    private static LocalDate to(ClaimPeriod p, LocalDate statedOn) {
        if (p == null) {
            return null;
        }
        return p.to() == null ? latestDate(statedOn) : p.to();
    }

    private static Comparison comparison(BigDecimal actual, BigDecimal claimed, Double distance, Integer rank,
            Integer peers, Integer groupSize, BigDecimal other, String otherPlace, String basis) {
        BigDecimal diff = actual != null && claimed != null ? actual.subtract(claimed) : null;
        BigDecimal rel = diff != null && claimed.signum() != 0
                ? diff.divide(claimed.abs(), MC).setScale(4, RoundingMode.HALF_UP) : null;
        return new Comparison(actual, claimed, diff, rel, distance, rank, peers, groupSize, other, otherPlace, basis);
    }

    private static String levelSentence(EvidenceItem e) {
        return e.place() + " had " + Texts.withUnit(e.value(), e.unit()) + " (" + e.metric() + ") in "
                + e.periodLabel() + " (" + Texts.source(e) + ").";
    }

    private static String quote(Quantity q) {
        return "'" + q.text() + "'";
    }

    private String verdictTail(Rating r, RatingRules.Outcome o, BigDecimal actual, Quantity q) {
        if (r == Rating.TRUE) {
            return ", which the figure bears out, so the claim is true.";
        }
        String miss = Texts.percent(o.distance());
        return ", which the figure misses by " + miss + " of the claimed " + Texts.claimed(q).trim()
                + ", so the claim is " + Texts.rating(r) + ".";
    }

    private static String describeMeasure(ClaimFrame f) {
        String m = f.metricPhrase.isBlank() ? "the measure claimed" : "'" + f.metricPhrase + "'";
        if ("head".equals(f.per)) {
            m += " per head";
        } else if ("1000".equals(f.per)) {
            m += " per 1,000 people";
        }
        return m;
    }

    private static String names(List<PlaceInfo> ps) {
        return String.join(", ", ps.stream().map(PlaceInfo::name).toList());
    }
}
