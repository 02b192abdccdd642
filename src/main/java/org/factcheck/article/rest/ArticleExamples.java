package org.factcheck.article.rest;

/**
 * The seed article (real text, shortened to five paragraphs) and what the service answers for it on the bundled
 * evidence: actual output, with the claim list cut to three claims and each assessment to its rating, confidence and
 * explanation (the full assessment is what POST /api/v1/checks returns). The NDJSON and SSE examples are put back
 * whole by {@link ArticleExampleFilter}: annotation examples keep only the first JSON value. The stored examples
 * are the same request sent with store=true and then read back with GET, cut in the same way (three claims, two
 * stored claims with their assessment's result cut to rating, confidence and explanation).
 */
final class ArticleExamples {

    static final String REQUEST = """
            {
              "title": "Sadiq Khan: anti-Semitism claims are heartbreaking",
              "body": "Mayor of London Sadiq Khan says anti-Semitism in the Labour Party is heartbreaking – but he is confident a Labour-run Barnet council will serve the whole community.\\n\\nSpeaking in Mill Hill on Saturday (May 14) before a canvassing session with local Labour candidates, Mr Khan said it was “heartbreaking” that some Londoners feel they can’t vote Labour because of the anti-Semitism claims.\\n\\nBarnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough.\\n\\nLabour has 11 Jewish candidates running in the local elections in Barnet, which are due to take place on May 3.\\n\\n“I have been in office for two years and the Tory council has not said anything,” the mayor said. “London has lost over £700 million, and that has led to more than 3,000 police staff being lost and 120 police buildings being sold off.",
              "url": "https://www.times-series.co.uk/news/",
              "publishedOn": "2018-04-16",
              "section": "Politics"
            }
            """;

