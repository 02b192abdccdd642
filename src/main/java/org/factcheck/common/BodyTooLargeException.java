package org.factcheck.common;

import java.io.IOException;

/**
 * Thrown while a request body is read, once it passes its limit. An {@link IOException} so that Jackson passes it
 * through unwrapped; {@link ProblemMapper} answers 413.
 */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(String message) {
        super(message);
    }
}
