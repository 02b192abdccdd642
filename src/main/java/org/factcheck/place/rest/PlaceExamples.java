package org.factcheck.place.rest;

/** Realistic examples for Swagger UI, taken from the bundled gazetteer (ONS codes). */
final class PlaceExamples {

    static final String BARNET = """
            {"id": 4, "name": "Barnet", "code": "E09000003", "kind": "borough", "parentId": 34,
             "parent": "London", "aliases": []}
            """;

    static final String PAGE = """
            {"items": [
              {"id": 4, "name": "Barnet", "code": "E09000003", "kind": "borough", "parentId": 34,
               "parent": "London", "aliases": []}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1, "totalExact": true}
            """;

    static final String CREATE = """
            {"name": "Mill Hill", "kind": "ward", "parent": "Barnet",
             "aliases": ["Mill Hill ward"]}
            """;

    static final String CREATED = """
            {"id": 451, "name": "Mill Hill", "kind": "ward", "parentId": 4,
             "parent": "Barnet", "aliases": ["Mill Hill ward"]}
            """;

    static final String LONDON_ALIAS = """
            {"id": 34, "name": "London", "code": "E12000007", "kind": "region", "parentId": 44,
             "parent": "England", "aliases": ["the capital"]}
            """;

    private PlaceExamples() {
    }
}
