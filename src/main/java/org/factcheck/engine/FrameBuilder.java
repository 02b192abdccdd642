package org.factcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a claim into asserted facts (compounds joined by and / but / while / ;) and reads each into a
 * {@link ClaimFrame}: kind, places, measure words, quantity, period, direction, peer group.
 */
final class FrameBuilder {

    // per-claim regular expressions, compiled once
    private static final Pattern HINDSIGHT = Pattern.compile(".*\\b(?:would have|could have|will have been)\\b.*");
    private static final Pattern RATIO = Pattern.compile(".*\\b(?:twice|double|treble|triple|times) (?:as|the|that)\\b.*");
    private static final Pattern THAN_WORD = Pattern.compile(".*\\bthan\\b.*");
    private static final Pattern COMPARED_FULL = Pattern.compile(".*\\b(?:than|level|as in|as it was|the \\d{4})\\b.*");
    private static final Pattern COMPARED_SEG = Pattern.compile(".*\\b(?:than|level|as in|as it was)\\b.*");
    private static final Pattern MULTIPLE_WORD = Pattern.compile("\\b(?:twice|double|treble|triple|times)\\b");
    private static final Pattern COUNTED_TOKEN = Pattern.compile("[a-z][a-z'-]*|[.,;:!?()]");

    /** The frames of a text, or why it is not a checkable claim. */
    record Parsed(List<ClaimFrame> frames, boolean checkable, String reason) {
    }

    private record Span(int start, int end) {
    }

    private record PeerMention(PeerGroup group, int start, int end) {
    }

