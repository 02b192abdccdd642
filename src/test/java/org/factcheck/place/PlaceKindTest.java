package org.factcheck.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceKindTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"borough, BOROUGH", "Police Force, POLICE_FORCE", "local-authority, LOCAL_AUTHORITY",
        "' region ', REGION", "police_force, POLICE_FORCE"})
    void readsKindsWrittenAsPeopleWriteThem(String text, PlaceKind kind) {
        assertEquals(Optional.of(kind), PlaceKind.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"galaxy", "boroughs", "", "police__force"})
    void knowsNoOtherKinds(String text) {
        assertTrue(PlaceKind.parse(text).isEmpty());
    }

    @Test
    void listsTheVocabularyAsTheDatabaseStoresIt() {
        assertEquals(List.of("unknown", "country", "region", "borough", "city", "local_authority", "police_force",
                "ward", "other"), PlaceKind.vocabulary());
        assertTrue(PlaceKind.parse(null).isEmpty());
    }
}
