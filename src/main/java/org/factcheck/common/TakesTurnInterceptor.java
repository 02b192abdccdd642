package org.factcheck.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs {@link TakesTurn} methods through the {@link WorkGate}. Its priority puts it outside {@code @Transactional}
 * (PLATFORM_BEFORE + 200), so a request waiting for its turn holds no database connection.
 */
@TakesTurn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class TakesTurnInterceptor {

    @Inject
    WorkGate gate;

    @AroundInvoke
    Object inTurn(InvocationContext context) throws Exception {
        try {
            return gate.run(() -> {
                try {
                    return context.proceed();
                } catch (Exception e) {
                    throw new Wrapped(e);
                }
            });
        } catch (Wrapped w) {
            throw w.checked;
        }
    }

    /** Carries a checked exception of the intercepted method through the gate's Supplier. */
    private static final class Wrapped extends RuntimeException {
        private final Exception checked;

        Wrapped(Exception checked) {
            super(checked.getMessage(), checked, false, false);
            this.checked = checked;
        }
    }
}