    private static final Pattern SPLIT = Pattern.compile(
            "\\s*;\\s*|,?\\s+(?:and|but|while|whilst|whereas|although|though|yet)\\s+|,\\s+(?=and\\b)|,\\s+with\\s+");
    private static final Pattern PER = Pattern.compile(
            "\\b(?:per|for every|in every|for each|a|every)\\s+(?<d>head|person|capita|resident|inhabitant|citizen|londoner"
                    + "|1,000|1000|thousand|100,000|100000|one thousand)(?:\\s+(?:people|population|residents|"
                    + "inhabitants|persons|of (?:the )?population))?\\b");
    private static final Pattern PEERS = Pattern.compile(
            "\\b(?:the\\s+)?(?:(?:\\d+|all|thirty-two|forty-three)\\s+)?(?:"
                    + "(?<ew>(?:local authorit(?:y|ies)|councils?|council areas?|areas?|districts?) in england and wales)"
                    + "|(?<lb>london boroughs?|boroughs? (?:in|of) london|(?:boroughs?|councils?) in the capital"
                    + "|london councils?|capital's boroughs)"
                    + "|(?<en>english (?:boroughs?|local authorit(?:y|ies)|councils?|districts?|local councils?|areas?)"
                    + "|(?:boroughs?|local authorit(?:y|ies)|councils?|council areas?|districts?|areas?|places?)"
                    + " (?:in|of|across) england)"
                    + "|(?<pf>(?:police )?forces(?: in england and wales)?|(?:police )?force in england and wales"
                    + "|police force|constabular(?:y|ies))"
                    + "|(?<rg>(?:english )?regions?(?: of england| in england)?))\\b");
    private static final Pattern SUPER = Pattern.compile(
            "\\b(?:(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))[- ])?"
                    + "(?<w>most expensive|most densely|least densely|highest|largest|biggest|greatest|longest|most|top"
                    + "|lowest|smallest|fewest|least|shortest|cheapest|dearest|priciest|richest|poorest|best|worst|oldest"
                    + "|youngest)\\b");
    private static final Pattern THAN_ANY = Pattern.compile(
            "\\b(?<w>more|higher|greater|larger|bigger|fewer|less|lower|smaller|better|worse|longer|shorter|older"
                    + "|younger)\\b(?:(?!\\bthan\\b).){0,80}"
                    + "\\bthan (?:th(?:ose|at) )?(?:(?:in|at|for|on|of) )?(?:any(?:where)?|every|all)\\b");
    /** "No council in England had a larger share of X than Y", "no other force had more": Y (or the subject) ranks. */
    private static final Pattern NEG_THAN = Pattern.compile(
            "\\b(?<neg>no|nowhere|not one|none)\\b(?!\\s+(?:more|fewer|less|greater|higher|lower|bigger|larger)\\s+than)"
                    + "(?<other>\\s+(?:other|else))?(?:(?!\\bthan\\b)[^.;:]){1,100}?"
                    + "\\b(?<w>more|higher|greater|larger|bigger|fewer|less|lower|smaller|better|worse|longer|shorter)\\b"
                    + "(?<than>(?:(?!\\bthan\\b)[^.;:]){0,100}\\bthan\\b)?");
    /** "..., but Islington's was even higher": a place, its measure elided, compared with the part before. */
    private static final Pattern ELIDED = Pattern.compile(
            "^\\s*(?:'s)?\\s*(?:was|were|is|are|had|has|did|does|got|saw)\\s+(?:(?:even|much|far|still|slightly|a lot"
                    + "|significantly|considerably|a little|a bit)\\s+)*(?<w>higher|lower|more|fewer|less|greater|larger"
                    + "|bigger|smaller|worse|better)(?:\\s+(?:still|again|too))?\\s*[.!]?\\s*$");
    /** "more Hindus than Sikhs": two measures of one place compared. */
    private static final Pattern TWO_MEASURES = Pattern.compile(
            "\\b(?<w>more|fewer)\\s+(?<a>[a-z][a-z-]+)\\s+than\\s+(?!(?:in|at|on|for|any|anywhere|every|all|the|there|it"
                    + "|they|we|before|ever|last|previous|expected|forecast|planned|promised|a|an|one|half|double|twice)\\b)"
                    + "(?<b>[a-z][a-z-]+)\\b");
    /** "than any London borough except Westminster", "second biggest force after the Met": places ranked above. */
    private static final Pattern EXCEPT = Pattern.compile(
            "\\b(?:except(?: for)?|apart from|other than|bar|save for|besides|barring|after|behind(?: only)?)\\s*$");
    /** "..., and cheaper homes than Bexley": a comparison whose subject is the part before's. */
    private static final Pattern ELLIPTIC = Pattern.compile(
            "^\\s*(?:(?:has|have|had|with|its|their|a|an|much|far|slightly|even|also)\\s+)*(?:more|fewer|less|cheaper"
                    + "|dearer|pricier|higher|lower|bigger|larger|smaller)\\b[^.;]*\\bthan\\b");
    private static final Pattern NOW = Pattern.compile("\\b(?:today|now|currently|these days|at present|nowadays)\\b");
    /** Words that make a number a change only over a stated span ("added 1.2 million jobs between 2011 and 2018"). */
    private static final Pattern EXTRA = Pattern.compile("\\b(?:an? )?(?:extra|additional|added|adding)\\b");
    private static final Pattern COUNTED_COMPARISON = Pattern.compile(
            "\\b(?:more|fewer)\\s+(?:[a-z-]+\\s+)?(?:people|residents|[a-z]+s)\\b");
    private static final Pattern LIFE = Pattern.compile("\\blive(?:d)?\\b|\\blife expectancy\\b|\\blive longer\\b");
    private static final Pattern COMP = Pattern.compile(
            "\\b(?<w>more|higher|greater|larger|bigger|above|exceed\\w*|outnumber\\w*|fewer|less|lower|smaller"
                    + "|below|cheaper|dearer|pricier|ahead of|behind|better|worse|longer|shorter)\\b");
    private static final Pattern UP = Pattern.compile(
            "\\b(?:rose|risen|rises|rise|rising|increased|increase|increases|increasing|grew|grown|grows|growing"
                    + "|went up|gone up|goes up|up by|climbed|climbs|soared|soars|jumped|jumps|surged|surges|doubled"
                    + "|tripled|trebled|quadrupled|gained|more than doubled|recruited|hired)\\b");
    private static final Pattern DOWN = Pattern.compile(
            "\\b(?:fell|fallen|falls|falling|dropped|drops|declined|declines|declining|decreased|decreases|cut"
                    + "|cuts|slashed|lost|loses|lose|losing|reduced|reduction|reductions|down by|went down|gone down"
                    + "|shrunk|shrank|shrinks|plummeted|plunged|shed|halved|lower by|fewer .{0,30}than (?:in|at|back)"
                    + ")\\b");
    private static final Pattern NOT_A_CHANGE = Pattern.compile(
            "\\b(?:lost|lose|losing|loses) (?:control|the plot|the argument|trust|touch|sight|faith|its way)\\b");
    private static final Pattern MODAL = Pattern.compile(
            "\\b(?:will|shall|going to|would|could|might|should|must|pledged?|promised?|plans? to|aims? to|vow\\w*)\\b");
    private static final Pattern TWO_LEVELS = Pattern.compile(
            "\\b(?:down from|up from|from|compared (?:with|to)|against|versus|vs)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:we|i|us|our|we'll|i'll)\\b");
    private static final Pattern NEGATIVE_MEASURES = Pattern.compile(
            "\\b(?:crimes?|offences?|unemploy\\w*|jobless|obes\\w*|rough|homeless\\w*|benefits?|claimants?|fires?"
                    + "|neet|no qualifications|deaths?|deprivation|poverty|waiting)\\b");
    private static final Pattern SHARE_WORDS = Pattern.compile(
            "\\b(?:proportion|share|percentage|per cent|%|fraction|majority|minority)\\b|%");
    private static final Pattern RATE_WORD = Pattern.compile("\\brate\\b");
    private static final Pattern AGES = Pattern.compile(
            "\\baged \\d+(?:\\s?(?:and|or) (?:over|above|under)|\\+)?|\\b\\d+\\s?-\\s?\\d+[- ]year[- ]olds?|\\b\\d+\\+"
                    + "|\\bover[- ]\\d+s\\b|\\b\\d+[- ]year[- ]olds?|\\b\\d+\\s?(?:a\\*?|a-star)\\s?-\\s?c\\b");

