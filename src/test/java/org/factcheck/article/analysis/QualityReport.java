package org.factcheck.article.analysis;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Check-worthiness and speaker attribution measured on the labelled articles, against gold sentences: a sentence is
 * predicted check-worthy when one of the claims found in it scores at or above the threshold, and its speaker is
 * the speaker of its best-scoring claim. The baseline marks every sentence with a number (digits or a number word)
 * check-worthy.
 */
public final class QualityReport {

    /** Every sentence with a number, as the simplest rule a newsroom might use. */
    static final Pattern NUMBER = Pattern.compile("\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|quarter"
            + "|dozen|dozens|hundreds|thousands|millions)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SPEAKER_NOISE = Set.of("the", "a", "an", "mr", "mrs", "ms", "dr", "cllr",
            "councillor", "spokesperson", "spokesman", "spokeswoman", "for", "of", "s");

    /** One gold sentence with what was predicted for it. */
    public record Row(String article, LabelledArticle.Label gold, double score, boolean predicted, boolean baseline,
            String speaker) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final double threshold;

    private QualityReport(double threshold) {
        this.threshold = threshold;
    }

    /** Runs the analyser over the articles. */
    public static QualityReport run(List<LabelledArticle> articles, ArticleAnalyser analyser, double threshold) {
        QualityReport r = new QualityReport(threshold);
        for (LabelledArticle a : articles) {
            AnalysedArticle result = analyser.analyse(a.input());
            String plain = result.plain().text();
            int from = 0;
            for (LabelledArticle.Label g : a.sentences()) {
                int at = plain.indexOf(g.text(), from);
                if (at < 0) {
                    throw new IllegalStateException(a.id() + ": labelled sentence not in the body: " + g.text());
                }
                int end = at + g.text().length();
                from = end;
                AnalysedClaim best = null;
                for (AnalysedClaim c : result.claims()) {
                    int cs = plainStart(result, c);
                    int ce = cs + c.span().text().length();
                    if (cs < end && at < ce && (best == null || c.checkworthiness() > best.checkworthiness())) {
                        best = c;
                    }
                }
                double score = best == null ? 0 : best.checkworthiness();
                String speaker = best == null || best.speaker() == null ? null : best.speaker().name();
                r.rows.add(new Row(a.id(), g, score, score >= threshold, NUMBER.matcher(g.text()).find(), speaker));
            }
        }
        return r;
    }

    private static int plainStart(AnalysedArticle result, AnalysedClaim c) {
        PlainText p = result.plain();
        if (p.starts() == null) {
            return c.span().start();
        }
        for (int i = 0; i < p.text().length(); i++) {
            if (p.starts()[i] >= c.span().start()) {
                return i;
            }
        }
        return p.text().length();
    }

    public List<Row> rows() {
        return rows;
    }

    public double[] prf(boolean baseline) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Row row : rows) {
            boolean p = baseline ? row.baseline() : row.predicted();
            if (p && row.gold().checkworthy()) {
                tp++;
            } else if (p) {
                fp++;
            } else if (row.gold().checkworthy()) {
                fn++;
            }
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    public double f1() {
        return prf(false)[2];
    }

    /** Share of sentences (only the check-worthy ones, or all) whose speaker is right; null speakers must match. */
    public double speakerAccuracy(boolean checkworthyOnly) {
        int n = 0;
        int right = 0;
        for (Row row : rows) {
            if (checkworthyOnly && !row.gold().checkworthy()) {
                continue;
            }
            n++;
            if (sameSpeaker(row.gold().speaker(), row.speaker())) {
                right++;
            }
        }
        return n == 0 ? 0 : right / (double) n;
    }

    /** Same speaker: equal after dropping titles and articles, or one's name words all in the other's. */
    static boolean sameSpeaker(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        List<String> g = words(gold);
        List<String> p = words(predicted);
        return !g.isEmpty() && !p.isEmpty() && (g.equals(p) || g.containsAll(p) || p.containsAll(g));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z0-9&]+")) {
            if (!w.isEmpty() && !SPEAKER_NOISE.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    public String format() {
        double[] ours = prf(false);
        double[] base = prf(true);
        long positives = rows.stream().filter(r -> r.gold().checkworthy()).count();
        return String.format(Locale.ROOT, """
                Labelled articles: %d sentences in %d articles, %d check-worthy (threshold %.2f)
                  check-worthiness   precision %.3f  recall %.3f  F1 %.3f
                  baseline (number)  precision %.3f  recall %.3f  F1 %.3f
                  speaker accuracy   %.3f on check-worthy sentences, %.3f on all sentences
                """, rows.size(), rows.stream().map(Row::article).distinct().count(), positives, threshold,
                ours[0], ours[1], ours[2], base[0], base[1], base[2], speakerAccuracy(true), speakerAccuracy(false));
    }

    /** Every sentence the analyser gets wrong, for working on the rules. */
    public String errors() {
        StringBuilder b = new StringBuilder();
        for (Row r : rows) {
            boolean wrongScore = r.predicted() != r.gold().checkworthy();
            boolean wrongSpeaker = !sameSpeaker(r.gold().speaker(), r.speaker());
            if (wrongScore || wrongSpeaker) {
                b.append(String.format(Locale.ROOT, "%-32s %s%s gold=%s score=%.2f speaker=%s/%s | %s%n",
                        r.article(), wrongScore ? "CW" : "  ", wrongSpeaker ? "SP" : "  ", r.gold().checkworthy(),
                        r.score(), r.gold().speaker(), r.speaker(), r.gold().text()));
            }
        }
        return b.toString();
    }

    /** The bundled gazetteer (demo-data/places.csv), as the service has it before any places are added. */
    public static PlaceNames demoPlaces() {
        try (InputStream in = QualityReport.class.getClassLoader().getResourceAsStream("demo-data/places.csv")) {
            return PlaceNames.fromCsv(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Prints the figures and the errors: {@code java ... QualityReport}. */
    public static void main(String[] args) {
        List<LabelledArticle> articles = LabelledArticle.loadAll("articles");
        if (args.length > 1 && args[0].equals("--claims")) {
            ArticleAnalyser analyser = new ArticleAnalyser(demoPlaces());
            for (LabelledArticle a : articles) {
                if (a.id().startsWith(args[1])) {
                    AnalysedArticle result = analyser.analyse(a.input());
                    for (AnalysedClaim c : result.claims()) {
                        System.out.printf(Locale.ROOT, "%.2f %s [%s] %s%n    %s%n", c.checkworthiness(),
                                c.candidate() ? "C" : " ", c.speaker() == null ? "-" : c.speaker().name(),
                                c.checkText(), c.features());
                    }
                    result.warnings().forEach(w -> System.out.println("WARNING " + w));
                    System.out.println("place: " + result.place());
                }
            }
            return;
        }
        if (args.length > 1) {
            articles = articles.stream().filter(a -> a.id().startsWith(args[1])).toList();
        }
        QualityReport r = run(articles, new ArticleAnalyser(demoPlaces()), 0.5);
        System.out.println(r.format());
        if (args.length > 0 && args[0].equals("--errors")) {
            System.out.println(r.errors());
        }
    }
}
