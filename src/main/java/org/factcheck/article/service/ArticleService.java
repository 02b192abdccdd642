package org.factcheck.article.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.factcheck.article.analysis.AnalysedArticle;
import org.factcheck.article.analysis.AnalysedClaim;
import org.factcheck.article.analysis.ArticleAnalyser;
import org.factcheck.article.analysis.ArticleInput;
import org.factcheck.article.analysis.PlaceNames;
import org.factcheck.article.rest.ArticleClaim;
import org.factcheck.article.rest.ArticleEvent;
import org.factcheck.article.rest.ArticleRequest;
import org.factcheck.article.rest.ArticleResponse;
import org.factcheck.article.rest.ArticleSummary;
import org.factcheck.article.rest.ArticleWarningPayload;
import org.factcheck.common.ApiException;
import org.factcheck.common.DatabaseFailures;
import org.factcheck.common.Problem;
import org.factcheck.common.ProblemError;
import org.factcheck.engine.CheckResult;
import org.factcheck.engine.PlaceInfo;
import org.factcheck.place.service.GazetteerCache;
import org.jboss.logging.Logger;

/**
 * Analyses an article (plain Java, {@link ArticleAnalyser}) and checks its check-worthy claims through the engine:
 * all at once for JSON, or one by one as a stream in which each check runs on a worker thread and stops when the
 * client goes away. Nothing is stored.
 */
@ApplicationScoped
public class ArticleService {

    /** Check-worthiness at or above which a claim is checked, unless the request says otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    private record Built(String gazetteerVersion, ArticleAnalyser analyser) {
    }

    /** An analysed article, ready to be checked. */
    public record Prepared(ArticleRequest request, AnalysedArticle analysis, List<AnalysedClaim> claims,
            double threshold, long analysisMillis, long startedNanos) {
    }

    /** Checks done so far, for the summary. */
    private static final class Tally {
        final AtomicInteger checked = new AtomicInteger();
        final Map<String, Integer> ratings = new ConcurrentHashMap<>();

        void add(CheckResult r) {
            checked.incrementAndGet();
            ratings.merge(r.rating().name(), 1, Integer::sum);
        }
    }

    @Inject
    GazetteerCache gazetteer;

    @Inject
    ClaimChecker checker;

    private final AtomicReference<Built> analyser = new AtomicReference<>();

    /** Validates and analyses an article; blocking (reads the gazetteer). */
    public Prepared prepare(ArticleRequest request, Double threshold) {
        long started = System.nanoTime();
        double t = threshold == null ? DEFAULT_THRESHOLD : threshold;
        if (Double.isNaN(t) || t < 0 || t > 1) {
            throw ApiException.badRequest("threshold must be between 0 and 1",
                    List.of(ProblemError.field("threshold", "must be between 0 and 1, was " + threshold)));
        }
        ArticleAnalyser a = analyser();
        long analysisStart = System.nanoTime();
        AnalysedArticle analysis = a.analyse(new ArticleInput(request.title(), request.body(), request.publishedOn()));
        long analysisMillis = (System.nanoTime() - analysisStart) / 1_000_000;
        if (analysis.plain().text().isBlank()) {
            throw ApiException.badRequest("the body has no text once HTML is removed",
                    List.of(ProblemError.field("body", "has no text once HTML is removed")));
        }
        return new Prepared(request, analysis, analysis.candidates(), t, analysisMillis, started);
    }

    /** The whole answer at once. */
    public ArticleResponse analyse(ArticleRequest request, Double threshold) {
        Prepared p = prepare(request, threshold);
        Tally tally = new Tally();
        List<ArticleClaim> claims = new ArrayList<>();
        for (AnalysedClaim c : p.claims()) {
            CheckResult r = worthy(p, c) ? check(p, c) : null;
            if (r != null) {
                tally.add(r);
            }
            claims.add(ArticleClaim.of(c, sentence(p, c), r != null, r));
        }
        return new ArticleResponse(claims, warnings(p), summary(p, tally));
    }

