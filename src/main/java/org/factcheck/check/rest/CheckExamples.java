package org.factcheck.check.rest;

/** Real claims checked against the bundled evidence, for Swagger UI (responses are actual engine output). */
final class CheckExamples {

    static final String TRUE_REQUEST = """
            {"text": "Barnet has the highest proportion of Jewish residents of any English borough",
             "context": {"statedOn": "2018-04-14", "place": "London"}}
            """;

    static final String FALSE_RANK_REQUEST = """
            {"text": "Barking and Dagenham has the highest median house price of any London borough",
             "context": {"speaker": "Barking and Dagenham councillor", "statedOn": "2017-06-01", "place": "London"}}
            """;

    static final String NO_EVIDENCE_REQUEST = """
            {"text": "Barnet pays the highest amount of police funding per head but gets fewer officers than any other London borough",
             "context": {"speaker": "Conservative group, Barnet council", "statedOn": "2018-04-14", "place": "London"}}
            """;

    static final String TRUE_RESPONSE = """
            {
              "rating": "TRUE",
              "confidence": 0.95,
              "checkable": true,
              "explanation": "Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)), 1st of 326 English local authorities, so 'highest' is true: next is Hertsmere with 14.29%.",
              "parts": [
                {
                  "text": "Barnet has the highest proportion of Jewish residents of any English borough",
                  "start": 0,
                  "end": 76,
                  "kind": "RANK",
                  "rating": "TRUE",
                  "confidence": 0.95,
                  "explanation": "Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)), 1st of 326 English local authorities, so 'highest' is true: next is Hertsmere with 14.29%.",
                  "claimed": {
                    "period": "2011",
                    "place": "Barnet",
                    "metric": "proportion jewish residents",
                    "direction": "highest",
                    "rank": 1,
                    "peerGroup": "English local authorities"
                  },
                  "evidence": [
                    {
                      "evidenceId": 13390,
                      "metric": "Jewish population share (Census 2011)",
                      "place": "Barnet",
                      "value": 15.18,
                      "unit": "percent",
                      "periodStart": "2011-03-27",
                      "periodEnd": "2011-03-27",
                      "periodLabel": "2011",
                      "sourceTitle": "2011 Census: DC2107EW Religion by sex by age (local authorities)",
                      "sourceUrl": "https://www.nomisweb.co.uk/census/2011/dc2107ew",
                      "role": "SUPPORTS"
                    },
                    {
                      "evidenceId": 15877,
                      "metric": "Jewish population share (Census 2011)",
                      "place": "Hertsmere",
                      "value": 14.29,
                      "unit": "percent",
                      "periodStart": "2011-03-27",
                      "periodEnd": "2011-03-27",
                      "periodLabel": "2011",
                      "sourceTitle": "2011 Census: DC2107EW Religion by sex by age (local authorities)",
                      "sourceUrl": "https://www.nomisweb.co.uk/census/2011/dc2107ew",
                      "role": "CONTEXT"
                    }
                  ],
                  "comparison": {
                    "actualValue": 15.18,
                    "rank": 1,
                    "peerCount": 326,
                    "peerGroupSize": 326,
                    "otherValue": 15.18,
                    "otherPlace": "Barnet",
                    "basis": "rank over the peer series"
                  },
                  "measureNotes": []
                }
              ],
              "combinationRule": "single part",
              "text": "Barnet has the highest proportion of Jewish residents of any English borough"
            }
            """;

