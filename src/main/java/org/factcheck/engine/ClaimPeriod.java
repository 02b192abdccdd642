package org.factcheck.engine;

import java.time.LocalDate;

/**
 * A period as a claim states it.
 *
 * @param from  first day; null when open
 * @param to    last day; null when open (up to the latest evidence)
 * @param label the words as written
 * @param kind  how it was written
 * @param start start offset in the normalised text
 * @param end   end offset in the normalised text
 */
public record ClaimPeriod(LocalDate from, LocalDate to, String label, Kind kind, int start, int end) {

    /** How a period was written. */
    public enum Kind {
        /** "in 2015", "2015". */
        YEAR,
        /** "2017/18", "2017-18", "financial year 2017". */
        FINANCIAL_YEAR,
        /** "March 2018". */
        MONTH,
        /** "30 September 2019". */
        DAY,
        /** "since 2010": from then to the statement. */
        SINCE,
        /** "between 2010 and 2015", "from 2010 to 2015". */
        RANGE,
        /** "last year", "in the last two years", "this year", relative to when the claim was made. */
        RELATIVE
    }

    /** True when the period has a start and an end and is not a single point. */
    boolean isSpan() {
        return kind == Kind.SINCE || kind == Kind.RANGE || (kind == Kind.RELATIVE && from != null && to != null
                && from.plusMonths(13).isBefore(to));
    }
}
