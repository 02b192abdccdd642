package org.factcheck.apikey.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Optional;
import org.factcheck.apikey.Caller;
import org.factcheck.apikey.Role;
import org.factcheck.apikey.repository.ApiKeyRepository;
import org.factcheck.apikey.service.AccessPolicy;
import org.factcheck.apikey.service.ApiKeyService;
import org.factcheck.common.ApiException;
import org.factcheck.common.FactcheckConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates the API key ({@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}) and enforces
 * {@link AccessPolicy}: 401 without a valid key, 403 without the role; both problem+json. Records the key's owner as
 * the {@link Caller} of the request.
 */
public class ApiKeyFilter {

    @Inject
    ApiKeyService keys;

    /** Looked up per request: the filter is built before the runtime configuration exists. */
    @Inject
    Instance<FactcheckConfig> config;

    @Inject
    Caller caller;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request) {
        FactcheckConfig.Auth auth = config.get().auth();
        if (!auth.enabled()) {
            return;
        }
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = request.getUriInfo().getPath();
        AccessPolicy.Need need = AccessPolicy.need(method, path, auth.publicReads());
        Optional<String> presented = presentedKey(request);
        if (need.open() && presented.isEmpty()) {
            return;
        }
        ApiKeyRepository.Stored key = presented.flatMap(keys::authenticate).orElseThrow(() -> new ApiException(401,
                "unauthorized", "Unauthorized", presented.isEmpty()
                        ? "this operation needs an API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"
                        : "the API key is not valid (unknown or revoked)", null));
        caller.owner(key.owner());
        caller.keyId(key.id());
        if (need.open() || need.role() == Role.READER || key.roles().contains(Role.ADMIN.wire())
                || key.roles().contains(need.role().wire())) {
            return;
        }
        throw new ApiException(403, "forbidden", "Forbidden", method + " " + path + " needs the role "
                + need.role().wire() + "; key '" + key.owner() + "' has " + String.join(", ", key.roles()), null);
    }

    private static Optional<String> presentedKey(ContainerRequestContext request) {
        String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && !auth.substring(7).isBlank()) {
            return Optional.of(auth.substring(7).trim());
        }
        String header = request.getHeaderString("X-API-Key");
        return header == null || header.isBlank() ? Optional.empty() : Optional.of(header.trim());
    }
}
