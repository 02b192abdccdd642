package org.factcheck.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.apikey.service.AccessPolicy;
import org.factcheck.common.FactcheckConfig.Auth.PublicReads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role table, operation by operation (what the ApiKeyFilter enforces). */
class AccessPolicyTest {

    @ParameterizedTest(name = "{0} {1} needs {3} (public reads {2})")
    @CsvSource({
        "GET, /api/v1/claims, CLAIMREVIEW, reader",
        "GET, /api/v1/claims/17, CLAIMREVIEW, reader",
        "GET, /api/v1/claims/similar, CLAIMREVIEW, reader",
        "GET, /api/v1/claims/17/history, CLAIMREVIEW, reader",
        "GET, /api/v1/claims/17/verdict, CLAIMREVIEW, reader",
        "GET, /api/v1/claims/17/claimreview, CLAIMREVIEW, public",
        "GET, /api/v1/claimreviews, CLAIMREVIEW, public",
        "GET, /api/v1/claimreviews, NONE, reader",
        "GET, /api/v1/evidence, ALL, public",
        "GET, /api/v1/evidence, CLAIMREVIEW, reader",
        "GET, /api/v1/places/3, CLAIMREVIEW, reader",
        "GET, /api/v1/sources, CLAIMREVIEW, reader",
        "POST, /api/v1/claims, ALL, newsroom",
        "POST, /api/v1/checks, ALL, newsroom",
        "POST, /api/v1/articles, NONE, newsroom",
        "POST, /api/v1/claims/17/recheck, ALL, checker",
        "PUT, /api/v1/claims/17/verdict, ALL, checker",
        "POST, /api/v1/evidence, ALL, checker",
        "PUT, /api/v1/evidence/5, ALL, checker",
        "DELETE, /api/v1/evidence/5, ALL, checker",
        "POST, /api/v1/evidence/import, ALL, checker",
        "POST, /api/v1/places, ALL, checker",
        "POST, /api/v1/places/3/aliases, ALL, checker",
        "POST, /api/v1/sources, ALL, checker",
        "GET, /api/v1/api-keys, ALL, admin",
        "POST, /api/v1/api-keys, ALL, admin",
        "DELETE, /api/v1/api-keys/4, ALL, admin",
        "DELETE, /api/v1/claims/17/history, ALL, admin",
        "PATCH, /api/v1/claims/17, ALL, admin",
        "GET, /q/health/ready, NONE, public",
        "GET, /q/openapi, NONE, public"})
    void needsTheDocumentedRoleForEveryOperation(String method, String path, PublicReads reads, String expected) {
        AccessPolicy.Need need = AccessPolicy.need(method, path, reads);
        assertEquals(expected, need.open() ? "public" : need.role().wire());
    }
}
