package org.factcheck.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes claim text regular without losing where each character came from: curly quotes to straight ones, dashes
 * and minus signs to '-', no-break and thin spaces to spaces, "per cent"/"percent" to '%', runs of spaces to one.
 */
public final class Normaliser {

    private static final Pattern PER_CENT = Pattern.compile("(?i)\\s?\\b(?:per[ -]?cent)\\b");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private Normaliser() {
    }

    public static NormalisedText normalise(String original) {
        String source = original == null ? "" : original;
        StringBuilder out = new StringBuilder(source.length());
        int[] origin = new int[source.length() + 1];
        for (int i = 0; i < source.length(); i++) {
            out.append(map(source.charAt(i)));
            origin[i] = i;
        }
        origin[source.length()] = source.length();
        NormalisedText text = new NormalisedText(out.toString(), source, origin);
        text = replace(text, PER_CENT, "%");
        text = replace(text, SPACES, " ");
        return text;
    }

    private static char map(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032', '`' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E', '\u2033' -> {
                return '"';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
                return '-';
            }
            case '\u00A0', '\u2007', '\u2009', '\u202F', '\t', '\n', '\r' -> {
                return ' ';
            }
            default -> {
                return c;
            }
        }
    }

    /** Replaces every match, mapping each replacement character to the start of the match it replaced. */
    static NormalisedText replace(NormalisedText text, Pattern pattern, String replacement) {
        Matcher m = pattern.matcher(text.text());
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int[] origin = new int[(text.text().length() + 1) * Math.max(1, replacement.length())];
        int n = 0;
        int last = 0;
        do {
            for (int i = last; i < m.start(); i++) {
                out.append(text.text().charAt(i));
                origin[n++] = text.origin()[i];
            }
            for (int i = 0; i < replacement.length(); i++) {
                out.append(replacement.charAt(i));
                origin[n++] = text.origin()[m.start()];
            }
            last = m.end();
        } while (m.find());
        for (int i = last; i < text.text().length(); i++) {
            out.append(text.text().charAt(i));
            origin[n++] = text.origin()[i];
        }
        origin[n] = text.original().length();
        int[] trimmed = new int[n + 1];
        System.arraycopy(origin, 0, trimmed, 0, n + 1);
        return new NormalisedText(out.toString(), text.original(), trimmed);
    }
}
