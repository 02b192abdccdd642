package org.factcheck.article.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Check-worthiness and speaker attribution on the labelled articles (src/test/resources/articles): prints
 * precision, recall and F1 with the number baseline beside them, and speaker accuracy; fails below F1 0.8 or
 * without a clear margin over the baseline. Run alone: {@code mvn -o test -Dtest=ArticleQualityTest}.
 */
class ArticleQualityTest {

    static final double REQUIRED_F1 = 0.80;
    static final double REQUIRED_MARGIN = 0.05;
    static final double REQUIRED_SPEAKER_ACCURACY = 0.85;
    static final String HELD_OUT = "articles-heldout-2026-11-26";

    @Test
    void findsCheckWorthySentencesWithF1OfAtLeastPointEightAndBeatsTheNumberBaseline() {
        List<LabelledArticle> articles = LabelledArticle.loadAll("articles");
        QualityReport report = QualityReport.run(articles, new ArticleAnalyser(QualityReport.demoPlaces()), 0.5);
        System.out.println(report.format());
        double f1 = report.f1();
        double baseline = report.prf(true)[2];
        assertTrue(articles.size() >= 10, "the labelled set has at least 10 articles");
        assertTrue(f1 >= REQUIRED_F1, String.format("check-worthiness F1 %.3f is below %.2f", f1, REQUIRED_F1));
        assertTrue(f1 >= baseline + REQUIRED_MARGIN,
                String.format("F1 %.3f does not beat the number baseline %.3f by %.2f", f1, baseline, REQUIRED_MARGIN));
    }

    /**
     * The held-out set (src/test/resources/articles-heldout-2026-11-26): written and labelled by someone who had not
     * read the analysis code; blind at its first run (its README gives that run and what its errors changed since).
     * Printed with its errors and held to the same floors as the tuning set.
     */
    @Test
    void holdsTheFloorOnTheBlindHeldOutArticles() {
        QualityReport report = QualityReport.run(LabelledArticle.loadAll(HELD_OUT),
                new ArticleAnalyser(QualityReport.demoPlaces()), 0.5);
        System.out.println("held out (" + HELD_OUT + ")\n" + report.format() + report.errors());
        assertTrue(report.f1() >= REQUIRED_F1, String.format("held-out F1 %.3f is below %.2f", report.f1(),
                REQUIRED_F1));
        assertTrue(report.f1() >= report.prf(true)[2] + REQUIRED_MARGIN, "held-out F1 does not beat the baseline");
        assertTrue(report.speakerAccuracy(true) >= REQUIRED_SPEAKER_ACCURACY,
                String.format("held-out speaker accuracy %.3f", report.speakerAccuracy(true)));
    }

    @Test
    void attributesCheckWorthyClaimsToTheRightSpeaker() {
        QualityReport report = QualityReport.run(LabelledArticle.loadAll("articles"),
                new ArticleAnalyser(QualityReport.demoPlaces()), 0.5);
        double accuracy = report.speakerAccuracy(true);
        assertTrue(accuracy >= REQUIRED_SPEAKER_ACCURACY, String.format(
                "speaker accuracy %.3f on check-worthy sentences is below %.2f%n%s", accuracy,
                REQUIRED_SPEAKER_ACCURACY, report.errors()));
    }
}
