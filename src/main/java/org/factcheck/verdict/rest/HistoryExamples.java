package org.factcheck.verdict.rest;

/** A claim's trail, for Swagger UI. */
final class HistoryExamples {

    static final String HISTORY = """
            [{"id": 1, "claimId": 17, "event": "CLAIM_CREATED", "actor": "newsroom-cms", "at": "2026-11-26T09:00:00Z",
              "after": {"text": "Barnet gets fewer police officers than any other London borough",
                                        "speaker": "Conservative group, Barnet council", "statedOn": "2018-04-14"}},
             {"id": 2, "claimId": 17, "event": "ASSESSED", "actor": "newsroom-cms", "at": "2026-11-26T09:00:00Z",
              "after": {"assessmentId": 21, "rating": "NOT_ENOUGH_EVIDENCE", "confidence": 0.6,
                                        "evidenceIds": []}},
             {"id": 3, "claimId": 17, "event": "VERDICT_CHANGED", "actor": "jane.checker", "at": "2026-11-26T10:00:00Z",
              "after": {"rating": "FALSE", "summary": "Officers are counted per force; the Met covers Barnet",
                                        "status": "DRAFT", "version": 1}}]
            """;

    private HistoryExamples() {
    }
}
