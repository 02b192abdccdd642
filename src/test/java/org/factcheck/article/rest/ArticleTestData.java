package org.factcheck.article.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Articles for the resource tests. */
final class ArticleTestData {

    /** The seed article: real text, published 16 April 2018. */
    static final String SEED = read("articles/seed-article.txt");

    /** Opinion and rhetoric only: no claims. */
    static final String NO_CLAIMS = """
            What a wonderful afternoon it was at the village fete.

            Everyone should come along next year, and we hope the sun shines again!""";

    private ArticleTestData() {
    }

    static Map<String, Object> article(String body, String publishedOn) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", "Test article");
        a.put("body", body);
        a.put("url", "https://www.example-news.co.uk/news/test");
        a.put("publishedOn", publishedOn);
        a.put("section", "Politics");
        return a;
    }

    static Map<String, Object> seed() {
        return article(SEED, "2018-04-16");
    }

    /** Many check-worthy sentences, each one claim: enough work to notice a client going away. */
    static String manyClaims(int n) {
        String[] boroughs = {"Westminster", "Camden", "Barnet", "Newham", "Hackney", "Lambeth", "Croydon", "Enfield"};
        StringJoiner body = new StringJoiner("\n\n");
        for (int i = 0; i < n; i++) {
            body.add(boroughs[i % boroughs.length] + " recorded " + (60 + i) + " crimes for every 1,000 residents in "
                    + (2010 + i % 8) + "/" + (11 + i % 8) + ".");
        }
        return body.toString();
    }

    private static String read(String resource) {
        try (var in = ArticleTestData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
