package org.factcheck.common;

import java.util.List;

/**
 * A request the service refuses, with the HTTP status and the problem type it maps to. Thrown by services; turned into
 * {@code application/problem+json} by {@link ProblemMapper}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<ProblemError> errors;

    public ApiException(int status, String type, String title, String detail, List<ProblemError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not found", detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail, null);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-request", "Bad request", detail, null);
    }

    public static ApiException badRequest(String detail, List<ProblemError> errors) {
        return new ApiException(400, "validation", "Invalid request", detail, errors);
    }

    public static ApiException unprocessable(String detail, List<ProblemError> errors) {
        return new ApiException(422, "validation", "Invalid request", detail, errors);
    }

    public static ApiException unprocessable(String field, String message) {
        return unprocessable(message, List.of(ProblemError.field(field, message)));
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(413, "payload-too-large", "Request body too large", detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<ProblemError> errors() {
        return errors;
    }
}
