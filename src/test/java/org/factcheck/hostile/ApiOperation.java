package org.factcheck.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation of the service's OpenAPI document, as far as the hostile request generator needs it: its parameters
 * and request bodies with their schemas ({@code $ref}s resolved) and first example.
 */
record ApiOperation(String method, String path, List<Param> params, Map<String, Body> bodies) {

    /** A path, query or header parameter. */
    record Param(String in, String name, JsonNode schema, boolean required, String example) {
    }

    /** A request body of one media type: its schema and the first documented example, if any. */
    record Body(String mediaType, JsonNode schema, String example) {
    }

    boolean mutates() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Every operation of the document, in document order. */
    static List<ApiOperation> all(String openApiJson) {
        try {
            JsonNode doc = new ObjectMapper().readTree(openApiJson);
            List<ApiOperation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (op.getKey().equals("parameters")) {
                        continue;
                    }
                    operations.add(read(doc, op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
            return operations;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    private static ApiOperation read(JsonNode doc, String method, String path, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = resolve(doc, p);
            params.add(new Param(param.path("in").asText(), param.path("name").asText(),
                    resolveDeep(doc, param.path("schema"), 0), param.path("required").asBoolean(false),
                    param.has("example") ? param.get("example").asText() : null));
        }
        Map<String, Body> bodies = new LinkedHashMap<>();
        JsonNode content = resolve(doc, op.path("requestBody")).path("content");
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            JsonNode schema = resolveDeep(doc, type.getValue().path("schema"), 0);
            String example = null;
            for (JsonNode ex : type.getValue().path("examples")) {
                JsonNode value = resolve(doc, ex).path("value");
                example = value.isTextual() ? value.asText() : value.isMissingNode() ? null : value.toString();
                break;
            }
            bodies.put(type.getKey(), new Body(type.getKey(), schema, example));
        }
        return new ApiOperation(method, path, params, bodies);
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = doc.at(ref.substring(1));
        }
        return current;
    }

    /** The schema with every $ref replaced by its target (to a fixed depth, against cycles). */
    private static JsonNode resolveDeep(JsonNode doc, JsonNode node, int depth) {
        JsonNode resolved = resolve(doc, node);
        if (depth > 6 || !resolved.isObject()) {
            return resolved;
        }
        ObjectNode copy = resolved.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = resolved.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getKey().equals("properties")) {
                ObjectNode props = copy.putObject("properties");
                f.getValue().fields().forEachRemaining(p -> props.set(p.getKey(),
                        resolveDeep(doc, p.getValue(), depth + 1)));
            } else if (f.getKey().equals("items")) {
                copy.set("items", resolveDeep(doc, f.getValue(), depth + 1));
            } else if (f.getKey().equals("allOf") || f.getKey().equals("oneOf") || f.getKey().equals("anyOf")) {
                ArrayNode parts = copy.putArray(f.getKey());
                f.getValue().forEach(part -> parts.add(resolveDeep(doc, part, depth + 1)));
            }
        }
        return copy;
    }
}
