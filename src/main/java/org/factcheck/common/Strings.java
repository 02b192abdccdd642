package org.factcheck.common;

/** Small text helpers shared by the features. */
public final class Strings {

    private Strings() {
    }

    /** The trimmed text, or null when it is null or blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
