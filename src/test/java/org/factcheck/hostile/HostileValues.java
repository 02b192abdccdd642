package org.factcheck.hostile;

import java.util.List;
import java.util.Random;

/**
 * Catalogues of malformed and hostile values. JSON values are raw JSON text (so that NaN, 1e309 or a lone surrogate
 * escape can be sent as they are); query and path values are raw, already percent-encoded URL text.
 */
final class HostileValues {

    private HostileValues() {
    }

    /** Texts a client might send anywhere a text is expected (to be JSON-escaped or percent-encoded). */
    static final List<String> TEXTS = List.of(
            "", " ", "   \t  ", "\u0000", "\u0001", "\u001f ", "Barnet\u0000", "\u0001\u0007\u001b[31mred\u001b[0m", "line\r\nbreak",
            "\u202Eevil\u202C", "\u200F\u0628\u0627\u0631\u0646\u062A\u200F", "\u05D1\u05E8\u05E0\u05D8",
            "\uD83D\uDC6E\u200D\u2640\uFE0F\uD83C\uDDEC\uD83C\uDDE7", "\uFEFFBarnet", "\u200B", "a" + "\u0301".repeat(500),
            "'; drop table evidence; --", "' or '1'='1", "1; select pg_sleep(5); --", "\\", "%", "_", "%_%",
            "$..*", "$[?(@.value > 0)]", "$.source[0]['title']", "{{7*7}}", "${jndi:ldap://example.org/a}",
            "<script>alert(1)</script>", "!!&|<->:*", "\"unterminated", "a:*", "(((", "-", "or", "!", "''",
            "Barnet", "null", "NaN", "1e309", "\uFFFF\uFFFE", "\uDBFF\uDFFF", "Ｂａｒｎｅｔ", "İstanbul ǅ ß ﬃ",
            "=cmd|' /C calc'!A0", "../../../../etc/passwd", "\\u0000", "x".repeat(3000), "é".repeat(1000));

    /** Raw JSON values of every shape and edge. */
    static final List<String> JSON_VALUES = List.of(
            "null", "true", "false", "0", "-0", "-0.0", "1.5", "-1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
            "1e309", "-1e309", "1e-400", "1e1000000000", "1E-1000000000", "123456789012345678901234567890.0123456789",
            "NaN", "Infinity", "-Infinity", "0x10", "01", "1.", ".5", "+1", "1e", "--1", "1_000",
            "[]", "{}", "[null]", "[1, 2]", "{\"a\": 1}", "[[[[[]]]]]", "\"\\ud800\"", "\"\\udc00x\"",
            "\"\\u0000\"", "\"2011-02-30\"", "\"0000-01-01\"", "\"-999999999-01-01\"", "\"+1000000-01-01\"",
            "\"2011-1-1\"", "\"20110101\"", "\"2011-01-01T00:00:00Z\"", "\"12\"", "\"1e309\"", "\"NaN\"",
            "\"TRUE\"", "\"published\"", "\"count\"", "\"GBP_per_person\"", "\"ftp://example.org\"",
            "\"javascript:alert(1)\"", "\"http://\"", "\"https://exa mple.org\"", "'single'", "unquoted",
            "\"a\" \"b\"", "\"tab\tinside\"", "\"\\x41\"", "\"\\uZZZZ\"");

    /** Raw query-parameter values, percent-encoding included or deliberately broken. */
    static final List<String> QUERY_VALUES = List.of(
            "", "%00", "a%00b", "%", "%zz", "%C0%AF", "%ED%A0%80", "%FF%FE", "%E2%80%AE", "%F0%9F%91%AE",
            "-1", "-0", "0", "2147483648", "2147483647", "-2147483649", "9223372036854775808", "1e309", "NaN",
            "Infinity", "1.5", "0x10", "%2B1", "+1", "1e3", "true", "yes", "TRUE", "2011-02-30", "2011-13-45",
            "0000-00-00", "+1000000-01-01", "2026-11-26T09%3A00%3A00", "2026-11-26T25:00:00Z", "now",
            "%27%3B%20drop%20table%20claim%3B%20--", "%22", "a%22b", "!!%26%7C", "%24..*", "%5B%5D", "a%2Fb",
            "%E0%A4", "%5C", "%25", "_", "%20%20", "%0D%0ASet-Cookie:%20x=1", "%EF%BB%BF", "PUBLISHED", "published",
            "FALSE", "borough", "Barnet", "skip", "SKIP", "fail%00");

    /** Raw path segments where an id is expected. */
    static final List<String> IDS = List.of(
            "abc", "-1", "0", "1.5", "1e3", "0x1F", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999", "%00", "1%00", "%20", "%EF%BC%91%EF%BC%92",
            "%2e%2e", "1;x=y", "%27%20or%201%3D1", "%ZZ", "null", "NaN", "%E2%80%AE1", "1%20", "+1", "-0", "007");

    /** If-Match values a client might send. */
    static final List<String> IF_MATCH = List.of(
            "", " ", "*", "abc", "\"abc\"", "W/\"0\"", "\"-1\"", "\"99999999999999999999\"", "\"0\", \"1\"",
            "\"1", "1\"", "\"\"", "\"0.5\"", "\"1e3\"", "\"" + "9".repeat(5000) + "\"", "\"\t0\"", "\"é\"",
            "\"0\" garbage", "\",\"");

    /** Idempotency-Key values a client might send. */
    static final List<String> IDEMPOTENCY_KEYS = List.of(
            "", " ", "\t", "k".repeat(201), "k".repeat(8000), "é-key", "key with spaces", "\"quoted\"", "a,b",
            "'; drop table idempotency_key; --", "%00", "ключ");

    /** Content types a JSON endpoint might be sent. */
    static final List<String> CONTENT_TYPES = List.of(
            "application/json; charset=klingon", "application/json; charset=UTF-16", "application/json; charset=",
            "application/json;;;", "application/json; charset=\"utf-8", "application/xml", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "*/*", "application/*",
            "application/problem+json", "application/merge-patch+json", "application/x-ndjson", "text/csv",
            "application/json; q=abc", "json", "/", "application/json, text/plain", "APPLICATION/JSON");

    /** Accept headers. */
    static final List<String> ACCEPTS = List.of(
            "application/xml", "*/*;q=abc", "text/event-stream", "application/x-ndjson", "text/csv", "", ";;;",
            "application/json;q=0", "image/*", "application/json; charset=klingon");

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
