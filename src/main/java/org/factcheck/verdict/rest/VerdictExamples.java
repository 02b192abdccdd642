package org.factcheck.verdict.rest;

/** A real verdict on a claim about the bundled evidence, for Swagger UI. */
final class VerdictExamples {

    static final String REQUEST = """
            {"rating": "TRUE",
             "summary": "Census 2011: 15.2% of Barnet's residents were Jewish, the highest share of any borough",
             "explanation": "The 2011 Census (table KS209EW) gives Barnet 15.2%, ahead of Hackney (6.3%) and every other local authority in England.",
             "evidenceIds": [18034],
             "status": "PUBLISHED"}
            """;

    static final String RESPONSE = """
            {"rating": "TRUE",
             "summary": "Census 2011: 15.2% of Barnet's residents were Jewish, the highest share of any borough",
             "explanation": "The 2011 Census (table KS209EW) gives Barnet 15.2%, ahead of Hackney (6.3%) and every other local authority in England.",
             "evidenceIds": [18034], "status": "PUBLISHED", "version": 2, "updatedBy": "jane.checker",
             "updatedAt": "2026-11-26T10:00:00Z", "firstPublishedAt": "2026-11-26T10:00:00Z",
             "publishedAt": "2026-11-26T10:00:00Z"}
            """;

    static final String STALE_ETAG = """
            {"type": "https://factcheck.dev/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "the verdict on claim 17 is no longer at version 1 (it is at 2); read it again and reapply your change",
             "instance": "/api/v1/claims/17/verdict"}
            """;

    static final String NO_IF_MATCH = """
            {"type": "https://factcheck.dev/problems/precondition-required", "title": "Precondition required",
             "status": 428, "detail": "send If-Match with the ETag of your last read of the claim (\\"0\\" before the first verdict)",
             "instance": "/api/v1/claims/17/verdict"}
            """;

    private VerdictExamples() {
    }
}