    static final String RESPONSE = """
            {
              "claims": [
                {
                  "index": 0,
                  "sentence": "Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough.",
                  "text": "Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough",
                  "checkedText": "Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough",
                  "span": {
                    "start": 389,
                    "end": 544
                  },
                  "sentenceSpan": {
                    "start": 389,
                    "end": 545
                  },
                  "checkworthiness": 0.961,
                  "checkworthy": true,
                  "features": [
                    {
                      "name": "NUMBER",
                      "evidence": "almost 15%",
                      "weight": 2.4
                    },
                    {
                      "name": "SUPERLATIVE",
                      "evidence": "highest",
                      "weight": 1.4
                    },
                    {
                      "name": "STATISTICAL_NOUN",
                      "evidence": "proportion, residents, population",
                      "weight": 1.1
                    },
                    {
                      "name": "NAMED_PLACE_OR_BODY",
                      "evidence": "Barnet",
                      "weight": 0.5
                    }
                  ],
                  "assessment": {
                    "rating": "TRUE",
                    "confidence": 0.779,
                    "checkable": true,
                    "explanation": "The claim makes 2 assertions. 1) 'Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)), 1st of 326 English local authorities, so 'highest' is true: next is Hertsmere with 14.29%. 2) 'almost 15 per cent': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)). The claim says 'almost 15%', which the figure bears out, so the claim is true. Overall: true (compound rule 3: the rated parts agree)."
                  }
                },
                {
                  "index": 3,
                  "sentence": "“London has lost over £700 million, and that has led to more than 3,000 police staff being lost and 120 police buildings being sold off.",
                  "text": "that has led to more than 3,000 police staff being lost",
                  "checkedText": "that has led to more than 3,000 police staff being lost",
                  "span": {
                    "start": 798,
                    "end": 853
                  },
                  "sentenceSpan": {
                    "start": 758,
                    "end": 894
                  },
                  "checkworthiness": 0.891,
                  "checkworthy": true,
                  "features": [
                    {
                      "name": "NUMBER",
                      "evidence": "more than 3,000",
                      "weight": 2.4
                    },
                    {
                      "name": "CHANGE",
                      "evidence": "has led to",
                      "weight": 1.1
                    },
                    {
                      "name": "STATISTICAL_NOUN",
                      "evidence": "staff",
                      "weight": 0.8
                    }
                  ],
                  "speaker": {
                    "name": "Sadiq Khan",
                    "kind": "PERSON",
                    "mention": "the mayor",
                    "cue": "QUOTE"
                  },
                  "assessment": {
                    "rating": "MOSTLY_TRUE",
                    "confidence": 0.545,
                    "checkable": true,
                    "explanation": "London: Police staff (FTE) was 11,425.24 in 30 September 2014 and 8,465.72 in 31 March 2018 (Police workforce, England and Wales: 30 September 2018, Home Office): a fall of 2,959.52. The claim says 'more than 3,000', which the figure misses by 1.3% of the claimed more than 3,000, so the claim is mostly true."
                  }
                },
                {
                  "index": 2,
                  "sentence": "“London has lost over £700 million, and that has led to more than 3,000 police staff being lost and 120 police buildings being sold off.",
                  "text": "London has lost over £700 million",
                  "checkedText": "London has lost over £700 million",
                  "span": {
                    "start": 759,
                    "end": 792
                  },
                  "sentenceSpan": {
                    "start": 758,
                    "end": 894
                  },
                  "checkworthiness": 0.858,
                  "checkworthy": true,
                  "features": [
                    {
                      "name": "NUMBER",
                      "evidence": "over £700 million",
                      "weight": 2.4
                    },
                    {
                      "name": "CHANGE",
                      "evidence": "lost",
                      "weight": 1.1
                    },
                    {
                      "name": "NAMED_PLACE_OR_BODY",
                      "evidence": "London",
                      "weight": 0.5
                    }
                  ],
                  "speaker": {
                    "name": "Sadiq Khan",
                    "kind": "PERSON",
                    "mention": "the mayor",
                    "cue": "QUOTE"
                  },
                  "assessment": {
                    "rating": "NOT_ENOUGH_EVIDENCE",
                    "confidence": 0.7,
                    "checkable": true,
                    "explanation": "Looked for 'has lost' at London: no stored statistic measures that, so the claim cannot be checked."
                  }
                }
              ],
              "warnings": [
                {
                  "type": "WEEKDAY_MISMATCH",
                  "message": "'Saturday (May 14)': 14 May 2018 (the year taken from the publication date) is a Monday, not a Saturday. 14 April 2018 was a Saturday. The nearest Saturday is 12 May 2018.",
                  "passages": [
                    {
                      "start": 191,
                      "end": 208,
                      "text": "Saturday (May 14)"
                    }
                  ]
                },
                {
                  "type": "DATE_ORDER",
                  "message": "'Saturday (May 14)' (14 May 2018) is reported as having happened, but it is after 'May 3' (3 May 2018), which the story describes as still to come: one of the dates is wrong.",
                  "passages": [
                    {
                      "start": 191,
                      "end": 208,
                      "text": "Saturday (May 14)"
                    },
                    {
                      "start": 652,
                      "end": 657,
                      "text": "May 3"
                    }
                  ]
                },
                {
                  "type": "DATE_ORDER",
                  "message": "'Saturday (May 14)' (14 May 2018) is reported as having happened, but it is after the article was published (16 April 2018).",
                  "passages": [
                    {
                      "start": 191,
                      "end": 208,
                      "text": "Saturday (May 14)"
                    }
                  ]
                }
              ],
              "summary": {
                "sentences": 6,
                "claims": 5,
                "checkworthy": 5,
                "checked": 5,
                "threshold": 0.5,
                "place": "London",
                "ratings": {
                  "FALSE": 2,
                  "MOSTLY_TRUE": 1,
                  "NOT_ENOUGH_EVIDENCE": 1,
                  "TRUE": 1
                },
                "warnings": 3,
                "analysisMillis": 110,
                "elapsedMillis": 1240
              }
            }
            """;

