package org.factcheck.evidence.importer;

import java.util.List;
import org.factcheck.common.ApiException;
import org.factcheck.common.ProblemError;

/** What an import does with bad records: refuse the whole file (FAIL, the default) or import the rest (SKIP). */
public enum ImportMode {
    FAIL, SKIP;

    public static ImportMode parse(String s) {
        if (s == null || s.isBlank()) {
            return FAIL;
        }
        // exactly as the OpenAPI document's enum writes them: "SKIP" was accepted where the contract says no
        return switch (s) {
            case "fail" -> FAIL;
            case "skip" -> SKIP;
            default -> throw ApiException.badRequest("onError must be fail or skip",
                    List.of(ProblemError.field("onError", "'" + s + "' is neither fail nor skip")));
        };
    }
}
