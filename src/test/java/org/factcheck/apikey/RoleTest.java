package org.factcheck.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A role as written in a key request: its wire name in any case; anything else is refused in plain words. */
class RoleTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"checker", "CHECKER", " Checker "})
    void readsTheWireNameInAnyCase(String text) {
        assertEquals(Role.CHECKER, Role.parse(text));
    }

    @Test
    void refusesAnUnknownRoleWithoutJavaNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.parse("editor"));

        assertTrue(e.getMessage().contains("use reader, newsroom, checker or admin"), e.getMessage());
        assertFalse(e.getMessage().contains("org.factcheck"), e.getMessage());
    }
}
