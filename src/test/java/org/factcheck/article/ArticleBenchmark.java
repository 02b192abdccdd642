package org.factcheck.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.factcheck.article.analysis.AnalysedArticle;
import org.factcheck.article.analysis.ArticleAnalyser;
import org.factcheck.article.analysis.ArticleInput;
import org.factcheck.article.analysis.LabelledArticle;
import org.factcheck.article.analysis.QualityReport;

/**
 * Speed of the article analysis: a main, not a test. A ~1,000-word article is built from the labelled articles.
 * <ul>
 * <li>{@code analysis} (default): the plain-Java analysis in process, no database: cold first call, then the
 * median, p95 and max of warmed runs;</li>
 * <li>{@code http BASE_URL [RUNS]}: end to end through a running service (JSON: analysis and every check; NDJSON:
 * time to the first claim line and to the summary; JSON with store=true), with the baseline of the same run: the
 * article's checked claims sent one by one to POST /api/v1/checks. The key is read from {@code FACTCHECK_API_KEY}
 * (a newsroom or admin key).</li>
 * </ul>
 * Run (the exec plugin is not in the offline repository, so with java on the test classpath):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.factcheck.article.ArticleBenchmark
 * java -cp ... org.factcheck.article.ArticleBenchmark http http://localhost:8080
 * </pre>
 */
public final class ArticleBenchmark {

    private static final int WORDS = 1_000;

    private ArticleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ArticleInput article = thousandWords();
        int words = article.body().split("\\s+").length;
        if (args.length >= 2 && args[0].equals("http")) {
            http(args[1], article, words, args.length > 2 ? Integer.parseInt(args[2]) : 20);
        } else {
            analysis(article, words, args.length > 1 ? Integer.parseInt(args[1]) : 2_000);
        }
    }

    /** Paragraphs of the labelled articles, in order, until there are 1,000 words. */
    static ArticleInput thousandWords() {
        List<String> paragraphs = new ArrayList<>();
        int words = 0;
        for (LabelledArticle a : LabelledArticle.loadAll("articles")) {
            if (a.body().startsWith("<")) {
                continue;
            }
            for (String p : a.body().split("\n\n")) {
                if (words >= WORDS) {
                    break;
                }
                paragraphs.add(p);
                words += p.split("\\s+").length;
            }
        }
        return new ArticleInput("Benchmark article", String.join("\n\n", paragraphs), LocalDate.of(2018, 4, 16));
    }

    private static void analysis(ArticleInput article, int words, int runs) {
        long start = System.nanoTime();
        ArticleAnalyser analyser = new ArticleAnalyser(QualityReport.demoPlaces());
        AnalysedArticle first = analyser.analyse(article);
        double cold = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < runs; i++) {
            analyser.analyse(article);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            analyser.analyse(article);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "Article analysis (plain Java, no database): %d words, %d sentences, %d claims"
                        + " (%d candidates), %d warnings%n", words, first.sentences().size(), first.claims().size(),
                first.candidates().size(), first.warnings().size());
        System.out.printf(Locale.ROOT, "  cold first call (gazetteer load and JIT included): %.1f ms%n", cold);
        System.out.printf(Locale.ROOT, "  warmed, %d runs: median %.2f ms, p95 %.2f ms, max %.2f ms (wall clock)%n",
                runs, ms[runs / 2], ms[(int) (runs * 0.95)], ms[runs - 1]);
        System.out.printf(Locale.ROOT, "  CPU time of the analysing thread: median %.2f ms, p95 %.2f ms (load average "
                + "%.1f on %d processors)%n", cpu[runs / 2], cpu[(int) (runs * 0.95)],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void http(String base, ArticleInput article, int words, int runs) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", article.title());
        body.put("body", article.body());
        body.put("publishedOn", article.publishedOn().toString());
        body.put("url", "https://www.example-news.co.uk/news/benchmark");
        String payload = json.writeValueAsString(body);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create(base.replaceAll("/$", "") + "/api/v1/articles");
        for (int i = 0; i < 3; i++) {
            send(client, uri, payload, "application/json");
        }
        double[] total = new double[runs];
        JsonNode summary = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = send(client, uri, payload, "application/json");
            total[i] = (System.nanoTime() - t) / 1e6;
            summary = json.readTree(r.body()).get("summary");
        }
        double[] first = new double[runs];
        double[] last = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            HttpResponse<Stream<String>> r = client.send(request(uri, payload, "application/x-ndjson"),
                    HttpResponse.BodyHandlers.ofLines());
            boolean seen = false;
            for (String line : (Iterable<String>) r.body()::iterator) {
                if (!seen && line.contains("\"type\":\"claim\"")) {
                    first[i] = (System.nanoTime() - t) / 1e6;
                    seen = true;
                }
            }
            last[i] = (System.nanoTime() - t) / 1e6;
        }
        URI store = URI.create(uri + "?store=true");
        double[] stored = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            send(client, store, payload, "application/json");
            stored[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] singles = new double[runs];
        List<Map<String, Object>> checks = singleChecks(json, send(client, uri, payload, "application/json").body(),
                article);
        URI checkUri = URI.create(base.replaceAll("/$", "") + "/api/v1/checks");
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            for (Map<String, Object> check : checks) {
                send(client, checkUri, json.writeValueAsString(check), "application/json");
            }
            singles[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(total);
        Arrays.sort(first);
        Arrays.sort(last);
        Arrays.sort(stored);
        Arrays.sort(singles);
        System.out.printf(Locale.ROOT, "End to end through %s (%d words; %s claims, %s checked; analysis %s ms "
                + "server-side):%n", uri, words, summary.get("claims"), summary.get("checked"),
                summary.get("analysisMillis"));
        System.out.printf(Locale.ROOT, "  JSON, %d runs: median %.0f ms, p95 %.0f ms%n", runs, total[runs / 2],
                total[(int) (runs * 0.95)]);
        System.out.printf(Locale.ROOT, "  NDJSON, %d runs: first claim line median %.0f ms; summary line median %.0f ms"
                + "%n", runs, first[runs / 2], last[runs / 2]);
        System.out.printf(Locale.ROOT, "  JSON with store=true, %d runs: median %.0f ms%n", runs, stored[runs / 2]);
        System.out.printf(Locale.ROOT, "  baseline, the %d checked claims one by one through POST /api/v1/checks: "
                + "median %.0f ms; article (JSON) / baseline = %.2f%n", checks.size(), singles[runs / 2],
                total[runs / 2] / singles[runs / 2]);
    }

    /** The checks the article analysis ran, as POST /api/v1/checks requests. */
    private static List<Map<String, Object>> singleChecks(ObjectMapper json, String answer, ArticleInput article)
            throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode claim : json.readTree(answer).get("claims")) {
            if (!claim.get("checkworthy").asBoolean()) {
                continue;
            }
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("statedOn", article.publishedOn().toString());
            if (claim.hasNonNull("place")) {
                context.put("place", claim.get("place").asText());
            }
            out.add(Map.of("text", claim.get("checkedText").asText(), "context", context));
        }
        return out;
    }

    private static HttpResponse<String> send(HttpClient client, URI uri, String payload, String accept)
            throws Exception {
        HttpResponse<String> r = client.send(request(uri, payload, accept), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    private static HttpRequest request(URI uri, String payload, String accept) {
        String key = System.getenv("FACTCHECK_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("set FACTCHECK_API_KEY to a newsroom or admin key");
        }
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key).header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(payload)).build();
    }
}
