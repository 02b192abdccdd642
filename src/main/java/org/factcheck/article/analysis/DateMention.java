package org.factcheck.article.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A calendar date written in the article ("Saturday (May 14)", "3 May 2018", "on May 3").
 *
 * @param start    offset in the plain text
 * @param end      offset after it
 * @param text     as written
 * @param weekday  the weekday written with it, or null
 * @param date     the date, the year taken from the text or, failing that, the year that puts it nearest the
 *                 publication date; null when no year can be told
 * @param yearGiven true when the text gives the year
 * @param stance   whether the story reports it as past or anticipates it
 * @param sentence index of its sentence
 */
public record DateMention(int start, int end, String text, DayOfWeek weekday, LocalDate date, boolean yearGiven,
        Stance stance, int sentence) {

    /** How the story treats a date. */
    public enum Stance {
        /** Reported as having happened ("said on Saturday"). */
        PAST,
        /** Still to come ("due to take place on May 3"). */
        FUTURE,
        /** Neither can be told. */
        UNKNOWN
    }
}
