package org.factcheck.claim.rest;

/** Real claims about the bundled evidence, for Swagger UI. */
final class ClaimExamples {

    static final String REQUEST = """
            {"text": "Barnet gets fewer police officers than any other London borough",
             "speaker": "Conservative group, Barnet council", "statedOn": "2018-04-14",
             "appearanceUrl": "https://www.times-series.co.uk/news/16159284/", "place": "London",
             "tags": ["police", "barnet"]}
            """;

    static final String RESPONSE = """
            {"id": 17, "text": "Barnet gets fewer police officers than any other London borough",
             "speaker": "Conservative group, Barnet council", "statedOn": "2018-04-14",
             "appearanceUrl": "https://www.times-series.co.uk/news/16159284/", "place": "London",
             "tags": ["police", "barnet"], "status": "UNREVIEWED", "rating": "NOT_ENOUGH_EVIDENCE", "stale": false,
             "assessment": {"id": 21, "kind": "INITIAL", "rating": "NOT_ENOUGH_EVIDENCE", "confidence": 0.6,
                            "evidence": [], "result": {"rating": "NOT_ENOUGH_EVIDENCE", "confidence": 0.6,
                            "checkable": true, "explanation": "Police officer numbers are published per police force, not per London borough.",
                            "parts": [], "text": "Barnet gets fewer police officers than any other London borough"},
                            "assessedBy": "newsroom-cms", "assessedAt": "2026-11-26T09:00:00Z"},
             "createdBy": "newsroom-cms",
             "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T09:00:00Z",
             "similar": [{"claimId": 9, "text": "No London borough has fewer officers than Barnet", "score": 0.92,
                          "speaker": "Barnet Times", "statedOn": "2018-04-10", "automaticRating": "NOT_ENOUGH_EVIDENCE",
                          "publishedVerdict": {"rating": "FALSE", "summary": "Officers are counted per force; the Met covers Barnet",
                            "explanation": "Home Office workforce tables count officers per police force area.",
                            "evidenceIds": [1042], "status": "PUBLISHED", "version": 2, "updatedBy": "jane.checker",
                            "updatedAt": "2026-11-20T10:00:00Z", "firstPublishedAt": "2026-11-20T10:00:00Z",
                            "publishedAt": "2026-11-20T10:00:00Z"}}]}
            """;

    static final String PAGE = """
            {"items": [{"id": 17, "text": "Barnet has the highest proportion of Jewish residents of any English borough",
                        "speaker": "Barnet Times", "statedOn": "2018-04-14", "place": "London",
                        "tags": ["census"], "status": "PUBLISHED", "rating": "TRUE", "stale": false,
                        "assessment": {"id": 21, "kind": "INITIAL", "rating": "TRUE", "confidence": 0.9,
                          "evidence": [{"id": 18034, "value": 15.2, "unit": "percent", "periodStart": "2011-03-27",
                                        "periodEnd": "2011-03-27"}],
                          "result": {"rating": "TRUE"}, "assessedBy": "newsroom-cms", "assessedAt": "2026-11-26T09:00:00Z"},
                        "verdict": {"rating": "TRUE", "summary": "Census 2011: 15.2% of Barnet's residents are Jewish, the highest share",
                          "explanation": "Census 2011 table KS209EW.", "evidenceIds": [18034], "status": "PUBLISHED",
                          "version": 1, "updatedBy": "jane.checker", "updatedAt": "2026-11-26T10:00:00Z",
                          "firstPublishedAt": "2026-11-26T10:00:00Z", "publishedAt": "2026-11-26T10:00:00Z"},
                        "createdBy": "newsroom-cms", "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T10:00:00Z"}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1, "totalExact": true}
            """;

    static final String MATCHES = """
            {"threshold": 0.6,
             "items": [{"claimId": 9, "text": "No London borough has fewer officers than Barnet", "score": 0.92,
                        "speaker": "Barnet Times", "statedOn": "2018-04-10", "automaticRating": "NOT_ENOUGH_EVIDENCE"}]}
            """;

    static final String IDEMPOTENCY_CONFLICT = """
            {"type": "https://factcheck.dev/problems/idempotency-in-progress", "title": "Request in progress",
             "status": 409, "detail": "a request with Idempotency-Key 'cms-7f3a' is still being processed; retry shortly",
             "instance": "/api/v1/claims"}
            """;

    static final String IDEMPOTENCY_REUSED = """
            {"type": "https://factcheck.dev/problems/idempotency-key-reused", "title": "Idempotency key reused",
             "status": 422, "detail": "Idempotency-Key 'cms-7f3a' was used for another request body; use a new key",
             "instance": "/api/v1/claims"}
            """;

    private ClaimExamples() {
    }
}
