package org.factcheck.apikey.service;

import java.util.Optional;
import java.util.regex.Pattern;
import org.factcheck.apikey.Role;
import org.factcheck.common.FactcheckConfig.Auth.PublicReads;

/**
 * Which role each operation needs, by method and path: one table for the whole API, including the resources of other
 * features, so that a new endpoint is closed (admin only) until it is listed here. Plain Java.
 */
public final class AccessPolicy {

    /** What a request needs: nothing (public), any valid key, or a role. */
    public record Need(boolean open, Role role) {
        static final Need PUBLIC = new Need(true, null);
        static final Need ANY_KEY = new Need(false, Role.READER);

        static Need role(Role role) {
            return new Need(false, role);
        }
    }

    private static final Pattern CLAIMREVIEW = Pattern.compile("/api/v1/(claims/\\d+/claimreview|claimreviews)/?");
    private static final Pattern VERDICT = Pattern.compile("/api/v1/claims/\\d+/verdict/?");
    private static final Pattern RECHECK = Pattern.compile("/api/v1/claims/\\d+/recheck/?");
    private static final Pattern EVIDENCE_STORE = Pattern.compile("/api/v1/(evidence|places|sources)(/.*)?");

    private AccessPolicy() {
    }

    public static Need need(String method, String rawPath, PublicReads publicReads) {
        String path = rawPath.startsWith("/") ? rawPath : "/" + rawPath;
        if (!path.startsWith("/api/")) {
            return Need.PUBLIC; // /q/health, /q/metrics, /q/openapi, /q/swagger-ui
        }
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (path.startsWith("/api/v1/api-keys")) {
            return Need.role(Role.ADMIN);
        }
        if (read) {
            if (publicReads == PublicReads.ALL
                    || publicReads == PublicReads.CLAIMREVIEW && CLAIMREVIEW.matcher(path).matches()) {
                return Need.PUBLIC;
            }
            return Need.ANY_KEY;
        }
        return Optional.ofNullable(writeRole(method, path)).map(Need::role).orElse(Need.role(Role.ADMIN));
    }

    private static Role writeRole(String method, String path) {
        if (method.equals("POST") && (path.equals("/api/v1/claims") || path.equals("/api/v1/checks")
                || path.equals("/api/v1/articles"))) {
            return Role.NEWSROOM;
        }
        if (method.equals("PUT") && VERDICT.matcher(path).matches()
                || method.equals("POST") && RECHECK.matcher(path).matches()
                || EVIDENCE_STORE.matcher(path).matches()) {
            return Role.CHECKER;
        }
        return null;
    }
}
