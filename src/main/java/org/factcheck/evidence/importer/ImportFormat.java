package org.factcheck.evidence.importer;

/** The file formats the bulk import reads. */
public enum ImportFormat {
    CSV, NDJSON
}
