package org.factcheck.hostile;

import static org.factcheck.hostile.HostileValues.pick;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Builds malformed and hostile requests for one OpenAPI operation: bad path ids, query parameters and headers, JSON
 * bodies with one field broken (wrong type, edge number, hostile or over-long text, missing, unknown, duplicated),
 * broken or oversized bodies (with and without Content-Length), wrong content types and charsets, and hostile
 * CSV/NDJSON files for the import. Each request breaks one thing, named as its culprit where one field is at fault.
 */
final class HostileRequestGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPLICATION_JSON = "application/json";

    private final Random random;
    private final Function<String, String> fixtureIds;
    private final long maxJsonBody;

    /**
     * @param fixtureIds for a path template, the id of a record that exists (null where none should be used)
     */
    HostileRequestGenerator(Random random, Function<String, String> fixtureIds, long maxJsonBody) {
        this.random = random;
        this.fixtureIds = fixtureIds;
        this.maxJsonBody = maxJsonBody;
    }

    HostileRequest next(ApiOperation op) {
        ApiOperation.Body json = op.bodies().get(APPLICATION_JSON);
        boolean hasPathId = op.path().contains("{id}");
        List<ApiOperation.Param> queries = op.params().stream().filter(p -> p.in().equals("query")).toList();
        List<ApiOperation.Param> headers = op.params().stream().filter(p -> p.in().equals("header")).toList();
        while (true) {
            int kind = random.nextInt(10);
            if (kind == 0 && hasPathId) {
                return badId(op);
            } else if (kind == 1 && !queries.isEmpty()) {
                return badQuery(op, pick(random, queries));
            } else if (kind == 2 && !headers.isEmpty()) {
                return badHeader(op, pick(random, headers));
            } else if (kind == 3) {
                return wrongFraming(op, json);
            } else if (kind >= 4 && json != null) {
                return kind <= 7 ? badField(op, json) : badJsonBody(op, json);
            } else if (kind >= 4 && !op.bodies().isEmpty()) {
                return HostileFiles.next(random, start(op), op.bodies());
            } else if (kind >= 4 && random.nextInt(3) == 0) {
                return start(op).what("stray body").body(APPLICATION_JSON, bytes(pick(random, HostileValues.JSON_VALUES)))
                        .build();
            }
        }
    }

    // --- path, query, headers ----------------------------------------------------------------------------------

    private HostileRequest badId(ApiOperation op) {
        // a DELETE must not hit a real record: "1;x=y", "+1" and "007" are ids 1 and 7 (the admin key is id 1)
        List<String> ids = op.method().equals("DELETE") ? HostileValues.IDS.stream()
                .filter(id -> !id.matches(".*[1-9].*") || id.length() > 15).toList() : HostileValues.IDS;
        String id = pick(random, ids);
        HostileRequest.Builder b = HostileRequest.of(op.method(), op.path().replace("{id}", id));
        return withBody(op, withValidParts(op, b, null)).what("path id").culprit(readsAsId(id) ? null : "id").build();
    }

    private HostileRequest badQuery(ApiOperation op, ApiOperation.Param param) {
        HostileRequest.Builder b = start(op).what("query " + param.name());
        String value = random.nextInt(4) == 0 ? encode(pick(random, HostileValues.TEXTS))
                : pick(random, HostileValues.QUERY_VALUES);
        b.query(param.name(), value);
        for (ApiOperation.Param other : queries(op)) {
            if (other.required() && !other.name().equals(param.name()) && other.example() != null) {
                b.query(other.name(), encode(other.example()));
            }
        }
        if (random.nextInt(5) == 0) {
            b.query(param.name(), pick(random, HostileValues.QUERY_VALUES)).what("query " + param.name() + " twice");
        }
        if (random.nextInt(6) == 0) {
            // an unknown parameter is ignored, unless its name holds a control character: then it is a second fault
            List<String> names = HostileValues.TEXTS.stream().filter(t -> t.chars().allMatch(c -> c >= 0x20)).toList();
            b.query(encode(pick(random, names)), "1").what("query " + param.name() + " + unknown");
        }
        return withBody(op, b).culprit(param.name()).build();
    }

    private HostileRequest badHeader(ApiOperation op, ApiOperation.Param param) {
        HostileRequest.Builder b = start(op).what("header " + param.name());
        List<String> values = param.name().equalsIgnoreCase("If-Match") ? HostileValues.IF_MATCH
                : HostileValues.IDEMPOTENCY_KEYS;
        b.header(param.name(), pick(random, values));
        return withBody(op, b).culprit(param.name()).build();
    }

    /** Wrong content type or charset, odd Accept, or a body where none belongs. */
    private HostileRequest wrongFraming(ApiOperation op, ApiOperation.Body json) {
        HostileRequest.Builder b = start(op);
        byte[] body = bytes(json != null && json.example() != null ? json.example() : "{}");
        return switch (random.nextInt(3)) {
            case 0 -> b.what("content type").body(pick(random, HostileValues.CONTENT_TYPES), body).build();
            case 1 -> withBody(op, b.what("accept").header("Accept", pick(random, HostileValues.ACCEPTS))).build();
            default -> b.what("no content type").body(null, body).build();
        };
    }

    // --- JSON bodies ---------------------------------------------------------------------------------------------

    /** The documented example with one field broken. */
    private HostileRequest badField(ApiOperation op, ApiOperation.Body json) {
        ObjectNode body = example(json);
        List<String> fields = new ArrayList<>();
        collectFields(json.schema(), "", fields);
        String field = fields.isEmpty() ? "text" : pick(random, fields);
        JsonNode schema = schemaAt(json.schema(), field);
        String leaf = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        ObjectNode parent = parentOf(body, field);
        HostileRequest.Builder b = start(op).culprit(field);
        switch (random.nextInt(7)) {
            case 0 -> {
                int max = schema.path("maxLength").asInt(200_000);
                String text = (random.nextBoolean() ? "x" : "é").repeat(max + 1 + random.nextInt(3));
                parent.put(leaf, text);
                b.what("over-long " + field);
            }
            case 1 -> {
                parent.remove(leaf);
                b.what("missing " + field);
                if (!isRequired(json.schema(), field)) {
                    b.culprit(null);
                }
            }
            case 2 -> {
                String extra = pick(random, List.of("colour", "__proto__", "id", "createdAt", leaf + " ", leaf.toUpperCase(),
                        "$where", "constructor"));
                parent.put(extra, "x");
                b.what("unknown field").culprit(extra.strip().isEmpty() ? null : extra.strip());
            }
            case 3 -> {
                parent.put(leaf, pick(random, HostileValues.TEXTS));
                b.what("hostile text " + field);
            }
            case 4 -> {
                ArrayNode list = parent.putArray(leaf);
                int n = pick(random, List.of(0, 21, 101, 5000));
                for (int i = 0; i < n; i++) {
                    list.add(random.nextBoolean() ? "t" + i : "");
                }
                b.what("list of " + n + " as " + field);
            }
            default -> {
                parent.putRawValue(leaf, new RawValue(pick(random, HostileValues.JSON_VALUES)));
                b.what("raw value " + field);
            }
        }
        return withValidParts(op, b, null).body(APPLICATION_JSON, bytes(write(body))).build();
    }

    /** A body that is not the JSON the operation reads, or too big for it. */
    private HostileRequest badJsonBody(ApiOperation op, ApiOperation.Body json) {
        String example = json.example() == null ? "{}" : json.example();
        HostileRequest.Builder b = withValidParts(op, start(op), null);
        int kind = random.nextInt(14);
        byte[] body = switch (kind) {
            case 0 -> bytes(example.substring(0, random.nextInt(Math.max(1, example.length()))));
            case 1 -> bytes(example + pick(random, List.of("}", "{}", ",", " x", "\u0000", "]")));
            case 2 -> bytes(pick(random, List.of("", " ", "null", "[]", "0", "\"text\"", "{", "}", "[{}]", "{}{}",
                    "{'text': 'single'}", "{text: 1}", "{\"a\":1,}", "// comment\n{}", "/* c */ {}", "\u0000")));
            case 3 -> bytes("[".repeat(20_000 + random.nextInt(60_000)));
            case 4 -> bytes("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
            case 5 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(example));
            case 6 -> example.replaceFirst(":\\s*\"", ": \"\u0000").getBytes(StandardCharsets.UTF_16);
            case 7 -> invalidUtf8(example);
            case 8 -> {
                StringBuilder many = new StringBuilder("{");
                for (int i = 0; i < 40_000; i++) {
                    many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
                }
                yield bytes(many.append('}').toString());
            }
            default -> {
                b.expect(413).chunked(random.nextBoolean());
                int size = (int) Math.min(Integer.MAX_VALUE - 16, maxJsonBody + 1 + random.nextInt(2_000_000));
                String pad = random.nextBoolean() ? " " : "x";
                yield bytes(pad.equals(" ") ? example + " ".repeat(size) : "{\"text\": \"" + "x".repeat(size) + "\"}");
            }
        };
        if (kind < 9) {
            b.what("broken body " + kind);
        } else {
            b.what("oversized body");
        }
        return b.body(APPLICATION_JSON, body).build();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static List<ApiOperation.Param> queries(ApiOperation op) {
        return op.params().stream().filter(p -> p.in().equals("query")).toList();
    }

    private HostileRequest.Builder start(ApiOperation op) {
        String id = fixtureIds.apply(op.method() + " " + op.path());
        return HostileRequest.of(op.method(), op.path().replace("{id}", id == null ? "987654321" : id));
    }

    /** Adds the headers the operation needs to get past its own preconditions (If-Match). */
    private HostileRequest.Builder withValidParts(ApiOperation op, HostileRequest.Builder b, String skipped) {
        for (ApiOperation.Param p : op.params()) {
            if (p.in().equals("header") && p.name().equals("If-Match") && !p.name().equals(skipped)) {
                b.header("If-Match", "\"0\"");
            }
        }
        return b;
    }

    private HostileRequest.Builder withBody(ApiOperation op, HostileRequest.Builder b) {
        ApiOperation.Body json = op.bodies().get(APPLICATION_JSON);
        if (json != null && json.example() != null) {
            b.body(APPLICATION_JSON, bytes(json.example()));
        }
        return b;
    }

    private static ObjectNode example(ApiOperation.Body json) {
        try {
            JsonNode node = JSON.readTree(json.example() == null ? "{}" : json.example());
            return node.isObject() ? (ObjectNode) node : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the documented example is not JSON: " + json.example(), e);
        }
    }

    /** Dotted paths of every property, nested objects included. */
    private static void collectFields(JsonNode schema, String prefix, List<String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            into.add(prefix + p.getKey());
            if (p.getValue().has("properties") && prefix.isEmpty()) {
                collectFields(p.getValue(), p.getKey() + ".", into);
            }
        }
    }

    private static JsonNode schemaAt(JsonNode schema, String field) {
        JsonNode current = schema;
        for (String part : field.split("\\.")) {
            current = current.path("properties").path(part);
        }
        return current;
    }

    private static boolean isRequired(JsonNode schema, String field) {
        JsonNode parent = schema;
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.path("properties").path(parts[i]);
        }
        for (JsonNode r : parent.path("required")) {
            if (r.asText().equals(parts[parts.length - 1])) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode parentOf(ObjectNode body, String field) {
        ObjectNode parent = body;
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
        }
        return parent;
    }

    private static byte[] invalidUtf8(String example) {
        byte[] text = bytes(example);
        int quote = example.indexOf(": \"");
        if (quote < 0) {
            return concat(text, new byte[] {(byte) 0xC3, (byte) 0x28});
        }
        byte[] head = bytes(example.substring(0, quote + 3));
        return concat(concat(head, new byte[] {(byte) 0xFF, (byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0,
                (byte) 0x80}), bytes(example.substring(quote + 3)));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Whether the server may read the segment as an id (JAX-RS drops ";x=y"; Java reads "+1", "007", "１２"). */
    private static boolean readsAsId(String segment) {
        try {
            Long.parseLong(java.net.URLDecoder.decode(segment.replaceFirst(";.*", ""), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
