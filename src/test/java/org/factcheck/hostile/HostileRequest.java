package org.factcheck.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request. {@code culprit} is the field, parameter or header the generator broke (null when the body
 * as a whole is broken); a 400 or 422 must name it. {@code expectedStatus} is set where only one answer is right.
 */
record HostileRequest(String what, String method, String rawPath, String rawQuery, Map<String, String> headers,
                      String contentType, byte[] body, boolean chunked, String culprit, Integer expectedStatus) {

    static Builder of(String method, String rawPath) {
        return new Builder(method, rawPath);
    }

    String describe() {
        String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        return "[" + what + "] " + method + " " + rawPath + (rawQuery.isEmpty() ? "" : "?" + abbreviate(rawQuery))
                + (headers.isEmpty() ? "" : " headers=" + abbreviate(headers.toString()))
                + (contentType == null ? "" : " content-type=" + contentType)
                + (body == null ? "" : " body(" + body.length + " bytes" + (chunked ? ", chunked" : "") + ")="
                        + shown.replace("\n", "\\n") + (body.length > 300 ? "..." : ""))
                + (culprit == null ? "" : " culprit=" + culprit);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + " chars)" : s;
    }

    static final class Builder {
        private final String method;
        private final String rawPath;
        private final StringBuilder query = new StringBuilder();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String what = "";
        private String contentType;
        private byte[] body;
        private boolean chunked;
        private String culprit;
        private Integer expectedStatus;

        private Builder(String method, String rawPath) {
            this.method = method;
            this.rawPath = rawPath;
        }

        Builder what(String what) {
            this.what = what;
            return this;
        }

        Builder query(String name, String rawValue) {
            query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(rawValue);
            return this;
        }

        Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Builder body(String contentType, byte[] body) {
            this.contentType = contentType;
            this.body = body;
            return this;
        }

        Builder chunked(boolean chunked) {
            this.chunked = chunked;
            return this;
        }

        Builder culprit(String culprit) {
            this.culprit = culprit;
            return this;
        }

        Builder expect(int status) {
            this.expectedStatus = status;
            return this;
        }

        HostileRequest build() {
            return new HostileRequest(what, method, rawPath, query.toString(), Map.copyOf(headers), contentType, body,
                    chunked, culprit, expectedStatus);
        }
    }
}