    private final PlaceDirectory places;
    private final QuantityParser quantities;

    FrameBuilder(PlaceDirectory places, QuantityParser quantities) {
        this.places = places;
        this.quantities = quantities;
    }

    Parsed build(NormalisedText nt, ClaimContext context) {
        String text = nt.text();
        String lower = text.toLowerCase(Locale.ROOT);
        ClaimContext ctx = context == null ? ClaimContext.empty() : context;
        PlaceInfo contextPlace = places.byName(ctx.place());
        List<ClaimPeriod> periods = PeriodParser.parse(lower, ctx.statedOn());
        List<int[]> masks = new ArrayList<>();
        for (ClaimPeriod p : periods) {
            masks.add(new int[] {p.start(), p.end()});
        }
        List<PeerMention> peers = new ArrayList<>();
        Matcher pm = PEERS.matcher(lower);
        while (pm.find()) {
            PeerGroup g = pm.group("ew") != null ? PeerGroup.ENGLAND_AND_WALES_LOCAL_AUTHORITIES
                    : pm.group("lb") != null ? PeerGroup.LONDON_BOROUGHS
                    : pm.group("en") != null ? PeerGroup.ENGLISH_LOCAL_AUTHORITIES
                    : pm.group("pf") != null ? PeerGroup.POLICE_FORCES : PeerGroup.ENGLISH_REGIONS;
            peers.add(new PeerMention(g, pm.start(), pm.end()));
        }
        List<int[]> peerMasks = new ArrayList<>();
        for (PeerMention p : peers) {
            peerMasks.add(new int[] {p.start(), p.end()});
        }
        List<int[]> placeMasks = new ArrayList<>(masks);
        placeMasks.addAll(peerMasks);
        List<PlaceMention> mentions = places.find(text, contextPlace, placeMasks);
        List<int[]> qMasks = new ArrayList<>(placeMasks);
        for (PlaceMention m : mentions) {
            qMasks.add(new int[] {m.start(), m.end()});
        }
        List<int[]> denominators = new ArrayList<>();
        Matcher dm = PER.matcher(lower);
        while (dm.find()) {
            denominators.add(new int[] {dm.start(), dm.end(), dm.group("d").matches("\\d.*|.*thousand") ? 1000 : 1});
            qMasks.add(new int[] {dm.start(), dm.end()});
        }
        Matcher am = AGES.matcher(lower);
        while (am.find()) {
            qMasks.add(new int[] {am.start(), am.end()});
        }
        List<Quantity> qs = quantities.parse(lower, qMasks);

        char[] cue = lower.toCharArray();
        List<int[]> blank = new ArrayList<>(placeMasks);
        for (PlaceMention m : mentions) {
            blank.add(new int[] {m.start(), m.end()});
        }
        for (Quantity q : qs) {
            blank.add(new int[] {q.start(), q.end()});
        }
        for (int[] b : blank) {
            for (int i = b[0]; i < b[1] && i < cue.length; i++) {
                cue[i] = ' ';
            }
        }
        String cueText = new String(cue);
        char[] count = lower.toCharArray();
        for (int[] b : blank) {
            for (int i = b[0]; i < b[1] && i < count.length; i++) {
                count[i] = '.';
            }
        }
        for (PlaceMention m : mentions) {
            for (int i = m.start(); i < m.end() && i < count.length; i++) {
                count[i] = ' ';
            }
        }
        String countText = new String(count);
        List<Span> protectedSpans = new ArrayList<>();
        for (int[] m : qMasks) {
            protectedSpans.add(new Span(m[0], m[1]));
        }
        for (Quantity q : qs) {
            protectedSpans.add(new Span(q.start(), q.end()));
        }
        List<Span> segments = split(lower, protectedSpans);
        List<Span> asserting = new ArrayList<>();
        boolean pendingMerge = false;
        for (Span s : segments) {
            String seg = cueText.substring(s.start(), s.end());
            boolean asserts = inside(qs, s) || rankCue(seg) || isChange(seg) || ELIDED.matcher(seg).find()
                    || !inside(qs, s) && TWO_MEASURES.matcher(seg).find()
                    || hasComparison(seg, lower.substring(s.start(), s.end()), s, mentions, periods)
                    || !asserting.isEmpty() && elliptic(seg, s, mentions);
            if (pendingMerge) {
                Span last = asserting.remove(asserting.size() - 1);
                asserting.add(new Span(last.start(), s.end()));
                pendingMerge = !asserts;
            } else if (asserts) {
                asserting.add(s);
            } else if (asserting.isEmpty()) {
                asserting.add(s);
                pendingMerge = true;
            } else {
                Span last = asserting.remove(asserting.size() - 1);
                asserting.add(new Span(last.start(), s.end()));
            }
        }
        List<ClaimFrame> frames = new ArrayList<>();
        boolean anyAssertion = false;
        for (Span s : asserting) {
            String seg = cueText.substring(s.start(), s.end());
            String full = lower.substring(s.start(), s.end());
            boolean hasQuantity = inside(qs, s);
            boolean rank = rankCue(seg);
            boolean change = isChange(seg) || changeWord(qs, s) || EXTRA.matcher(seg).find() && spanIn(periods, s);
            boolean comparison = hasComparison(seg, full, s, mentions, periods) || ELIDED.matcher(seg).find()
                    || !hasQuantity && TWO_MEASURES.matcher(seg).find()
                    || s != asserting.get(0) && elliptic(seg, s, mentions);
            seg = full;
            if (!(hasQuantity || rank || change || comparison)) {
                continue;
            }
            if (MODAL.matcher(seg).find() && !HINDSIGHT.matcher(seg).matches()
                    && (!hasQuantity || FIRST_PERSON.matcher(seg).find())) {
                continue; // predictions and promises are not checkable statements of fact
            }
            anyAssertion = true;
            frames.addAll(framesFor(lower, cueText, countText, s, qs, periods, mentions, peers, denominators, rank, change,
                    comparison));
        }
        if (!anyAssertion) {
            return new Parsed(List.of(), false, "no checkable statement of fact: no number, ranking, comparison or "
                    + "change that could be measured (opinion, rhetoric, prediction or promise)");
        }
        inherit(frames, contextPlace, peers);
        return new Parsed(frames, true, null);
    }

