import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.factcheck.claim.service.ClaimMatcher;

/**
 * Claim-matching speed: stores N SYNTHETIC claims (made from templates, tagged "synthetic", never real statements)
 * with their match terms, then times GET /api/v1/claims/similar against a running instance and prints the median.
 * Run by run.sh; args: jdbcUrl user baseUrl apiKey claims queries (0 queries: store the claims and stop).
 */
public class MatchBench {

    static final String[] METRICS = {"median house price", "police funding per head", "crime rate",
        "proportion of Jewish residents", "unemployment rate", "number of police officers", "average rent",
        "population", "life expectancy", "household income", "recycling rate", "number of schools",
        "proportion of Muslim residents", "number of new homes", "rate of burglary", "youth unemployment",
        "number of GP surgeries", "obesity rate", "air pollution", "council tax"};
    static final String[] TEMPLATES = {
        "%1$s has the highest %2$s of any London borough",
        "%1$s has the lowest %2$s in England",
        "The %2$s in %1$s rose by %3$d%% in %4$d",
        "The %2$s in %1$s fell by %3$d%% since %4$d",
        "%1$s has a %2$s of %5$d",
        "No borough has a higher %2$s than %1$s",
        "%1$s built %5$d new homes in %4$d"};

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String user = args[1];
        String base = args[2];
        String key = args[3];
        int n = Integer.parseInt(args[4]);
        int queries = Integer.parseInt(args[5]);
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, user, "")) {
            Map<String, ClaimMatcher.PlaceName> names = new HashMap<>();
            List<String> specific = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select name, kind from place")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    boolean broad = rs.getString(2).equals("country") || rs.getString(2).equals("region");
                    names.put(name.toLowerCase(Locale.ROOT), new ClaimMatcher.PlaceName(name.toLowerCase(Locale.ROOT), broad));
                    if (!broad && name.matches("[A-Z][a-z]+( [A-Z][a-z]+)?")) {
                        specific.add(name);
                    }
                }
            }
            ClaimMatcher matcher = new ClaimMatcher(names);
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into claim (text, speaker, tags, match_terms, "
                    + "created_by) values (?, 'synthetic speaker', '{synthetic}', ?, 'synthetic-bench')")) {
                for (int i = 0; i < n; i++) {
                    String text = String.format(TEMPLATES[random.nextInt(TEMPLATES.length)],
                            specific.get(random.nextInt(specific.size())), METRICS[random.nextInt(METRICS.length)],
                            1 + random.nextInt(40), 2005 + random.nextInt(15), 100 + random.nextInt(50_000));
                    texts.add(text);
                    insert.setString(1, text);
                    insert.setArray(2, c.createArrayOf("text", matcher.terms(text).all().toArray()));
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("analyze claim");
            }
            System.out.printf("stored %,d synthetic claims in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        }
        if (queries == 0) { // store only: src/bench/load/run.sh loads its claims this way
            return;
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Double> millis = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < queries + 50; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            String query = i % 2 == 0 ? text : paraphrase(text);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/claims/similar?text="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("X-API-Key", key).GET().build();
            long t = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            if (i >= 50) { // the first 50 warm the JIT and caches
                millis.add(ms);
                found += answer.body().contains("\"claimId\"") ? 1 : 0;
            }
        }
        Collections.sort(millis);
        System.out.printf("similar over %,d stored claims, %d queries (half verbatim, half reworded): median %.2f ms, "
                + "p90 %.2f ms, p99 %.2f ms, max %.2f ms; %d of %d found a match%n", n, millis.size(),
                millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)),
                millis.get((int) (millis.size() * 0.99)), millis.get(millis.size() - 1), found, millis.size());
    }

    /** A light rewording that keeps the claim: "X has the highest Y of any London borough" -> "No London borough..." */
    static String paraphrase(String text) {
        return text.replace("has the highest", "has the greatest").replace("rose by", "increased by")
                .replace("fell by", "dropped by").replace("No borough has a higher", "No borough has a greater");
    }
}
