package org.factcheck.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a key may do. Every valid key may read (GET); NEWSROOM submits claims and checks; CHECKER edits evidence,
 * places and sources, writes verdicts and re-checks claims; ADMIN manages keys and may do everything.
 */
public enum Role {
    READER, NEWSROOM, CHECKER, ADMIN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role parse(String s) {
        for (Role role : values()) {
            if (role.wire().equalsIgnoreCase(s.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s)
                + "' is not a role; use reader, newsroom, checker or admin");
    }
}
