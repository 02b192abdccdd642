package org.factcheck.article.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.factcheck.engine.Quantity;
import org.factcheck.engine.Unit;

/**
 * Checks an article against itself: weekdays against their dates, events reported as past against the events the
 * story still anticipates and against the publication date, and figures stated twice for the same thing.
 */
public final class ConsistencyChecker {

    /** Warnings reported at most: more says nothing new about an article. */
    static final int MAX_WARNINGS = 50;
    /** Figures of one kind compared at most, pairwise. */
    private static final int MAX_FIGURES_PER_KEY = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Set<String> STOP = Set.of("the", "a", "an", "its", "their", "our", "his", "her", "of", "in",
            "on", "at", "for", "from", "by", "to", "and", "or", "than", "who", "which", "that", "per", "were", "was",
            "are", "is", "have", "has", "had", "been", "being", "with", "as", "over", "under", "into", "across",
            "between", "since", "during", "last", "this", "next", "each", "every", "more", "fewer", "less", "will",
            "would", "could", "year", "years", "times", "up", "down");
    private static final Set<String> GENERIC = Set.of("people", "person", "one", "ones", "other", "others", "thing",
            "things", "time", "cent", "percent", "point", "more", "case", "way");
    private static final Set<String> LEADING = Set.of("the", "a", "an", "its", "their", "our", "his", "her", "these",
            "those", "some", "all", "new", "extra", "additional", "more", "than");

    private ConsistencyChecker() {
    }

    /**
     * The warnings of an article.
     *
     * @param dates       its dates
     * @param publishedOn when it was published, or null
     * @param figures     its figures
     * @param toBody      maps a plain-text span [start, end) to the body
     */
    public static List<ArticleWarning> check(List<DateMention> dates, LocalDate publishedOn, List<QuantityUse> figures,
            BiFunction<Integer, Integer, TextSpan> toBody) {
        List<ArticleWarning> out = new ArrayList<>();
        weekdays(dates, toBody, out);
        order(dates, publishedOn, toBody, out);
        figures(figures, out);
        return out.size() > MAX_WARNINGS ? List.copyOf(out.subList(0, MAX_WARNINGS)) : out;
    }

    private static void weekdays(List<DateMention> dates, BiFunction<Integer, Integer, TextSpan> toBody,
            List<ArticleWarning> out) {
        for (DateMention d : dates) {
            if (d.weekday() == null || d.date() == null || d.date().getDayOfWeek() == d.weekday()) {
                continue;
            }
            String wanted = name(d.weekday());
            StringBuilder msg = new StringBuilder("'").append(d.text()).append("': ").append(d.date().format(DAY))
                    .append(d.yearGiven() ? " is a " : " (the year taken from the publication date) is a ")
                    .append(name(d.date().getDayOfWeek())).append(", not a ").append(wanted).append('.');
            LocalDate sameDay = sameDayOnWeekday(d.date(), d.weekday());
            if (sameDay != null) {
                msg.append(' ').append(sameDay.format(DAY)).append(" was a ").append(wanted).append('.');
            }
            LocalDate nearest = nearestWeekday(d.date(), d.weekday());
            msg.append(" The nearest ").append(wanted).append(" is ").append(nearest.format(DAY)).append('.');
            out.add(new ArticleWarning(ArticleWarning.WEEKDAY_MISMATCH, msg.toString(),
                    List.of(toBody.apply(d.start(), d.end()))));
        }
    }

    private static void order(List<DateMention> dates, LocalDate publishedOn,
            BiFunction<Integer, Integer, TextSpan> toBody, List<ArticleWarning> out) {
        for (DateMention past : dates) {
            if (past.stance() != DateMention.Stance.PAST || past.date() == null) {
                continue;
            }
            DateMention earlierFuture = null;
            for (DateMention f : dates) {
                if (f.stance() == DateMention.Stance.FUTURE && f.date() != null && past.date().isAfter(f.date())
                        && (earlierFuture == null || f.date().isBefore(earlierFuture.date()))) {
                    earlierFuture = f;
                }
            }
            if (earlierFuture != null) {
                List<TextSpan> spans = past.start() < earlierFuture.start()
                        ? List.of(toBody.apply(past.start(), past.end()), toBody.apply(earlierFuture.start(),
                                earlierFuture.end()))
                        : List.of(toBody.apply(earlierFuture.start(), earlierFuture.end()), toBody.apply(past.start(),
                                past.end()));
                out.add(new ArticleWarning(ArticleWarning.DATE_ORDER, "'" + past.text() + "' ("
                        + past.date().format(DAY) + ") is reported as having happened, but it is after '"
                        + earlierFuture.text() + "' (" + earlierFuture.date().format(DAY)
                        + "), which the story describes as still to come: one of the dates is wrong.", spans));
            }
            if (publishedOn != null && past.date().isAfter(publishedOn)) {
                out.add(new ArticleWarning(ArticleWarning.DATE_ORDER, "'" + past.text() + "' ("
                        + past.date().format(DAY) + ") is reported as having happened, but it is after the article "
                        + "was published (" + publishedOn.format(DAY) + ").",
                        List.of(toBody.apply(past.start(), past.end()))));
            }
        }
        if (publishedOn == null) {
            return;
        }
        for (DateMention f : dates) {
            if (f.stance() == DateMention.Stance.FUTURE && f.yearGiven() && f.date() != null
                    && f.date().isBefore(publishedOn)) {
                out.add(new ArticleWarning(ArticleWarning.DATE_ORDER, "'" + f.text() + "' (" + f.date().format(DAY)
                        + ") is described as still to come, but it is before the article was published ("
                        + publishedOn.format(DAY) + ").", List.of(toBody.apply(f.start(), f.end()))));
            }
        }
    }