    static final String FALSE_RANK_RESPONSE = """
            {
              "rating": "FALSE",
              "confidence": 0.95,
              "checkable": true,
              "explanation": "Barking and Dagenham had £243,500 (Median house price) in 2015 (London Borough Profiles (london-borough-profiles.csv, 2016/17 edition), Greater London Authority (GLA)), 32nd of 32 London boroughs, so 'highest' is false: Kensington and Chelsea had more (£1.2 million).",
              "parts": [
                {
                  "text": "Barking and Dagenham has the highest median house price of any London borough",
                  "start": 0,
                  "end": 77,
                  "kind": "RANK",
                  "rating": "FALSE",
                  "confidence": 0.95,
                  "explanation": "Barking and Dagenham had £243,500 (Median house price) in 2015 (London Borough Profiles (london-borough-profiles.csv, 2016/17 edition), Greater London Authority (GLA)), 32nd of 32 London boroughs, so 'highest' is false: Kensington and Chelsea had more (£1.2 million).",
                  "claimed": {
                    "period": "2015",
                    "place": "Barking and Dagenham",
                    "metric": "median house price",
                    "direction": "highest",
                    "rank": 1,
                    "peerGroup": "London boroughs"
                  },
                  "evidence": [
                    {
                      "evidenceId": 12,
                      "metric": "Median house price",
                      "place": "Barking and Dagenham",
                      "value": 243500,
                      "unit": "GBP",
                      "periodStart": "2015-01-01",
                      "periodEnd": "2015-12-31",
                      "periodLabel": "2015",
                      "sourceTitle": "London Borough Profiles (london-borough-profiles.csv, 2016/17 edition)",
                      "sourceUrl": "https://data.london.gov.uk/dataset/london-borough-profiles",
                      "role": "REFUTES"
                    },
                    {
                      "evidenceId": 1218,
                      "metric": "Median house price",
                      "place": "Kensington and Chelsea",
                      "value": 1200000,
                      "unit": "GBP",
                      "periodStart": "2015-01-01",
                      "periodEnd": "2015-12-31",
                      "periodLabel": "2015",
                      "sourceTitle": "London Borough Profiles (london-borough-profiles.csv, 2016/17 edition)",
                      "sourceUrl": "https://data.london.gov.uk/dataset/london-borough-profiles",
                      "role": "REFUTES"
                    }
                  ],
                  "comparison": {
                    "actualValue": 243500,
                    "rank": 32,
                    "peerCount": 32,
                    "peerGroupSize": 32,
                    "otherValue": 1200000,
                    "otherPlace": "Kensington and Chelsea",
                    "basis": "rank over the peer series"
                  },
                  "measureNotes": []
                }
              ],
              "combinationRule": "single part",
              "text": "Barking and Dagenham has the highest median house price of any London borough"
            }
            """;

    static final String NO_EVIDENCE_RESPONSE = """
            {
              "rating": "NOT_ENOUGH_EVIDENCE",
              "confidence": 0.7,
              "checkable": true,
              "explanation": "The claim makes 2 assertions. 1) 'Barnet pays the highest amount of police funding per head': not enough evidence. Looked for 'police funding' per head at Barnet: no stored statistic measures that, so the claim cannot be checked. 2) 'gets fewer officers than any other London borough': not enough evidence. Looked for 'officers' at Barnet: no stored statistic measures that, so the claim cannot be checked. Overall: not enough evidence (compound rule 1: every part NOT_ENOUGH_EVIDENCE).",
              "parts": [
                {
                  "text": "Barnet pays the highest amount of police funding per head",
                  "start": 0,
                  "end": 57,
                  "kind": "RANK",
                  "rating": "NOT_ENOUGH_EVIDENCE",
                  "confidence": 0.7,
                  "explanation": "Looked for 'police funding' per head at Barnet: no stored statistic measures that, so the claim cannot be checked.",
                  "claimed": {
                    "per": "head",
                    "place": "Barnet",
                    "metric": "police funding",
                    "direction": "highest",
                    "rank": 1,
                    "peerGroup": "London boroughs"
                  },
                  "evidence": [],
                  "measureNotes": []
                },
                {
                  "text": "gets fewer officers than any other London borough",
                  "start": 62,
                  "end": 111,
                  "kind": "RANK",
                  "rating": "NOT_ENOUGH_EVIDENCE",
                  "confidence": 0.7,
                  "explanation": "Looked for 'officers' at Barnet: no stored statistic measures that, so the claim cannot be checked.",
                  "claimed": {
                    "place": "Barnet",
                    "metric": "officers",
                    "direction": "lowest",
                    "rank": 1,
                    "peerGroup": "London boroughs"
                  },
                  "evidence": [],
                  "measureNotes": []
                }
              ],
              "combinationRule": "1: every part NOT_ENOUGH_EVIDENCE",
              "text": "Barnet pays the highest amount of police funding per head but gets fewer officers than any other London borough"
            }
            """;

    private CheckExamples() {
    }
}
