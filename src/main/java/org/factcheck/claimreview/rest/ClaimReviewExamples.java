package org.factcheck.claimreview.rest;

/** A published verdict on a real claim, for Swagger UI. */
final class ClaimReviewExamples {

    static final String DOCUMENT = """
            {"@context": "https://schema.org", "@type": "ClaimReview",
             "url": "https://factcheck.dev/claims/17",
             "claimReviewed": "Barnet has the highest proportion of Jewish residents of any English borough",
             "datePublished": "2026-11-26",
             "author": {"@type": "Organization", "name": "factcheck", "url": "https://factcheck.dev"},
             "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Barnet Times"},
                              "datePublished": "2018-04-14",
                              "appearance": [{"@type": "CreativeWork", "url": "https://www.times-series.co.uk/news/16159284/"}],
                              "firstAppearance": {"@type": "CreativeWork", "url": "https://www.times-series.co.uk/news/16159284/"}},
             "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1,
                              "alternateName": "True",
                              "ratingExplanation": "Census 2011: 15.2% of Barnet's residents were Jewish, the highest share"}}
            """;

    static final String PAGE = "{\"items\": [" + DOCUMENT + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, "
            + "\"totalPages\": 1, \"totalExact\": true}";

    private ClaimReviewExamples() {
    }
}
