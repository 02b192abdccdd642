package org.factcheck.evidence.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.factcheck.common.ApiException;
import org.factcheck.common.ProblemError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportModeTest {

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "fail"})
    void failsTheWholeFileByDefault(String onError) {
        assertEquals(ImportMode.FAIL, ImportMode.parse(onError));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"skip"})
    void skipsBadRecordsWhenAsked(String onError) {
        assertEquals(ImportMode.SKIP, ImportMode.parse(onError));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"bogus", "ignore", "true", "skip,fail", "s", "SKIP", " Skip ", "FAIL"})
    void refusesAnyOtherMode(String onError) {
        ApiException e = assertThrows(ApiException.class, () -> ImportMode.parse(onError));

        assertEquals(400, e.status());
        assertEquals(List.of(ProblemError.field("onError", "'" + onError + "' is neither fail nor skip")), e.errors());
    }
}
