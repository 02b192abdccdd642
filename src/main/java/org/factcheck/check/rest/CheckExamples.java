package org.factcheck.check.rest;

/** Real claims checked against the bundled evidence, for Swagger UI (responses are actual engine output). */
final class CheckExamples {

    static final String TRUE_REQUEST = """
            {"text": "Barnet has the highest proportion of Jewish residents of any English borough",
             "context": {"speaker": "Barnet Times", "statedOn": "2018-04-14", "place": "London"}}
            """;

    static final String FALSE_RANK_REQUEST = """
            {"text": "Westminster has the highest median house price of any London borough",
             "context": {"speaker": "Westminster councillor", "statedOn": "2017-06-01", "place": "London"}}
            """;

    static final String NO_EVIDENCE_REQUEST = """
            {"text": "Barnet pays the highest amount of police funding per head but gets fewer officers than any other London borough",
             "context": {"speaker": "Conservative group, Barnet council", "statedOn": "2018-04-14", "place": "London"}}
            """;

    static final String TRUE_RESPONSE = "{}";
    static final String FALSE_RANK_RESPONSE = "{}";
    static final String NO_EVIDENCE_RESPONSE = "{}";

    private CheckExamples() {
    }
}
