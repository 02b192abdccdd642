package org.factcheck.engine;

import java.util.Locale;

/** The groups a rank is taken over (RATING_RULES.md, "Peer groups"). */
public enum PeerGroup {
    /** The 32 London boroughs (kind borough; the City of London is not a borough). */
    LONDON_BOROUGHS("London boroughs"),
    /** Every English local authority: the boroughs, the City and local_authority places with E06-E09 codes. */
    ENGLISH_LOCAL_AUTHORITIES("English local authorities"),
    /** Every local authority of England and Wales. */
    ENGLAND_AND_WALES_LOCAL_AUTHORITIES("local authorities in England and Wales"),
    /** The 43 police forces of England and Wales. */
    POLICE_FORCES("police forces"),
    /** The nine English regions (E12 codes). */
    ENGLISH_REGIONS("English regions");

    private final String label;

    PeerGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a place belongs to this group. */
    public boolean contains(PlaceInfo p) {
        String code = p.code() == null ? "" : p.code().toUpperCase(Locale.ROOT);
        return switch (this) {
            case LONDON_BOROUGHS -> p.kind().equals("borough");
            case ENGLISH_LOCAL_AUTHORITIES -> p.kind().equals("borough") || p.kind().equals("city")
                    || (p.kind().equals("local_authority") && code.matches("E0[6-9].*"));
            case ENGLAND_AND_WALES_LOCAL_AUTHORITIES -> p.kind().equals("borough") || p.kind().equals("city")
                    || p.kind().equals("local_authority");
            case POLICE_FORCES -> p.kind().equals("police_force");
            case ENGLISH_REGIONS -> p.kind().equals("region") && code.startsWith("E12");
        };
    }
}