    static final String NDJSON = """
            {"type":"claim","claim":{"index":0,"sentence":"Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough.","text":"Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough","checkedText":"Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough","span":{"start":389,"end":544},"sentenceSpan":{"start":389,"end":545},"checkworthiness":0.961,"checkworthy":true,"features":[{"name":"NUMBER","evidence":"almost 15%","weight":2.4},{"name":"SUPERLATIVE","evidence":"highest","weight":1.4},{"name":"STATISTICAL_NOUN","evidence":"proportion, residents, population","weight":1.1},{"name":"NAMED_PLACE_OR_BODY","evidence":"Barnet","weight":0.5}],"assessment":{"rating":"TRUE","confidence":0.779,"checkable":true,"explanation":"The claim makes 2 assertions. 1) 'Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)), 1st of 326 English local authorities, so 'highest' is true: next is Hertsmere with 14.29%. 2) 'almost 15 per cent': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)). The claim says 'almost 15%', which the figure bears out, so the claim is true. Overall: true (compound rule 3: the rated parts agree)."}}}
            {"type":"claim","claim":{"index":3,"sentence":"“London has lost over £700 million, and that has led to more than 3,000 police staff being lost and 120 police buildings being sold off.","text":"that has led to more than 3,000 police staff being lost","checkedText":"that has led to more than 3,000 police staff being lost","span":{"start":798,"end":853},"sentenceSpan":{"start":758,"end":894},"checkworthiness":0.891,"checkworthy":true,"features":[{"name":"NUMBER","evidence":"more than 3,000","weight":2.4},{"name":"CHANGE","evidence":"has led to","weight":1.1},{"name":"STATISTICAL_NOUN","evidence":"staff","weight":0.8}],"speaker":{"name":"Sadiq Khan","kind":"PERSON","mention":"the mayor","cue":"QUOTE"},"assessment":{"rating":"MOSTLY_TRUE","confidence":0.545,"checkable":true,"explanation":"London: Police staff (FTE) was 11,425.24 in 30 September 2014 and 8,465.72 in 31 March 2018 (Police workforce, England and Wales: 30 September 2018, Home Office): a fall of 2,959.52. The claim says 'more than 3,000', which the figure misses by 1.3% of the claimed more than 3,000, so the claim is mostly true."}}}
            {"type":"summary","summary":{"sentences":6,"claims":5,"checkworthy":5,"checked":5,"threshold":0.5,"place":"London","ratings":{"FALSE":2,"MOSTLY_TRUE":1,"NOT_ENOUGH_EVIDENCE":1,"TRUE":1},"warnings":3,"analysisMillis":16,"elapsedMillis":248},"warnings":[{"type":"WEEKDAY_MISMATCH","message":"'Saturday (May 14)': 14 May 2018 (the year taken from the publication date) is a Monday, not a Saturday. 14 April 2018 was a Saturday. The nearest Saturday is 12 May 2018.","passages":[{"start":191,"end":208,"text":"Saturday (May 14)"}]},{"type":"DATE_ORDER","message":"'Saturday (May 14)' (14 May 2018) is reported as having happened, but it is after 'May 3' (3 May 2018), which the story describes as still to come: one of the dates is wrong.","passages":[{"start":191,"end":208,"text":"Saturday (May 14)"},{"start":652,"end":657,"text":"May 3"}]},{"type":"DATE_ORDER","message":"'Saturday (May 14)' (14 May 2018) is reported as having happened, but it is after the article was published (16 April 2018).","passages":[{"start":191,"end":208,"text":"Saturday (May 14)"}]}]}
            """;

