package org.factcheck.place;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of place the gazetteer knows. Places created implicitly by an import are UNKNOWN. */
public enum PlaceKind {
    UNKNOWN, COUNTRY, REGION, BOROUGH, CITY, LOCAL_AUTHORITY, POLICE_FORCE, WARD, OTHER;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PlaceKind> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String v = s.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(v)).findFirst();
    }

    public static List<String> vocabulary() {
        return Arrays.stream(values()).map(PlaceKind::value).toList();
    }
}
