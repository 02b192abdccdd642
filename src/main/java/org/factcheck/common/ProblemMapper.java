package org.factcheck.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: every error is {@code application/problem+json} (RFC 9457),
 * with a detail a client can act on and never a class name or stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** How long a client should wait before retrying a 503 (the {@code Retry-After} header, seconds). */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response busy(ServiceBusyException e, UriInfo uri) {
        LOG.warnf("service busy for %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
        return serviceUnavailable("the service is at capacity; retry in " + RETRY_AFTER_SECONDS
                + " seconds. A write answered with this status was not stored", uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<ProblemError> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> ProblemError.field(fieldName(v), v.getMessage()))
                .toList();
        String detail = errors.stream().map(err -> err.field() + " " + err.message())
                .collect(Collectors.joining("; "));
        return respond(400, "validation", "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(400, "validation", "Invalid request", "unknown field '" + field + "'", uri,
                List.of(ProblemError.field(field, "is not a field of this request")));
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "another type" : simpleType(e.getTargetType());
        String message = e.getTargetType() == String.class ? firstLine(e.getOriginalMessage()) // JsonSettings' rule
                : "cannot read " + describe(e.getValue()) + " as " + expected;
        return respond(400, "validation", "Invalid request", field + ": " + message, uri,
                List.of(ProblemError.field(field, message)));
    }

    /**
     * A JSON value of the wrong shape (an array or text where an object is expected, an object where a text is). Mapped
     * here because Quarkus' own mapper for this exception answers with an empty body.
     */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "another type" : simpleType(e.getTargetType());
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            return respond(400, "malformed-json", "Malformed JSON",
                    "the body must be one JSON value; more follows it" + where, uri, null);
        }
        if (field.isEmpty()) {
            return respond(400, "validation", "Invalid request", "the body must be " + expected, uri, null);
        }
        String message = "must be " + expected;
        return respond(400, "validation", "Invalid request", field + ": " + message, uri,
                List.of(ProblemError.field(field, message)));
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e, UriInfo uri) {
        return respond(413, "payload-too-large", "Request body too large", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response badMapping(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException parse && !(parse instanceof JsonMappingException)) {
            return malformed(parse, jsonPath(e), uri); // a syntax error inside a nested object: name the field
        }
        String field = jsonPath(e);
        String message = e.getOriginalMessage() == null ? "malformed value" : firstLine(e.getOriginalMessage());
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            message = firstLine(e.getCause().getMessage()); // the type's own words, not "Cannot construct instance of"
        }
        return respond(400, "malformed-json", "Malformed JSON",
                (field.isEmpty() ? "" : field + ": ") + message, uri,
                field.isEmpty() ? null : List.of(ProblemError.field(field, message)));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return malformed(e, "", uri);
    }

    /** {@code fallbackField}: where the mapping was when the parser does not say (a number too long to read). */
    private Response malformed(JsonProcessingException e, String fallbackField, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String field = e.getProcessor() instanceof JsonParser parser ? parsingPath(parser.getParsingContext()) : "";
        field = field.isEmpty() ? fallbackField : field;
        String message = firstLine(e.getOriginalMessage());
        return respond(400, "malformed-json", "Malformed JSON", "the body is not valid JSON" + where
                        + (field.isEmpty() ? "" : " (in " + field + ")") + ": " + message, uri,
                field.isEmpty() ? null : List.of(ProblemError.field(field, "is not valid JSON: " + message)));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(409, "conflict", "Conflict",
                "the record was changed by another request at the same time; read it again and retry", uri, null);
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() == ConstraintKind.UNIQUE) {
            return respond(409, "conflict", "Conflict",
                    "a record with the same key already exists (" + e.getConstraintName() + ")", uri, null);
        }
        LOG.error("database constraint violated", e);
        return respond(409, "conflict", "Conflict",
                "the change conflicts with stored data (" + e.getConstraintName() + ")", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping && !(mapping.getPath().isEmpty())
                    ? badMapping(mapping, uri) : malformed(json, uri);
        }
        if (status == 400 && e.getCause() == null) {
            return respond(400, "malformed-json", "Malformed JSON",
                    "the body could not be read as the JSON this operation expects", uri, null);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers a path or query parameter that cannot be converted (size=twenty) with a 404 whose cause
            // is the conversion error; "nothing is served here" would be untrue
            ProblemError bad = badParameter(e.getCause(), uri);
            return bad == null
                    ? respond(400, "bad-request", "Bad request",
                            "a path or query parameter has the wrong form: " + firstLine(e.getCause().getMessage()), uri,
                            null)
                    : respond(400, "bad-request", "Bad request", parameterKind(bad.field(), uri) + " '" + bad.field()
                            + "' " + bad.message(), uri, List.of(bad));
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(status, "server-error", "Server error", "the service could not complete the request",
                    uri, null);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(status, title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, webDetail(status, e, uri),
                uri, null);
    }

    /**
     * Everything no other mapper takes: a database that cannot be reached or answer in time is a 503 with
     * {@code Retry-After} (see {@link DatabaseFailures}); anything else is a bug, logged with its stack trace, and 500.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Optional<DatabaseFailures.Failure> database = DatabaseFailures.find(e);
        if (database.isPresent()) {
            return unavailable(database.get(), uri);
        }
        LOG.error("unexpected error", e);
        return respond(500, "server-error", "Server error",
                "the service could not complete the request; it has been logged", uri, null);
    }

    static Response unavailable(DatabaseFailures.Failure failure, UriInfo uri) {
        LOG.warnf("database unavailable (%s, SQLState %s) for %s: %s", failure.kind(), failure.sqlState(),
                uri == null ? "?" : uri.getPath(), failure.message());
        DatabaseCircuit.record(failure);
        return unavailableResponse(failure.kind(), uri);
    }

    static Response unavailableResponse(DatabaseFailures.Kind kind, UriInfo uri) {
        String detail = switch (kind) {
            case UNREACHABLE -> "the database cannot be reached at the moment";
            case POOL_EXHAUSTED -> "every database connection is busy";
            case TIMEOUT -> "the database did not answer within the statement timeout";
        } + "; retry in " + RETRY_AFTER_SECONDS + " seconds. A write answered with this status may or may not have "
                + "been stored: read it back, or repeat it with the same Idempotency-Key";
        return serviceUnavailable(detail, uri);
    }

    private static Response serviceUnavailable(String detail, UriInfo uri) {
        return problem(503, "service-unavailable", "Service unavailable", detail, uri, null)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    static Response respond(int status, String type, String title, String detail, UriInfo uri,
                            List<ProblemError> errors) {
        return problem(status, type, title, detail, uri, errors).build();
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail, UriInfo uri,
                                                    List<ProblemError> errors) {
        String instance = uri == null ? null : "/" + uri.getPath().replaceFirst("^/+", "");
        Problem body = new Problem(Problem.TYPE_BASE + type, title, status, detail, instance, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static String webDetail(int status, WebApplicationException e, UriInfo uri) {
        return switch (status) {
            case 404 -> "nothing is served at " + (uri == null ? "this path" : "/" + uri.getPath().replaceFirst("^/+", ""));
            case 405 -> "this method is not allowed at this path; /q/openapi lists the methods each path serves";
            case 406 -> "none of the media types in Accept can be produced here; ask for application/json";
            case 415 -> "this content type is not accepted here; see /q/openapi for the accepted ones";
            default -> e.getMessage() == null ? "request refused" : firstLine(e.getMessage());
        };
    }

    /** The path or query parameter whose value the conversion error quotes, with what it must be. */
    private static ProblemError badParameter(Throwable cause, UriInfo uri) {
        if (uri == null) {
            return null;
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        String must = cause instanceof NumberFormatException ? "must be a whole number"
                : cause instanceof DateTimeParseException ? "must be an ISO 8601 date (2018-04-14) or date-time "
                        + "(2026-11-26T09:00:00Z)"
                : "has the wrong form";
        List<Map.Entry<String, List<String>>> params = new ArrayList<>(uri.getPathParameters().entrySet());
        params.addAll(uri.getQueryParameters().entrySet());
        for (Map.Entry<String, List<String>> param : params) {
            for (String value : param.getValue()) {
                if (message.contains("\"" + value + "\"") || message.contains("'" + value + "'")) {
                    return ProblemError.field(param.getKey(), must + ", was " + describe(value));
                }
            }
        }
        if (message.contains("empty String")) {
            // Double.valueOf("  ") says only "empty String": the one parameter whose value is blank
            List<Map.Entry<String, List<String>>> blank = params.stream()
                    .filter(p -> p.getValue().stream().anyMatch(String::isBlank)).toList();
            if (blank.size() == 1) {
                return ProblemError.field(blank.get(0).getKey(), must + ", was blank");
            }
        }
        // the converter may have trimmed the value, or shortened it ("Text 'aaa...' could not be parsed"): the one
        // parameter whose value holds the quoted text
        int open = Math.max(message.indexOf('"'), message.indexOf('\''));
        String quoted = open < 0 ? "" : message.substring(open + 1).replaceFirst("[\"'][^\"']*$", "")
                .replaceFirst("\\.\\.\\.$", "");
        List<Map.Entry<String, List<String>>> holders = quoted.isEmpty() ? List.of() : params.stream()
                .filter(p -> p.getValue().stream().anyMatch(v -> v.contains(quoted))).toList();
        return holders.size() == 1 ? ProblemError.field(holders.get(0).getKey(), must + ", was "
                + describe(holders.get(0).getValue().get(0))) : null;
    }

    private static String parameterKind(String name, UriInfo uri) {
        return uri.getPathParameters().containsKey(name) ? "path parameter" : "query parameter";
    }

    /** Where the parser was: "source.title", "roles[1]"; empty at the top level. */
    private static String parsingPath(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String fieldName(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // method validation paths look like "create.request.metric": keep what follows the parameter name
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String simpleType(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type == String.class) {
            return "a text";
        }
        if (type.isRecord() || !type.getName().startsWith("java.")) {
            return "a JSON object";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String describe(Object value) {
        String s = String.valueOf(value);
        return "'" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "'";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        int marker = line.indexOf(" (start marker");
        if (marker > 0) {
            line = line.substring(0, marker);
        }
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