    /**
     * The answer as a stream: each claim as soon as it is checked, then the summary. A failure ends the stream with
     * an error event; cancelling (a client that disconnects) stops further checks.
     */
    public Multi<ArticleEvent> stream(ArticleRequest request, Double threshold) {
        Prepared p = prepare(request, threshold);
        Tally tally = new Tally();
        Multi<ArticleEvent> claims = Multi.createFrom().iterable(p.claims())
                .onItem().transformToUniAndConcatenate(c -> event(p, c, tally));
        Multi<ArticleEvent> summary = Multi.createFrom().item(() -> ArticleEvent.summary(summary(p, tally),
                warnings(p)));
        return Multi.createBy().concatenating().streams(claims, summary)
                .onFailure().recoverWithItem(this::error);
    }

    private Uni<ArticleEvent> event(Prepared p, AnalysedClaim c, Tally tally) {
        if (!worthy(p, c)) {
            return Uni.createFrom().item(ArticleEvent.claim(ArticleClaim.of(c, sentence(p, c), false, null)));
        }
        return Uni.createFrom().item(() -> check(p, c))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(r -> {
                    tally.add(r);
                    return ArticleEvent.claim(ArticleClaim.of(c, sentence(p, c), true, r));
                });
    }

    private CheckResult check(Prepared p, AnalysedClaim c) {
        ArticleRequest r = p.request();
        return checker.check(c.checkText(), c.speaker() == null ? null : c.speaker().name(), r.publishedOn(),
                c.place(), r.url());
    }

    private ArticleEvent error(Throwable e) {
        if (DatabaseFailures.find(e).isPresent()) {
            LOG.warnf("article stream stopped: the database is unavailable (%s)", DatabaseFailures.find(e).get());
            return ArticleEvent.error(new Problem(Problem.TYPE_BASE + "service-unavailable", "Service unavailable", 503,
                    "the analysis stopped: the database cannot be reached at the moment; retry in a few seconds",
                    "/api/v1/articles", null));
        }
        LOG.error("article stream failed", e);
        return ArticleEvent.error(new Problem(Problem.TYPE_BASE + "server-error", "Server error", 500,
                "the analysis stopped: a claim could not be checked; the error has been logged", "/api/v1/articles",
                null));
    }

    private static boolean worthy(Prepared p, AnalysedClaim c) {
        return c.checkworthiness() >= p.threshold();
    }

    private static String sentence(Prepared p, AnalysedClaim c) {
        return p.analysis().sentences().get(c.sentenceIndex()).text();
    }

    private static List<ArticleWarningPayload> warnings(Prepared p) {
        return p.analysis().warnings().stream().map(ArticleWarningPayload::of).toList();
    }

    private static ArticleSummary summary(Prepared p, Tally tally) {
        int worthy = (int) p.claims().stream().filter(c -> worthy(p, c)).count();
        return new ArticleSummary(p.analysis().sentences().size(), p.claims().size(), worthy, tally.checked.get(),
                p.threshold(), p.analysis().place(), new TreeMap<>(tally.ratings), p.analysis().warnings().size(),
                p.analysisMillis(), (System.nanoTime() - p.startedNanos()) / 1_000_000);
    }

    /** The analyser over the current gazetteer, rebuilt when the gazetteer changes. */
    private ArticleAnalyser analyser() {
        String version = gazetteer.version();
        Built built = analyser.get();
        if (built == null || !built.gazetteerVersion().equals(version)) {
            built = new Built(version, new ArticleAnalyser(placeNames(gazetteer.all())));
            analyser.set(built);
        }
        return built.analyser();
    }

    static PlaceNames placeNames(List<PlaceInfo> all) {
        Map<Long, String> names = new HashMap<>();
        for (PlaceInfo p : all) {
            names.put(p.id(), p.name());
        }
        List<PlaceNames.Place> places = new ArrayList<>();
        Map<String, List<String>> aliases = new HashMap<>();
        for (PlaceInfo p : all) {
            places.add(new PlaceNames.Place(p.name(), p.kind(), p.parentId() == null ? null : names.get(p.parentId())));
            if (!p.aliases().isEmpty()) {
                aliases.put(p.name(), p.aliases());
            }
        }
        return PlaceNames.of(places, aliases);
    }
}