    static final String SSE = """
            event:claim
            data:{"type":"claim","claim":{"index":0,"sentence":"Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough.","text":"Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough","checkedText":"Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough","span":{"start":389,"end":544},"sentenceSpan":{"start":389,"end":545},"checkworthiness":0.961,"checkworthy":true,"features":[{"name":"NUMBER","evidence":"almost 15%","weight":2.4},{"name":"SUPERLATIVE","evidence":"highest","weight":1.4},{"name":"STATISTICAL_NOUN","evidence":"proportion, residents, population","weight":1.1},{"name":"NAMED_PLACE_OR_BODY","evidence":"Barnet","weight":0.5}],"assessment":{"rating":"TRUE","confidence":0.779,"checkable":true,"explanation":"The claim makes 2 assertions. 1) 'Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)), 1st of 326 English local authorities, so 'highest' is true: next is Hertsmere with 14.29%. 2) 'almost 15 per cent': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)). The claim says 'almost 15%', which the figure bears out, so the claim is true. Overall: true (compound rule 3: the rated parts agree)."}}}

            event:claim
            data:{"type":"claim","claim":{"index":3,"sentence":"“London has lost over £700 million, and that has led to more than 3,000 police staff being lost and 120 police buildings being sold off.","text":"that has led to more than 3,000 police staff being lost","checkedText":"that has led to more than 3,000 police staff being lost","span":{"start":798,"end":853},"sentenceSpan":{"start":758,"end":894},"checkworthiness":0.891,"checkworthy":true,"features":[{"name":"NUMBER","evidence":"more than 3,000","weight":2.4},{"name":"CHANGE","evidence":"has led to","weight":1.1},{"name":"STATISTICAL_NOUN","evidence":"staff","weight":0.8}],"speaker":{"name":"Sadiq Khan","kind":"PERSON","mention":"the mayor","cue":"QUOTE"},"assessment":{"rating":"MOSTLY_TRUE","confidence":0.545,"checkable":true,"explanation":"London: Police staff (FTE) was 11,425.24 in 30 September 2014 and 8,465.72 in 31 March 2018 (Police workforce, England and Wales: 30 September 2018, Home Office): a fall of 2,959.52. The claim says 'more than 3,000', which the figure misses by 1.3% of the claimed more than 3,000, so the claim is mostly true."}}}

            event:summary
            data:{"type":"summary","summary":{"sentences":6,"claims":5,"checkworthy":5,"checked":5,"threshold":0.5,"place":"London","ratings":{"FALSE":2,"MOSTLY_TRUE":1,"NOT_ENOUGH_EVIDENCE":1,"TRUE":1},"warnings":3,"analysisMillis":16,"elapsedMillis":248},"warnings":[{"type":"WEEKDAY_MISMATCH","message":"'Saturday (May 14)': 14 May 2018 (the year taken from the publication date) is a Monday, not a Saturday. 14 April 2018 was a Saturday. The nearest Saturday is 12 May 2018.","passages":[{"start":191,"end":208,"text":"Saturday (May 14)"}]},{"type":"DATE_ORDER","message":"'Saturday (May 14)' (14 May 2018) is reported as having happened, but it is after 'May 3' (3 May 2018), which the story describes as still to come: one of the dates is wrong.","passages":[{"start":191,"end":208,"text":"Saturday (May 14)"},{"start":652,"end":657,"text":"May 3"}]},{"type":"DATE_ORDER","message":"'Saturday (May 14)' (14 May 2018) is reported as having happened, but it is after the article was published (16 April 2018).","passages":[{"start":191,"end":208,"text":"Saturday (May 14)"}]}]}

            """;

