package org.factcheck.apikey;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.factcheck.common.ContractFilter;

/**
 * Every @QuarkusTest sends the test profile's bootstrap admin key unless a request carries its own key, so that tests
 * of other features need not know about keys. Role tests send their own key or call {@link #withoutKey()}.
 */
public class AdminKeyCallback implements QuarkusTestBeforeEachCallback {

    /** %test.factcheck.auth.bootstrap-admin-key in application.properties. */
    public static final String ADMIN_KEY = "test-bootstrap-admin-key-0123456789";

    private static volatile boolean sendKey = true;
    private static boolean installed;

    private static final Filter ADD_KEY = (request, response, context) -> {
        if (sendKey && !request.getHeaders().hasHeaderWithName("Authorization")
                && !request.getHeaders().hasHeaderWithName("X-API-Key")) {
            request.header("Authorization", "Bearer " + ADMIN_KEY);
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        sendAdminKey();
    }

    /**
     * From now on, requests without a key of their own send the admin key (integration tests call this), and every
     * exchange is held to the OpenAPI document ({@link ContractFilter}, after the key so that it sees the request as
     * sent).
     */
    public static void sendAdminKey() {
        sendKey = true;
        synchronized (AdminKeyCallback.class) {
            if (!installed) {
                RestAssured.filters(ADD_KEY, ContractFilter.global());
                installed = true;
            }
        }
    }

    /** For the rest of this test, requests carry no key unless they add one. */
    public static void withoutKey() {
        sendKey = false;
    }
}
