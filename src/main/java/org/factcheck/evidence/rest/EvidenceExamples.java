package org.factcheck.evidence.rest;

/** Real records from the bundled evidence pack, for Swagger UI. */
final class EvidenceExamples {

    static final String REQUEST = """
            {"metric": "Police officers (FTE)",
             "place": "Metropolitan Police", "placeCode": "E23000001",
             "periodStart": "2017-09-30", "periodEnd": "2017-09-30", "periodLabel": "30 September 2017",
             "value": 30871.22, "unit": "count",
             "source": {"title": "Police workforce, England and Wales: 30 September 2018", "publisher": "Home Office",
                        "url": "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/772742/police-workforce-sep18-tables.ods",
                        "publishedOn": "2019-01-24"},
             "quote": "Table 1: Police officers by police force area, England and Wales, 30 September 2017, 31 March 2018 and 30 September 2018 | row Metropolitan Police | column Sep-17: 30,871",
             "notes": "sheet Table_1"}
            """;

    static final String RESPONSE = """
            {"id": 1042, "metric": "Police officers (FTE)",
             "place": {"id": 12, "name": "Metropolitan Police", "code": "E23000001", "kind": "police_force"},
             "periodStart": "2017-09-30", "periodEnd": "2017-09-30", "periodLabel": "30 September 2017",
             "value": 30871.22, "unit": "count",
             "source": {"id": 7, "title": "Police workforce, England and Wales: 30 September 2018", "publisher": "Home Office",
                        "url": "https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/772742/police-workforce-sep18-tables.ods",
                        "publishedOn": "2019-01-24"},
             "quote": "Table 1: Police officers by police force area, England and Wales, 30 September 2017, 31 March 2018 and 30 September 2018 | row Metropolitan Police | column Sep-17: 30,871",
             "notes": "sheet Table_1",
             "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T09:00:00Z", "version": 0}
            """;

    static final String PAGE = """
            {"items": [
              {"id": 18034, "metric": "Jewish population share (Census 2011)",
               "place": {"id": 4, "name": "Barnet", "code": "E09000003", "kind": "borough"},
               "periodStart": "2011-03-27", "periodEnd": "2011-03-27", "periodLabel": "2011",
               "value": 15.18, "unit": "percent",
               "source": {"id": 3, "title": "2011 Census: DC2107EW Religion by sex by age (local authorities)",
                          "publisher": "Office for National Statistics (ONS)",
                          "url": "https://www.nomisweb.co.uk/census/2011/dc2107ew"},
               "quote": "Table DC2107EW (census_2011_localdistrictauthorities2015.csv) | row Barnet (E09000003) | column ... Religion: Jewish; measures: Value: 54084 ; column ... All categories: Religion; measures: Value: 356386",
               "notes": "derived: Jewish / All categories: Religion x 100 (rounded to 2 dp) from DC2107EW counts",
               "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T09:00:00Z", "version": 0}],
             "page": 0, "size": 20, "totalItems": 1, "totalPages": 1, "totalExact": true}
            """;

    static final String CSV = """
            metric,place,placeCode,periodStart,periodEnd,periodLabel,value,unit,sourceTitle,sourcePublisher,sourceUrl,sourcePublishedOn,quote,notes
            Police officers (FTE),Metropolitan Police,E23000001,2017-09-30,2017-09-30,30 September 2017,30871.22,count,"Police workforce, England and Wales: 30 September 2018",Home Office,https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/772742/police-workforce-sep18-tables.ods,2019-01-24,"Table 1 | row Metropolitan Police | column Sep-17: 30,871",sheet Table_1
            """;

    static final String NDJSON = """
            {"metric": "Jewish population (Census 2011)", "place": "Barnet", "placeCode": "E09000003", "periodStart": "2011-03-27", "periodEnd": "2011-03-27", "periodLabel": "2011", "value": 54084, "unit": "count", "source": {"title": "2011 Census: DC2107EW Religion by sex by age (local authorities)", "publisher": "Office for National Statistics (ONS)", "url": "https://www.nomisweb.co.uk/census/2011/dc2107ew"}, "quote": "Religion: Jewish; measures: Value: 54084"}
            {"metric": "Jewish population share (Census 2011)", "place": "Barnet", "placeCode": "E09000003", "periodStart": "2011-03-27", "periodEnd": "2011-03-27", "periodLabel": "2011", "value": 15.18, "unit": "percent", "sourceTitle": "2011 Census: DC2107EW Religion by sex by age (local authorities)", "sourcePublisher": "Office for National Statistics (ONS)", "sourceUrl": "https://www.nomisweb.co.uk/census/2011/dc2107ew", "quote": "Religion: Jewish 54084 of 356386"}
            """;

    static final String IMPORT_REPORT = """
            {"imported": 1912, "skipped": 0, "placesCreated": 0, "sourcesCreated": 5, "errors": []}
            """;

    static final String IMPORT_REJECTED = """
            {"type": "https://factcheck.dev/problems/import-rejected", "title": "Import rejected", "status": 422,
             "detail": "2 of 1914 records are invalid; nothing was imported (use onError=skip to import the good ones)",
             "instance": "/api/v1/evidence/import",
             "errors": [
               {"field": "unit", "message": "unknown unit 'pounds'; use one of count, percent, ...", "line": 17},
               {"field": "periodStart", "message": "'2017-13-01' is not a date (YYYY-MM-DD)", "line": 240}]}
            """;

    private EvidenceExamples() {
    }
}