    static final String STORED = """
            {
              "claims": [
                {
                  "index": 0,
                  "sentence": "Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough.",
                  "text": "Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough",
                  "checkedText": "Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough",
                  "span": {
                    "start": 389,
                    "end": 544
                  },
                  "sentenceSpan": {
                    "start": 389,
                    "end": 545
                  },
                  "checkworthiness": 0.961,
                  "checkworthy": true,
                  "features": [
                    {
                      "name": "NUMBER",
                      "evidence": "almost 15%",
                      "weight": 2.4
                    },
                    {
                      "name": "SUPERLATIVE",
                      "evidence": "highest",
                      "weight": 1.4
                    },
                    {
                      "name": "STATISTICAL_NOUN",
                      "evidence": "proportion, residents, population",
                      "weight": 1.1
                    },
                    {
                      "name": "NAMED_PLACE_OR_BODY",
                      "evidence": "Barnet",
                      "weight": 0.5
                    }
                  ],
                  "place": "Barnet",
                  "assessment": {
                    "rating": "TRUE",
                    "confidence": 0.802,
                    "explanation": "The claim makes 2 assertions. 1) 'Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)), 1st of 326 English local authorities, so 'highest' is true: next is Hertsmere with 14.29%. 2) 'almost 15 per cent': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)). The claim says 'almost 15%', which the figure bears out, so the claim is true. Overall: true (compound rule 3: the rated parts agree)."
                  },
                  "claimId": 1
                },
                {
                  "index": 1,
                  "sentence": "Labour has 11 Jewish candidates running in the local elections in Barnet, which are due to take place on May 3.",
                  "text": "Labour has 11 Jewish candidates running in the local elections in Barnet, which are due to take place on May 3",
                  "checkedText": "Labour has 11 Jewish candidates running in the local elections in Barnet",
                  "span": {
                    "start": 547,
                    "end": 657
                  },
                  "sentenceSpan": {
                    "start": 547,
                    "end": 658
                  },
                  "checkworthiness": 0.818,
                  "checkworthy": true,
                  "features": [
                    {
                      "name": "NUMBER",
                      "evidence": "11",
                      "weight": 2.4
                    },
                    {
                      "name": "STATISTICAL_NOUN",
                      "evidence": "candidates",
                      "weight": 0.8
                    },
                    {
                      "name": "NAMED_PLACE_OR_BODY",
                      "evidence": "Barnet",
                      "weight": 0.5
                    }
                  ],
                  "place": "Barnet",
                  "assessment": {
                    "rating": "NOT_ENOUGH_EVIDENCE",
                    "confidence": 0.7,
                    "explanation": "Looked for 'labour jewish candidates running elections' at Barnet: no stored statistic measures that, so the claim cannot be checked."
                  },
                  "claimId": 2
                },
                {
                  "index": 2,
                  "sentence": "“London has lost over £700 million, and that has led to more than 3,000 police staff being lost and 120 police buildings being sold off.",
                  "text": "London has lost over £700 million",
                  "checkedText": "London has lost over £700 million",
                  "span": {
                    "start": 759,
                    "end": 792
                  },
                  "sentenceSpan": {
                    "start": 758,
                    "end": 894
                  },
                  "checkworthiness": 0.858,
                  "checkworthy": true,
                  "features": [
                    {
                      "name": "NUMBER",
                      "evidence": "over £700 million",
                      "weight": 2.4
                    },
                    {
                      "name": "CHANGE",
                      "evidence": "lost",
                      "weight": 1.1
                    },
                    {
                      "name": "NAMED_PLACE_OR_BODY",
                      "evidence": "London",
                      "weight": 0.5
                    }
                  ],
                  "speaker": {
                    "name": "Sadiq Khan",
                    "kind": "PERSON",
                    "mention": "the mayor",
                    "cue": "QUOTE"
                  },
                  "place": "Barnet",
                  "assessment": {
                    "rating": "NOT_ENOUGH_EVIDENCE",
                    "confidence": 0.7,
                    "explanation": "Looked for 'lost' at London: no stored statistic measures that, so the claim cannot be checked."
                  },
                  "claimId": 3
                }
              ],
              "warnings": [
                {
                  "type": "WEEKDAY_MISMATCH",
                  "message": "'Saturday (May 14)': 14 May 2018 (the year taken from the publication date) is a Monday, not a Saturday. 14 April 2018 was a Saturday. The nearest Saturday is 12 May 2018.",
                  "passages": [
                    {
                      "start": 191,
                      "end": 208,
                      "text": "Saturday (May 14)"
                    }
                  ]
                },
                {
                  "type": "DATE_ORDER",
                  "message": "'Saturday (May 14)' (14 May 2018) is reported as having happened, but it is after 'May 3' (3 May 2018), which the story describes as still to come: one of the dates is wrong.",
                  "passages": [
                    {
                      "start": 191,
                      "end": 208,
                      "text": "Saturday (May 14)"
                    },
                    {
                      "start": 652,
                      "end": 657,
                      "text": "May 3"
                    }
                  ]
                },
                {
                  "type": "DATE_ORDER",
                  "message": "'Saturday (May 14)' (14 May 2018) is reported as having happened, but it is after the article was published (16 April 2018).",
                  "passages": [
                    {
                      "start": 191,
                      "end": 208,
                      "text": "Saturday (May 14)"
                    }
                  ]
                }
              ],
              "summary": {
                "sentences": 6,
                "claims": 5,
                "checkworthy": 5,
                "checked": 5,
                "threshold": 0.5,
                "place": "London",
                "ratings": {
                  "MOSTLY_TRUE": 1,
                  "NOT_ENOUGH_EVIDENCE": 3,
                  "TRUE": 1
                },
                "warnings": 3,
                "analysisMillis": 195,
                "elapsedMillis": 2824,
                "articleId": 1
              }
            }
            """;