    private static void figures(List<QuantityUse> figures, List<ArticleWarning> out) {
        Map<String, List<QuantityUse>> byKey = new LinkedHashMap<>();
        for (QuantityUse f : figures) {
            List<QuantityUse> same = f.key() == null || f.change() ? null
                    : byKey.computeIfAbsent(f.key(), k -> new ArrayList<>());
            if (same != null && same.size() < MAX_FIGURES_PER_KEY) {
                same.add(f);
            }
        }
        for (List<QuantityUse> same : byKey.values()) {
            QuantityUse[] pair = conflict(same);
            if (pair != null) {
                out.add(new ArticleWarning(ArticleWarning.QUANTITY_MISMATCH, "'" + pair[0].span().text() + "' and '"
                        + pair[1].span().text() + "' state the same quantity (" + pair[0].key() + ") with values that "
                        + "cannot both be right.", List.of(pair[0].span(), pair[1].span())));
            }
        }
    }

    /** The first two figures of a kind, in different sentences, that cannot both hold; null when all agree. */
    private static QuantityUse[] conflict(List<QuantityUse> same) {
        for (int i = 0; i < same.size(); i++) {
            for (int j = i + 1; j < same.size(); j++) {
                QuantityUse a = same.get(i);
                QuantityUse b = same.get(j);
                if (a.sentence() != b.sentence() && a.quantity().unit() == b.quantity().unit() && sameScope(a, b)
                        && a.periods().equals(b.periods()) && !compatible(a.quantity(), b.quantity())) {
                    return new QuantityUse[] {a, b};
                }
            }
        }
        return null;
    }

    /**
     * Same places and bodies; or one figure names none and what it counts is specific enough ("jewish candidate")
     * to be the same thing.
     */
    private static boolean sameScope(QuantityUse a, QuantityUse b) {
        return a.places().equals(b.places())
                || (a.places().isEmpty() || b.places().isEmpty()) && a.key().indexOf(' ') > 0;
    }

    /** True when some value satisfies both figures, each read with its qualifier and rounding (11 and 12 do not). */
    static boolean compatible(Quantity a, Quantity b) {
        double[] x = interval(a);
        double[] y = interval(b);
        return x[0] < y[1] && y[0] < x[1];
    }

    private static double[] interval(Quantity q) {
        double v = q.value().doubleValue();
        double r = q.precision() == null ? 0 : q.precision().doubleValue();
        double inf = Double.POSITIVE_INFINITY;
        return switch (q.qualifier()) {
            case MORE_THAN, AT_LEAST -> new double[] {v - r, inf};
            case LESS_THAN, AT_MOST, UP_TO -> new double[] {-inf, v + r};
            case ALMOST -> new double[] {v * 0.9 - r, v + r};
            case ABOUT -> new double[] {v * 0.9 - r, v * 1.1 + r};
            default -> new double[] {v - r, v + r};
        };
    }

    /**
     * What a figure counts, read from the words after it: "11 Jewish candidates running" gives "jewish candidate",
     * "15% of the population" gives "% of population"; null when nothing specific follows.
     */
    public static String key(String lowerAfter, Unit unit) {
        String after = lowerAfter.trim();
        String prefix = "";
        if (unit == Unit.PERCENT || unit == Unit.GBP) {
            if (!(after.startsWith("of ") || after.startsWith("in "))) {
                return null;
            }
            prefix = (unit == Unit.PERCENT ? "% " : "£ ") + after.substring(0, 2) + " ";
            after = after.substring(3);
        } else if (unit != Unit.COUNT) {
            return null;
        }
        List<String> words = new ArrayList<>();
        boolean leading = true;
        for (String w : after.split("[\\s,.;:!?()]+")) {
            if (w.isEmpty()) {
                break;
            }
            if (leading && LEADING.contains(w)) {
                continue;
            }
            leading = false;
            if (!w.matches("[a-z][a-z'-]*") || STOP.contains(w) || w.endsWith("ing") || words.size() == 3) {
                break;
            }
            words.add(w);
        }
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
            words.set(words.size() - 1, last.substring(0, last.length() - 1));
        }
        if (words.size() == 1 && GENERIC.contains(words.get(0))) {
            return null;
        }
        return prefix + String.join(" ", words);
    }

    private static LocalDate sameDayOnWeekday(LocalDate date, DayOfWeek wd) {
        for (int k : new int[] {-1, 1, -2, 2}) {
            LocalDate d = date.plusMonths(k);
            if (d.getDayOfMonth() == date.getDayOfMonth() && d.getDayOfWeek() == wd) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate nearestWeekday(LocalDate date, DayOfWeek wd) {
        for (int k = 1; k <= 3; k++) {
            if (date.minusDays(k).getDayOfWeek() == wd) {
                return date.minusDays(k);
            }
            if (date.plusDays(k).getDayOfWeek() == wd) {
                return date.plusDays(k);
            }
        }
        return date;
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