    /** "cheaper homes than Bexley" after another part: one place, after "than"; the subject is the part before's. */
    private static boolean elliptic(String cueSeg, Span s, List<PlaceMention> mentions) {
        Matcher m = ELLIPTIC.matcher(cueSeg);
        if (!m.find()) {
            return false;
        }
        int in = 0;
        int after = 0;
        for (PlaceMention p : mentions) {
            if (p.start() >= s.start() && p.end() <= s.end()) {
                in++;
                after += p.start() >= s.start() + m.end() ? 1 : 0;
            }
        }
        return in == 1 && after == 1;
    }

    private static boolean rankCue(String seg) {
        return SUPER.matcher(seg).find() && !onlyQualifierSuperlative(seg) || THAN_ANY.matcher(seg).find()
                || negatedRank(seg) != null;
    }

    /** "No council had a larger share than Y" (with than) or "no other council had a bigger share" (other). */
    private static Matcher negatedRank(String seg) {
        Matcher m = NEG_THAN.matcher(seg);
        while (m.find()) {
            if (m.group("than") != null || m.group("other") != null) {
                return m;
            }
        }
        return null;
    }

    private static boolean spanIn(List<ClaimPeriod> periods, Span s) {
        for (ClaimPeriod p : periods) {
            if (p.start() >= s.start() && p.end() <= s.end() && p.isSpan()) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyQualifierSuperlative(String seg) {
        String cleaned = seg.replaceAll("\\bat (?:least|most|the most)\\b|\\bmost of\\b|\\bnot least\\b|"
                + "\\bthe least (?:of|we)\\b", " ");
        return !SUPER.matcher(cleaned).find();
    }

    private static boolean isChange(String seg) {
        String cleaned = NOT_A_CHANGE.matcher(seg).replaceAll(" ");
        return UP.matcher(cleaned).find() || DOWN.matcher(cleaned).find();
    }

    private static boolean changeWord(List<Quantity> qs, Span s) {
        for (Quantity q : qs) {
            if (q.start() >= s.start() && q.end() <= s.end() && q.changeWord()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasComparison(String seg, String full, Span s, List<PlaceMention> mentions,
            List<ClaimPeriod> periods) {
        Matcher c = COMP.matcher(seg);
        boolean ratio = RATIO.matcher(full).matches();
        if (!c.find() && !ratio) {
            return false;
        }
        int anchor = ratio && !COMP.matcher(seg).find() ? 0 : c.start();
        int placesAfter = 0;
        for (PlaceMention m : mentions) {
            if (m.start() >= s.start() + anchor && m.end() <= s.end()) {
                placesAfter++;
            }
        }
        int placesIn = 0;
        for (PlaceMention m : mentions) {
            if (m.start() >= s.start() && m.end() <= s.end()) {
                placesIn++;
            }
        }
        if (placesAfter >= 1 && placesIn >= 2) {
            return true;
        }
        int periodsIn = 0;
        for (ClaimPeriod p : periods) {
            if (p.start() >= s.start() && p.end() <= s.end()) {
                periodsIn++;
            }
        }
        if (periodsIn == 1 && placesIn <= 1 && NOW.matcher(seg).find() && THAN_WORD.matcher(seg).matches()) {
            return true; // "more officers today than there were in 2010": now against a stated period
        }
        return periodsIn >= 2 && COMPARED_FULL.matcher(full).matches()
                && (COMPARED_SEG.matcher(seg).matches() || ratio);
    }

    private static boolean inside(List<Quantity> qs, Span s) {
        for (Quantity q : qs) {
            if (q.start() >= s.start() && q.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> split(String lower, List<Span> protectedSpans) {
        List<Span> out = new ArrayList<>();
        Matcher m = SPLIT.matcher(lower);
        int last = 0;
        while (m.find()) {
            boolean inProtected = false;
            for (Span p : protectedSpans) {
                if (m.start() < p.end() && p.start() < m.end()) {
                    inProtected = true;
                }
            }
            if (inProtected || m.start() == 0) {
                continue;
            }
            out.add(new Span(last, m.start()));
            last = m.end();
        }
        out.add(new Span(last, lower.length()));
        out.removeIf(s -> s.end() <= s.start() || lower.substring(s.start(), s.end()).isBlank());
        return out;
    }

    private List<ClaimFrame> framesFor(String lower, String cueText, String countText, Span s, List<Quantity> qs,
            List<ClaimPeriod> periods, List<PlaceMention> mentions, List<PeerMention> peers, List<int[]> denominators,
            boolean rank, boolean change, boolean comparison) {
        String seg = lower.substring(s.start(), s.end());
        String cueSeg = cueText.substring(s.start(), s.end());
        boolean negative = NEGATIVE_MEASURES.matcher(seg).find();
        ClaimFrame f = new ClaimFrame();
        f.start = s.start();
        f.end = s.end();
        f.segmentLower = seg;
        List<Quantity> segQs = new ArrayList<>();
        for (Quantity q : qs) {
            if (q.start() >= s.start() && q.end() <= s.end()) {
                segQs.add(q);
            }
        }
        List<ClaimPeriod> segPeriods = new ArrayList<>();
        for (ClaimPeriod p : periods) {
            if (p.start() >= s.start() && p.end() <= s.end()) {
                segPeriods.add(p);
            }
        }
        for (PlaceMention m : mentions) {
            if (m.start() >= s.start() && m.end() <= s.end() && !f.places.contains(m.place())) {
                f.places.add(m.place());
            }
        }
        for (PeerMention p : peers) {
            if (p.start() >= s.start() && p.end() <= s.end()) {
                f.peerGroup = p.group();
            }
        }
        for (int[] d : denominators) {
            if (d[0] >= s.start() && d[1] <= s.end()) {
                f.per = d[2] == 1000 ? "1000" : "head";
            }
        }
        f.rateWord = RATE_WORD.matcher(seg).find();
        // the measure words: the segment without numbers, periods, places, peers and denominators
        StringBuilder phrase = new StringBuilder(seg);
        List<int[]> cut = new ArrayList<>();
        segQs.forEach(q -> cut.add(new int[] {q.start(), q.end()}));
        segPeriods.forEach(p -> cut.add(new int[] {p.start(), p.end()}));
        mentions.forEach(m -> cut.add(new int[] {m.start(), m.end()}));
        peers.forEach(p -> cut.add(new int[] {p.start(), p.end()}));
        denominators.forEach(d -> cut.add(new int[] {d[0], d[1]}));
        List<PlaceInfo> ranked = new ArrayList<>();
        int rankedEnd = -1;
        for (PlaceMention m : mentions) {
            if (m.start() >= s.start() && m.end() <= s.end()) {
                Matcher ex = EXCEPT.matcher(lower.substring(s.start(), m.start()).replaceAll("\\bthe\\s*$", ""));
                boolean listed = rankedEnd >= 0 && rankedEnd <= m.start()
                        && lower.substring(rankedEnd, m.start()).matches("\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:the\\s+)?");
                if (ex.find() || listed) {
                    // "except Westminster (and Southwark)", "after the Met": ranked above the subject; the
                    // connector is not a measure word
                    cut.add(new int[] {listed ? rankedEnd : s.start() + ex.start(), m.start()});
                    ranked.add(m.place());
                    rankedEnd = m.end();
                }
            }
        }
        for (int[] c : cut) {
            for (int i = Math.max(c[0], s.start()); i < Math.min(c[1], s.end()); i++) {
                phrase.setCharAt(i - s.start(), ' ');
            }
        }
        f.metricPhrase = phrase.toString().replaceAll("\\b(?:is|are|was|were|be) home to\\b", " ")
                .replaceAll("[^a-z0-9%&' -]", " ").replaceAll("\\s+", " ").trim();
        List<ClaimPeriod> stated = segPeriods.stream().filter(p -> p.kind() != ClaimPeriod.Kind.RELATIVE).toList();
        if (stated.size() >= 2) {
            segPeriods = new ArrayList<>(stated); // "in five years, up from 2,309 in 2012 to 4,751 in 2017"
        }
        f.period = segPeriods.isEmpty() ? null : segPeriods.get(0);
        f.saysNow = f.period == null && NOW.matcher(seg).find();
        f.secondPeriod = segPeriods.size() > 1 ? segPeriods.get(segPeriods.size() - 1) : null;
        Quantity main = null;
        for (Quantity q : segQs) {
            if (main == null) {
                main = q;
            }
        }
        f.quantity = main;
        if (main != null && main.unit() == Unit.COUNT) {
            f.countedWords = countedWords(countText, main.end());
        }
        if (f.quantity != null && f.per != null) {
            f.quantity = f.quantity.withPer(f.per);
        }
        List<ClaimFrame> out = new ArrayList<>();
        if (rank) {
            f.kind = PartKind.RANK;
            String cleaned = cueSeg.replaceAll("\\bat (?:least|most|the most)\\b|\\bmost of\\b", "          ");
            Matcher sm = SUPER.matcher(cleaned);
            Matcher tm = THAN_ANY.matcher(cueSeg);
            Matcher nm = negatedRank(cueSeg);
            if (nm != null) {
                f.cue = seg.substring(nm.start(), nm.end());
                f.direction = lowWord(nm.group("w"), negative) ? ClaimFrame.Direction.LOWEST
                        : ClaimFrame.Direction.HIGHEST;
                if (nm.group("than") != null) {
                    // the place after "than" is the one that ranks; places before it name the peer group
                    int after = s.start() + nm.end();
                    for (PlaceMention m : mentions) {
                        if (m.start() >= after && m.end() <= s.end()) {
                            f.places.remove(m.place());
                            f.places.add(0, m.place());
                            break;
                        }
                    }
                }
            } else if (tm.find()) {
                f.cue = seg.substring(tm.start(), tm.end());
                f.direction = lowWord(tm.group("w"), negative) ? ClaimFrame.Direction.LOWEST
                        : ClaimFrame.Direction.HIGHEST;
                // "more crimes than any London borough except Westminster": second
                f.claimedRank = 1 + ranked.size();
                f.places.removeAll(ranked);
            } else if (sm.find()) {
                f.cue = seg.substring(sm.start(), sm.end());
                f.direction = lowWord(sm.group("w"), negative) ? ClaimFrame.Direction.LOWEST
                        : ClaimFrame.Direction.HIGHEST;
                f.claimedRank = ordinal(sm.group("ord"));
                if (!ranked.isEmpty() && sm.group("ord") == null) {
                    f.claimedRank = 1 + ranked.size(); // "the biggest force apart from the Met"
                }
                f.places.removeAll(ranked);
            }
            out.add(f);
            if (main != null && main.unit() != Unit.MULTIPLE) {
                ClaimFrame v = copy(f);
                v.kind = PartKind.VALUE;
                v.start = main.start();
                v.end = main.end();
                out.add(v);
            }
        } else if (comparison && !(change && segPeriods.size() >= 2 && segQs.size() >= 2)) {
            f.kind = PartKind.COMPARISON;
            Matcher cm = COMP.matcher(cueSeg);
            if (cm.find()) {
                f.cue = seg.substring(cm.start(), cm.end());
                f.direction = lowWord(cm.group("w"), negative) ? ClaimFrame.Direction.LESS : ClaimFrame.Direction.MORE;
            } else {
                f.direction = main != null && main.value().doubleValue() < 1 ? ClaimFrame.Direction.LESS
                        : ClaimFrame.Direction.MORE;
            }
            if (f.places.size() >= 2) {
                int anchor = s.start() + (cm.find(0) ? cm.start() : 0);
                int than = cueSeg.indexOf("than", anchor - s.start());
                if (cm.find(0) && than >= 0) {
                    anchor = s.start() + than;
                }
                if (!cm.find(0)) {
                    Matcher rm = MULTIPLE_WORD.matcher(seg);
                    anchor = s.start() + (rm.find() ? rm.start() : 0);
                }
                PlaceInfo other = null;
                for (PlaceMention m : mentions) {
                    if (m.start() >= anchor && m.end() <= s.end()) {
                        other = m.place();
                        break;
                    }
                }
                f.otherPlace = other == null ? f.places.get(f.places.size() - 1) : other;
                f.places.remove(f.otherPlace);
                f.secondPeriod = null;
            } else if (f.places.size() == 1 && elliptic(cueSeg, s, mentions)) {
                f.otherPlace = f.places.remove(0); // the subject comes from the part before
            } else if (f.places.size() <= 1 && segQs.isEmpty() && TWO_MEASURES.matcher(cueSeg).find()) {
                Matcher tm = TWO_MEASURES.matcher(cueSeg);
                tm.find();
                f.metricPhrase = tm.group("a"); // "more Hindus than Sikhs": each side its own measure
                f.otherTerms = MetricMatcher.terms(tm.group("b"));
            } else if (segPeriods.size() == 1 && NOW.matcher(cueSeg).find()) {
                f.secondPeriod = segPeriods.get(0); // now (the latest figure) against the stated period
                f.period = null;
                f.nowAgainstPeriod = true;
            }
            out.add(f);
        } else if (change) {
            f.kind = PartKind.CHANGE;
            String cleaned = NOT_A_CHANGE.matcher(cueSeg).replaceAll(" ");
            Matcher up = UP.matcher(cleaned);
            Matcher down = DOWN.matcher(cleaned);
            boolean u = up.find();
            boolean d = down.find();
            if (u && (!d || up.start() < down.start())) {
                f.direction = ClaimFrame.Direction.UP;
                f.cue = up.group();
            } else if (d) {
                f.direction = ClaimFrame.Direction.DOWN;
                f.cue = down.group();
            } else {
                boolean rise = main != null && main.value().doubleValue() >= 1;
                f.direction = rise ? ClaimFrame.Direction.UP : ClaimFrame.Direction.DOWN;
                f.cue = main == null ? "" : main.text();
            }
            if (segQs.size() >= 2 && seg.matches(".*\\bfrom\\b.*\\bto\\b.*")) {
                Quantity a = segQs.get(0);
                Quantity b = segQs.get(1);
                if (a.unit() == b.unit()) {
                    f.quantity = a;
                    f.toQuantity = b;
                }
            }
            out.add(f);
        } else {
            f.kind = PartKind.VALUE;
            out.add(f);
            if (segQs.size() == 2 && segPeriods.size() == 2 && segQs.get(0).unit() == segQs.get(1).unit()
                    && TWO_LEVELS.matcher(lower.substring(segQs.get(0).end(), segQs.get(1).start())).find()) {
                // "30,000 officers in March 2018, down from 32,000 in 2015": two levels, each at its own period
                f.period = segPeriods.get(0);
                f.secondPeriod = null;
                ClaimFrame g = copy(f);
                g.quantity = segQs.get(1);
                g.countedWords = f.countedWords;
                g.period = segPeriods.get(1);
                g.start = segQs.get(1).start();
                g.end = s.end();
                f.end = segQs.get(1).start();
                out.add(g);
            }
        }
        for (ClaimFrame frame : out) {
            frame.terms = MetricMatcher.terms(frame.metricPhrase);
            frame.metricPhrase = MetricMatcher.contentWords(frame.metricPhrase);
            frame.measure = measureOf(frame, seg);
        }
        return out;
    }

    private static boolean lowWord(String w, boolean negativeMeasure) {
        if (w.equals("best") || w.equals("better")) {
            return negativeMeasure;
        }
        if (w.equals("worst") || w.equals("worse")) {
            return !negativeMeasure;
        }
        return w.matches("lowest|smallest|fewest|least|cheapest|poorest|shortest|youngest|least densely|fewer|less|lower"
                + "|smaller|below|cheaper|behind|shorter|younger");
    }

    /** The words a count counts: "11 Jewish candidates running" gives jewish, candidates. */
    private static List<String> countedWords(String cueText, int from) {
        List<String> out = new ArrayList<>();
        String rest = cueText.substring(from, Math.min(cueText.length(), from + 60));
        Matcher m = COUNTED_TOKEN.matcher(rest);
        while (m.find() && out.size() < 3) {
            String w = m.group();
            if (w.matches("[.,;:!?()]") || w.endsWith("ing") || w.endsWith("ed") || w.length() <= 2
                    || w.matches("of|in|on|at|to|for|by|and|or|the|a|an|was|were|is|are|has|have|had|from|than|with"
                    + "|who|which|that|this|per|as|across|over|under|into|since|between|each|every|more|less|fewer")) {
                break;
            }
            out.add(w);
        }
        return out;
    }

    private static Measure measureOf(ClaimFrame f, String seg) {
        if ("head".equals(f.per)) {
            return Measure.PER_HEAD;
        }
        if ("1000".equals(f.per)) {
            return Measure.PER_1000;
        }
        Quantity q = f.quantity;
        if (q != null) {
            return switch (q.unit()) {
                case PERCENT -> f.kind == PartKind.CHANGE ? Measure.UNKNOWN : Measure.SHARE;
                case PERCENTAGE_POINTS -> Measure.SHARE;
                case GBP -> Measure.MONEY;
                case COUNT -> f.terms != null && f.terms.own().contains("expectancy") && LIFE.matcher(seg).find()
                        ? Measure.YEARS : Measure.COUNT; // "can expect to live to 75"
                case YEARS -> Measure.YEARS;
                default -> Measure.UNKNOWN;
            };
        }
        if (SHARE_WORDS.matcher(seg).find()) {
            return Measure.SHARE;
        }
        if (f.kind == PartKind.COMPARISON && !f.rateWord && COUNTED_COMPARISON.matcher(seg).find()) {
            return Measure.COUNT; // "fewer people lived in X than in Y": a count of the noun
        }
        return Measure.UNKNOWN;
    }

    private static int ordinal(String ord) {
        if (ord == null) {
            return 1;
        }
        return switch (ord) {
            case "second" -> 2;
            case "third" -> 3;
            case "fourth" -> 4;
            case "fifth" -> 5;
            case "sixth" -> 6;
            case "seventh" -> 7;
            case "eighth" -> 8;
            case "ninth" -> 9;
            case "tenth" -> 10;
            default -> Integer.parseInt(ord.replaceAll("\\D", ""));
        };
    }

    private static ClaimFrame copy(ClaimFrame f) {
        ClaimFrame c = new ClaimFrame();
        c.kind = f.kind;
        c.start = f.start;
        c.end = f.end;
        c.segmentLower = f.segmentLower;
        c.places = new ArrayList<>(f.places);
        c.metricPhrase = f.metricPhrase;
        c.rateWord = f.rateWord;
        c.per = f.per;
        c.quantity = f.quantity;
        c.period = f.period;
        c.secondPeriod = f.secondPeriod;
        c.peerGroup = f.peerGroup;
        return c;
    }

    /** Parts that do not say a place, period, peer group or measure take them from the part before (or after). */
    private void inherit(List<ClaimFrame> frames, PlaceInfo contextPlace, List<PeerMention> peers) {
        for (int i = 0; i < frames.size(); i++) {
            ClaimFrame f = frames.get(i);
            ClaimFrame prev = i > 0 ? frames.get(i - 1) : null;
            if (f.kind == PartKind.RANK && f.places.size() == 1 && prev != null && prev.place() != null
                    && (f.place().kind().equals("region") || f.place().kind().equals("country"))
                    && places.within(prev.place(), f.place()) && prev.place().id() != f.place().id()) {
                // "..., and that was the lowest in London": London is the peer group, the subject carries over
                if (f.peerGroup == null && prev.place().kind().equals("borough")
                        && f.place().name().equals("London")) {
                    f.peerGroup = PeerGroup.LONDON_BOROUGHS;
                }
                f.places.set(0, prev.place());
            }
            if (f.places.isEmpty() && prev != null && !prev.places.isEmpty()) {
                f.places.add(prev.place());
                f.placeFromContext = prev.placeFromContext;
            }
            if (f.period == null && prev != null && prev.period != null && prev.kind == f.kind) {
                f.period = prev.period;
            }
            boolean ownEmpty = f.terms == null || f.terms.own().stream().allMatch(w -> w.equals("%"));
            boolean prevHas = prev != null && prev.terms != null && !prev.terms.own().isEmpty();
            if (prev != null && !MetricMatcher.hasSpecific(f.terms)
                    && (MetricMatcher.hasSpecific(prev.terms) || ownEmpty && prevHas)) {
                // "..., while the London average was 40 per cent": the measure carries over, the place stays
                f.terms = prev.terms;
                f.metricPhrase = prev.metricPhrase;
                if (f.per == null) {
                    f.per = prev.per;
                }
                if (f.measure == Measure.UNKNOWN) {
                    f.measure = prev.measure;
                }
            }
            if (f.kind == PartKind.COMPARISON && f.otherPlace == null && f.secondPeriod == null
                    && !f.nowAgainstPeriod && prev != null && prev.place() != null && f.place() != null
                    && prev.place().id() != f.place().id()) {
                // "..., but Islington's was even higher": against the part before, same period
                f.otherPlace = prev.place();
                if (f.period == null) {
                    f.period = prev.period;
                }
            }
        }
        for (ClaimFrame f : frames) {
            if (f.places.isEmpty()) {
                for (ClaimFrame g : frames) {
                    if (!g.places.isEmpty()) {
                        f.places.add(g.place());
                        break;
                    }
                }
            }
            if (f.places.isEmpty() && contextPlace != null) {
                f.places.add(contextPlace);
                f.placeFromContext = true;
            }
            if (f.kind == PartKind.RANK && (f.terms == null || f.terms.own().isEmpty())
                    && (f.peerGroup == PeerGroup.POLICE_FORCES || f.place() != null
                    && f.place().kind().equals("police_force"))) {
                f.metricPhrase = "police officers";
                f.terms = MetricMatcher.terms("police officers");
            }
            if (f.peerGroup == null && f.kind == PartKind.RANK) {
                for (ClaimFrame g : frames) {
                    if (g.peerGroup != null) {
                        f.peerGroup = g.peerGroup;
                    }
                }
                if (f.peerGroup == null && peers.size() == 1) {
                    f.peerGroup = peers.get(0).group();
                }
            }
        }
    }
}