    static final String GET_STORED = """
            {
              "id": 1,
              "title": "Sadiq Khan: anti-Semitism claims are heartbreaking",
              "url": "https://www.times-series.co.uk/news/",
              "publishedOn": "2018-04-16",
              "section": "Politics",
              "place": "London",
              "threshold": 0.5,
              "body": "Mayor of London Sadiq Khan says anti-Semitism in the Labour Party is heartbreaking – but he is confident a Labour-run Barnet council will serve the whole community.\\n\\nSpeaking in Mill Hill on Saturday (May 14) before a canvassing session with local Labour candidates, Mr Khan said it was “heartbreaking” that some Londoners feel they can’t vote Labour because of the anti-Semitism claims.\\n\\nBarnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough.\\n\\nLabour has 11 Jewish candidates running in the local elections in Barnet, which are due to take place on May 3.\\n\\n“I have been in office for two years and the Tory council has not said anything,” the mayor said. “London has lost over £700 million, and that has led to more than 3,000 police staff being lost and 120 police buildings being sold off.",
              "createdBy": "bootstrap-admin",
              "createdAt": "2026-11-26T06:22:21.270755Z",
              "claims": [
                {
                  "id": 1,
                  "text": "Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough",
                  "statedOn": "2018-04-16",
                  "appearanceUrl": "https://www.times-series.co.uk/news/",
                  "place": "Barnet",
                  "tags": [],
                  "status": "UNREVIEWED",
                  "rating": "TRUE",
                  "stale": false,
                  "assessment": {
                    "id": 1,
                    "kind": "INITIAL",
                    "rating": "TRUE",
                    "confidence": 0.802,
                    "evidence": [
                      {
                        "id": 13390,
                        "value": 15.18,
                        "unit": "percent",
                        "periodStart": "2011-03-27",
                        "periodEnd": "2011-03-27"
                      },
                      {
                        "id": 15877,
                        "value": 14.29,
                        "unit": "percent",
                        "periodStart": "2011-03-27",
                        "periodEnd": "2011-03-27"
                      }
                    ],
                    "result": {
                      "rating": "TRUE",
                      "confidence": 0.802,
                      "explanation": "The claim makes 2 assertions. 1) 'Barnet is home to a large Jewish community, with the highest proportion of Jewish residents – almost 15 per cent of the population – of any English borough': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)), 1st of 326 English local authorities, so 'highest' is true: next is Hertsmere with 14.29%. 2) 'almost 15 per cent': true. Barnet had 15.18% (Jewish population share (Census 2011)) in 2011 (2011 Census: DC2107EW Religion by sex by age (local authorities), Office for National Statistics (ONS)). The claim says 'almost 15%', which the figure bears out, so the claim is true. Overall: true (compound rule 3: the rated parts agree)."
                    },
                    "assessedBy": "bootstrap-admin",
                    "assessedAt": "2026-11-26T06:22:21.270755Z"
                  },
                  "createdBy": "bootstrap-admin",
                  "createdAt": "2026-11-26T06:22:21.270755Z",
                  "updatedAt": "2026-11-26T06:22:21.270755Z",
                  "articleId": 1
                },
                {
                  "id": 2,
                  "text": "Labour has 11 Jewish candidates running in the local elections in Barnet",
                  "statedOn": "2018-04-16",
                  "appearanceUrl": "https://www.times-series.co.uk/news/",
                  "place": "Barnet",
                  "tags": [],
                  "status": "UNREVIEWED",
                  "rating": "NOT_ENOUGH_EVIDENCE",
                  "stale": false,
                  "assessment": {
                    "id": 2,
                    "kind": "INITIAL",
                    "rating": "NOT_ENOUGH_EVIDENCE",
                    "confidence": 0.7,
                    "evidence": [],
                    "result": {
                      "rating": "NOT_ENOUGH_EVIDENCE",
                      "confidence": 0.7,
                      "explanation": "Looked for 'labour jewish candidates running elections' at Barnet: no stored statistic measures that, so the claim cannot be checked."
                    },
                    "assessedBy": "bootstrap-admin",
                    "assessedAt": "2026-11-26T06:22:21.270755Z"
                  },
                  "createdBy": "bootstrap-admin",
                  "createdAt": "2026-11-26T06:22:21.270755Z",
                  "updatedAt": "2026-11-26T06:22:21.270755Z",
                  "articleId": 1
                }
              ]
            }
            """;

    static final String IDEMPOTENCY_CONFLICT = """
            {"type": "https://factcheck.dev/problems/idempotency-in-progress", "title": "Request in progress",
             "status": 409, "detail": "a request with Idempotency-Key 'cms-article-7f3a' is still being processed; retry shortly",
             "instance": "/api/v1/articles"}
            """;

    static final String IDEMPOTENCY_REUSED = """
            {"type": "https://factcheck.dev/problems/idempotency-key-reused", "title": "Idempotency key reused",
             "status": 422, "detail": "Idempotency-Key 'cms-article-7f3a' was used for another request body; use a new key",
             "instance": "/api/v1/articles"}
            """;

    private ArticleExamples() {
    }
}
