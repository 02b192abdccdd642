package org.factcheck.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every {@code /api/} request to the parameters its operation declares, as the OpenAPI document states them,
 * instead of silently ignoring the rest (the hostile-input test found each of these answered 200):
 * <ul>
 * <li>matrix parameters ({@code /api/v1/claims/1;x=y}), which JAX-RS would strip;</li>
 * <li>a query parameter the operation does not take ({@code ?stauts=DRAFT} would list every claim);</li>
 * <li>a single-valued query parameter given more than once ({@code ?q=a&q=b} would search for {@code a});</li>
 * <li>a numeric id written with a sign or leading zeros ({@code /api/v1/claims/007});</li>
 * <li>an empty value for a number, date or boolean ({@code ?page=}), and a whole number with a plus sign or
 * leading zeros ({@code ?size=+5}); other unreadable values are left to JAX-RS, which cannot convert them.</li>
 * </ul>
 * Each is a 400 problem that names the parameter ({@code validation} for names the operation does not take,
 * {@code bad-request} for values that cannot be read).
 */
public class StrictParametersFilter {

    /** Digits with an optional sign: what JAX-RS converts to a whole number, padded or signed or not. */
    private static final Pattern SIGNED_OR_PADDED = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern CANONICAL_INTEGER = Pattern.compile("-?(?:0|[1-9][0-9]*)");
    private static final Pattern CANONICAL_ID = Pattern.compile("0|[1-9][0-9]*");

    /** How a declared query parameter may be given. */
    private record Declared(boolean repeatable, boolean text, boolean integer) {
    }

    /** What an operation declares: its query parameters by name, and its whole-number path parameters. */
    private record Operation(Map<String, Declared> query, List<String> numericPath) {
    }

    /** Read once per resource method, by reflection. */
    private final Map<Method, Operation> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter(preMatching = true)
    public void refuseMatrixParameters(HttpServerRequest request) {
        // the request line as sent: the JAX-RS view of the path has its matrix parameters removed already
        String path = request.path();
        if (path != null && path.startsWith("/api/") && path.indexOf(';') >= 0) {
            String message = "matrix parameters (';' in the path) are not supported";
            throw ApiException.badRequest("the path " + abbreviate(path) + " has " + message,
                    List.of(ProblemError.field("path", message)));
        }
    }

    @ServerRequestFilter
    public void refuseUndeclaredParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Operation operation = declared.computeIfAbsent(method, StrictParametersFilter::operation);
        Map<String, Declared> takes = operation.query();
        for (Map.Entry<String, List<String>> given : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = given.getKey();
            Declared declaration = takes.get(name);
            if (declaration == null) {
                String message = "is not a parameter of this operation"
                        + (takes.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", takes.keySet()));
                throw ApiException.badRequest("unknown query parameter '" + abbreviate(name) + "': " + message,
                        List.of(ProblemError.field(abbreviate(name), message)));
            }
            if (!declaration.repeatable() && given.getValue().size() > 1) {
                String message = "was given " + given.getValue().size() + " times; give it once";
                throw ApiException.badRequest("query parameter '" + name + "' " + message,
                        List.of(ProblemError.field(name, message)));
            }
            for (String value : given.getValue()) {
                if (!declaration.text() && value.isEmpty()) {
                    throw unreadable("query parameter", name, "is empty; give a value or leave the parameter out");
                }
                if (declaration.integer() && SIGNED_OR_PADDED.matcher(value).matches()
                        && !CANONICAL_INTEGER.matcher(value).matches()) {
                    throw unreadable("query parameter", name, "'" + value + "' must be written as a plain number, "
                            + "without a plus sign or leading zeros");
                }
            }
        }
        for (String name : operation.numericPath()) {
            String raw = request.getUriInfo().getPathParameters().getFirst(name);
            if (raw != null && SIGNED_OR_PADDED.matcher(raw).matches() && !CANONICAL_ID.matcher(raw).matches()) {
                throw unreadable("path parameter", name, "'" + raw + "' must be written as a plain number, without a "
                        + "sign or leading zeros");
            }
        }
    }

    /** The problem a parameter that cannot be read gets (as {@link ProblemMapper} answers one JAX-RS cannot convert). */
    private static ApiException unreadable(String kind, String name, String message) {
        return new ApiException(400, "bad-request", "Bad request", kind + " '" + name + "' " + message,
                List.of(ProblemError.field(name, message)));
    }

    private static Operation operation(Method method) {
        Map<String, Declared> query = new TreeMap<>();
        List<String> numericPath = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            RestQuery rest = p.getAnnotation(RestQuery.class);
            QueryParam queryParam = p.getAnnotation(QueryParam.class);
            RestPath path = p.getAnnotation(RestPath.class);
            if (rest != null || queryParam != null) {
                String name = rest != null ? (rest.value().isEmpty() ? p.getName() : rest.value()) : queryParam.value();
                query.put(name, new Declared(Collection.class.isAssignableFrom(p.getType()) || p.getType().isArray(),
                        p.getType() == String.class, isWholeNumber(p.getType())));
            } else if (path != null && isWholeNumber(p.getType())) {
                numericPath.add(path.value().isEmpty() ? p.getName() : path.value());
            }
        }
        return new Operation(query, List.copyOf(numericPath));
    }

    private static boolean isWholeNumber(Class<?> type) {
        return Set.of(long.class, Long.class, int.class, Integer.class).contains(type);
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
