package org.factcheck.article.rest;

/** The seed article (real text, shortened) and what the service answers for it on the bundled evidence. */
final class ArticleExamples {

    static final String REQUEST = "{}";
    static final String RESPONSE = "{}";
    static final String NDJSON = "{}";
    static final String SSE = "event: claim";

    private ArticleExamples() {
    }
}
