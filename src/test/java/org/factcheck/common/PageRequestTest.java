package org.factcheck.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
    }

    @ParameterizedTest(name = "page {0}, size {1} -> offset {2}")
    @CsvSource({"0, 1, 0", "0, 200, 0", "3, 20, 60", "5000, 200, 1000000", "1000000, 1, 1000000"})
    void acceptsPagesWithinTheBounds(int page, int size, int offset) {
        PageRequest p = PageRequest.of(page, size);

        assertEquals(page, p.page());
        assertEquals(size, p.size());
        assertEquals(offset, p.offset());
    }

    @ParameterizedTest(name = "size {0}")
    @CsvSource({"0", "-1", "201", "2147483647"})
    void refusesASizeOutsideOneToTwoHundred(int size) {
        ApiException e = assertThrows(ApiException.class, () -> PageRequest.of(0, size));

        assertEquals(400, e.status());
        assertEquals("validation", e.type());
        assertEquals("size must be between 1 and 200", e.getMessage());
        assertEquals(List.of(ProblemError.field("size", "must be between 1 and 200, was " + size)), e.errors());
    }

    @Test
    void refusesANegativePage() {
        ApiException e = assertThrows(ApiException.class, () -> PageRequest.of(-1, 20));

        assertEquals(400, e.status());
        assertEquals(List.of(ProblemError.field("page", "must be 0 or more, was -1")), e.errors());
    }

    @ParameterizedTest(name = "page {0}, size {1}")
    @CsvSource({"5001, 200", "1000001, 1", "2147483647, 200"})
    void refusesPagesDeeperThanOneMillionRows(int page, int size) {
        ApiException e = assertThrows(ApiException.class, () -> PageRequest.of(page, size));

        assertEquals(400, e.status());
        assertEquals("page", e.errors().get(0).field());
    }

    @Test
    void countsPagesOfAResponseRoundingUp() {
        PageRequest page = PageRequest.of(1, 20);

        assertEquals(3, PageResponse.of(List.of(), page, 41).totalPages());
        assertEquals(2, PageResponse.of(List.of(), page, 40).totalPages());
        assertEquals(0, PageResponse.of(List.of(), page, 0).totalPages());
        assertEquals(1, PageResponse.of(List.of("x"), page, 41).page());
    }
}
