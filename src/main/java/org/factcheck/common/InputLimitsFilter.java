package org.factcheck.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the bounds the service puts on what clients send, where the annotations cannot say it once for all:
 * text query parameters are at most {@link QueryLimitFilter#MAX_LENGTH} characters (enforced there), header
 * parameters at most {@link #MAX_HEADER_LENGTH}; {@code page} and {@code size} have {@link PageRequest}'s range; ids
 * in paths are positive; other integers sent without a narrower range are bounded by their format (int32, int64).
 * Also: optional request fields accept null (see {@link #acceptNullForOptionalRequestFields}). Run at build time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class InputLimitsFilter implements OASFilter {

    /** Idempotency-Key (IdempotencyService) and If-Match values are shorter. */
    static final int MAX_HEADER_LENGTH = 200;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(InputLimitsFilter::boundParameters));
        boundDates(api);
        forRequestSchemas(api, schema -> inlineTextReferences(schema, api.getComponents().getSchemas()));
        acceptNullForOptionalRequestFields(api);
        boundRequestIntegers(api);
    }

    /**
     * ISO dates and date-times as java.time reads them: the longest has a year of nine digits and a sign
     * ({@code +999999999-12-31}, then {@code T23:59:59.999999999+18:00}).
     */
    private static void boundDates(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = api.getComponents().getSchemas();
        if (components.get("LocalDate") != null && components.get("LocalDate").getMaxLength() == null) {
            components.get("LocalDate").setMaxLength(16);
        }
        if (components.get("OffsetDateTime") != null && components.get("OffsetDateTime").getMaxLength() == null) {
            components.get("OffsetDateTime").setMaxLength(41);
        }
    }

    /**
     * A text property of a request that refers to another schema (a date, an enum) is written in place: the document
     * then says its bound (the longest enum value or the target's maxLength) and, for an optional one, that null is
     * accepted too, which a 3.0 {@code allOf: [$ref]} cannot say.
     */
    private static void inlineTextReferences(Schema schema, Map<String, Schema> components) {
        if (schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.replaceAll((name, property) -> {
            String ref = property.getRef();
            Schema target = ref == null ? null : components.get(ref.substring(ref.lastIndexOf('/') + 1));
            if (target == null || !List.of(Schema.SchemaType.STRING).equals(target.getType())) {
                return property;
            }
            Schema inline = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                    .format(target.getFormat()).enumeration(target.getEnumeration())
                    .description(property.getDescription() != null ? property.getDescription() : target.getDescription())
                    .example(property.getExample() != null ? property.getExample() : target.getExample());
            inline.setMaxLength(target.getMaxLength() != null ? target.getMaxLength()
                    : target.getEnumeration() == null ? null : target.getEnumeration().stream()
                    .mapToInt(value -> String.valueOf(value).length()).max().orElse(0));
            return inline;
        });
        schema.setProperties(properties);
    }

    private static void boundParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema == null || schema.getType() == null || parameter.getIn() == null) {
                continue;
            }
            if (schema.getType().contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                    && schema.getEnumeration() == null) {
                schema.setMaxLength(parameter.getIn() == Parameter.In.HEADER ? MAX_HEADER_LENGTH
                        : QueryLimitFilter.MAX_LENGTH);
            }
            if (schema.getType().contains(Schema.SchemaType.INTEGER)) {
                if (parameter.getIn() == Parameter.In.QUERY && "page".equals(parameter.getName())) {
                    bound(schema, 0, PageRequest.MAX_OFFSET);
                } else if (parameter.getIn() == Parameter.In.QUERY && "size".equals(parameter.getName())) {
                    bound(schema, 1, PageRequest.MAX_SIZE);
                } else if (parameter.getIn() == Parameter.In.PATH) {
                    bound(schema, 1, maximum(schema));
                }
                byFormat(schema);
            }
        }
    }

    /** Integers in request bodies without a range of their own: the range of their format. */
    private static void boundRequestIntegers(OpenAPI api) {
        forRequestSchemas(api, schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(InputLimitsFilter::byFormatDeep);
            }
        });
    }

    private static void byFormatDeep(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)) {
            byFormat(schema);
        }
        if (schema.getItems() != null) {
            byFormatDeep(schema.getItems());
        }
    }

    private static void byFormat(Schema schema) {
        long max = maximum(schema);
        bound(schema, max == Integer.MAX_VALUE ? Integer.MIN_VALUE : Long.MIN_VALUE, max);
    }

    private static long maximum(Schema schema) {
        return "int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }

    private static void bound(Schema schema, long min, long max) {
        if (schema.getMinimum() == null) {
            schema.setMinimum(BigDecimal.valueOf(min));
        }
        if (schema.getMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf(max));
        }
    }

    /**
     * A request record cannot tell an absent field from a null one (both are null in Java), so every optional field of
     * a request body also accepts null: the document says so, or a client sending {@code "place": null} would be
     * breaking a contract that the service keeps.
     */
    private static void acceptNullForOptionalRequestFields(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        forRequestSchemas(api, InputLimitsFilter::nullableOptionals);
    }

    /** Calls {@code action} once on every component schema that a request body uses, directly or nested. */
    private static void forRequestSchemas(OpenAPI api, Consumer<Schema> action) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = api.getComponents().getSchemas();
        Deque<Schema> pending = new ArrayDeque<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().getMediaTypes() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().stream()
                        .filter(type -> type.getSchema() != null).forEach(type -> pending.add(type.getSchema()));
            }
        }));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (seen.add(name) && components.get(name) != null) {
                    Schema component = components.get(name);
                    action.accept(component);
                    pending.add(component);
                }
                continue;
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAllOf() != null) {
                pending.addAll(schema.getAllOf());
            }
        }
    }

    private static void nullableOptionals(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name) && property.getRef() == null && property.getType() != null
                    && !property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
        });
    }
}
