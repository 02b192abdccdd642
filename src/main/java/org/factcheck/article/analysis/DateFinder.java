package org.factcheck.article.analysis;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.engine.PeriodParser;

/**
 * Finds calendar dates in sentences, with the weekday written beside them, the year (given, or the one nearest
 * publication) and whether the story reports them as past or anticipates them.
 */
public final class DateFinder {

    private static final String WEEKDAY = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(?<m>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String YEAR = "(?:,?\\s+(?<y>(?:19|20)\\d\\d)\\b)?";
    private static final Pattern DAY_MONTH = Pattern.compile("(?:\\b" + WEEKDAY + ",?\\s*\\(?\\s*)?\\b(?<d>\\d{1,2})"
            + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b\\.?" + YEAR + "\\)?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:\\b" + WEEKDAY + ",?\\s*\\(?\\s*)?\\b" + MONTH
            + "\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d,.]\\d|\\s*(?:%|per\\b))" + YEAR + "\\)?");
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|due to|is due|are due|scheduled"
            + "|set to|to be held|expected|going to|ahead of|upcoming|forthcoming|next|plans? to|until)\\b");
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had|said|told|took place|held|happened"
            + "|spoke|speaking|visited|met|announced|added|\\w{3,}ed)\\b");

    private DateFinder() {
    }

    /** Dates in the sentences, in text order. */
    public static List<DateMention> find(String text, List<Sentence> sentences, LocalDate publishedOn) {
        List<DateMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String lower = s.text().toLowerCase(Locale.ROOT);
            boolean past = PAST.matcher(lower).find();
            List<int[]> taken = new ArrayList<>();
            for (Pattern p : List.of(DAY_MONTH, MONTH_DAY)) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    int a = m.start();
                    int b = m.end();
                    if (taken.stream().anyMatch(t -> a < t[1] && t[0] < b)) {
                        continue;
                    }
                    DateMention d = mention(s, lower, past, m, publishedOn);
                    if (d != null) {
                        taken.add(new int[] {a, b});
                        out.add(d);
                    }
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static DateMention mention(Sentence s, String lower, boolean past, Matcher m, LocalDate publishedOn) {
        int day = Integer.parseInt(m.group("d"));
        int month = PeriodParser.monthNumber(m.group("m"));
        DayOfWeek wd = m.group("wd") == null ? null : DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        LocalDate date = null;
        boolean given = m.group("y") != null;
        try {
            if (given) {
                date = LocalDate.of(Integer.parseInt(m.group("y")), month, day);
            } else if (publishedOn != null) {
                date = nearest(publishedOn, month, day);
            } else {
                LocalDate.of(2000, month, day);
            }
        } catch (DateTimeException e) {
            return null;
        }
        String text = m.group().replaceAll("[\\s,]+$", "");
        int start = s.start() + m.start();
        return new DateMention(start, start + text.length(), text, wd, date, given, stance(lower, past, m.start(),
                m.end()), s.index());
    }

    /** The date with that day and month nearest to the reference, in its year or the one before or after. */
    static LocalDate nearest(LocalDate reference, int month, int day) {
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(reference, d))
                        < Math.abs(ChronoUnit.DAYS.between(reference, best))) {
                    best = d;
                }
            } catch (DateTimeException e) {
                // 29 February in a year without it
            }
        }
        if (best == null) {
            throw new DateTimeException("no such date");
        }
        return best;
    }

    private static DateMention.Stance stance(String lower, boolean past, int start, int end) {
        String near = lower.substring(Math.max(0, start - 60), Math.min(lower.length(), end + 30));
        if (FUTURE.matcher(near).find()) {
            return DateMention.Stance.FUTURE;
        }
        return past ? DateMention.Stance.PAST : DateMention.Stance.UNKNOWN;
    }
}
