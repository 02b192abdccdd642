package org.factcheck.common;

/** The service is saturated and did not start the work in time: a 503 worth retrying (see ProblemMapper). */
public class ServiceBusyException extends RuntimeException {

    public ServiceBusyException(String message) {
        super(message);
    }
}
