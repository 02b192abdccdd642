package org.factcheck.engine;

/** What a cited evidence record does for a part's verdict. */
public enum EvidenceRole {
    SUPPORTS, REFUTES, CONTEXT
}
