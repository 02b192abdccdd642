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
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
import org.factcheck.claim.service.ClaimViews;
import org.factcheck.claim.service.IdempotencyService;
import org.factcheck.common.ApiException;
import org.factcheck.common.DatabaseFailures;
import org.factcheck.common.Problem;
import org.factcheck.common.ProblemError;
import org.factcheck.common.ServiceBusyException;
import org.factcheck.engine.CheckResult;
import org.factcheck.engine.PlaceInfo;
import org.factcheck.place.service.GazetteerCache;
import org.jboss.logging.Logger;

/**
 * Analyses an article (plain Java, {@link ArticleAnalyser}) and checks its check-worthy claims through the engine:
 * all at once for JSON, or one by one as a stream in which each check runs on a worker thread and stops when the
 * client goes away. With store, the article and its checked claims are stored by {@link ArticleStore}.
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

    @Inject
    ArticleStore store;

    @Inject
    IdempotencyService idempotency;

    @Inject
    ClaimViews views;

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

    /**
     * What the caller asked for besides the article: the threshold (null for the default), whether to store the
     * article and its checked claims, the Idempotency-Key that makes a stored article safe to retry, and who calls.
     */
    public record Options(Double threshold, boolean store, String idempotencyKey, String owner) {

        /** The key matters only when something is stored. */
        String key() {
            return store ? idempotencyKey : null;
        }
    }

    /** The whole answer, and whether it is the stored answer to an earlier request with the same key. */
    public record Answer(ArticleResponse response, boolean replayed) {

        public Long articleId() {
            return response.summary().articleId();
        }
    }

    /** The whole answer at once; with store, the article and its checked claims are stored in one transaction. */
    public Answer analyse(ArticleRequest request, Options options) {
        Prepared p = prepare(request, options.threshold());
        Optional<ArticleResponse> replay = begin(request, options);
        if (replay.isPresent()) {
            return new Answer(replay.get(), true);
        }
        try {
            Tally tally = new Tally();
            List<ArticleClaim> claims = new ArrayList<>();
            for (AnalysedClaim c : p.claims()) {
                CheckResult r = worthy(p, c) ? check(p, c) : null;
                if (r != null) {
                    tally.add(r);
                }
                claims.add(ArticleClaim.of(c, sentence(p, c), r != null, r));
            }
            ArticleResponse answer = new ArticleResponse(claims, warnings(p), summary(p, tally));
            return new Answer(options.store() ? store.save(request, answer, options.owner(), options.key()) : answer,
                    false);
        } catch (RuntimeException e) {
            release(options);
            throw e;
        }
    }

    /**
     * The answer as a stream: each claim as soon as it is checked, then the summary (with store, the article and its
     * checked claims are stored, in one transaction, just before the summary, which names the stored article). A
     * failure ends the stream with an error event; cancelling (a client that disconnects) stops further checks and
     * stores nothing.
     */
    public Multi<ArticleEvent> stream(ArticleRequest request, Options options) {
        Prepared p = prepare(request, options.threshold());
        Optional<ArticleResponse> replay = begin(request, options);
        if (replay.isPresent()) {
            ArticleResponse r = replay.get();
            return Multi.createBy().concatenating().streams(
                    Multi.createFrom().iterable(r.claims()).map(ArticleEvent::claim),
                    Multi.createFrom().item(ArticleEvent.summary(r.summary(), r.warnings())));
        }
        Tally tally = new Tally();
        Queue<ArticleClaim> sent = new ConcurrentLinkedQueue<>();
        Multi<ArticleEvent> claims = Multi.createFrom().iterable(p.claims())
                .onItem().transformToUniAndConcatenate(c -> event(p, c, tally))
                .invoke(e -> sent.add(e.claim()));
        Multi<ArticleEvent> summary = Uni.createFrom().item(() -> {
            ArticleResponse answer = new ArticleResponse(List.copyOf(sent), warnings(p), summary(p, tally));
            if (options.store()) {
                answer = store.save(request, answer, options.owner(), options.key());
            }
            return ArticleEvent.summary(answer.summary(), answer.warnings());
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).toMulti();
        return Multi.createBy().concatenating().streams(claims, summary)
                .onCancellation().invoke(() -> releaseLater(options))
                .onFailure().invoke(e -> releaseLater(options))
                .onFailure().recoverWithItem(this::error);
    }

    /** What an Idempotency-Key is bound to: the article and the threshold it was checked with. */
    private record Fingerprint(ArticleRequest article, double threshold) {
    }

    /** With store and a key: claims the key, or finds the stored answer to replay. */
    private Optional<ArticleResponse> begin(ArticleRequest request, Options options) {
        if (options.key() == null) {
            return Optional.empty();
        }
        // a record, not a Map.of: its JSON has the same field order in every JVM, so every instance hashes a retry alike
        String fingerprint = views.write(new Fingerprint(request,
                options.threshold() == null ? DEFAULT_THRESHOLD : options.threshold()));
        return idempotency.begin(options.owner(), options.key(), fingerprint)
                .map(r -> views.read(r.body(), ArticleResponse.class));
    }

    private void release(Options options) {
        if (options.key() != null) {
            idempotency.release(options.owner(), options.key());
        }
    }

    /** Releases the key off the calling thread, which may be the event loop (a cancelled stream). */
    private void releaseLater(Options options) {
        if (options.key() != null) {
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                try {
                    release(options);
                } catch (RuntimeException e) {
                    LOG.warn("could not release Idempotency-Key " + options.key(), e);
                }
            });
        }
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
            return unavailable("the database cannot be reached at the moment");
        }
        if (e instanceof ServiceBusyException) {
            LOG.warnf("article stream stopped: %s", e.getMessage());
            return unavailable("the service is at capacity");
        }
        LOG.error("article stream failed", e);
        return ArticleEvent.error(new Problem(Problem.TYPE_BASE + "server-error", "Server error", 500,
                "the analysis stopped: a claim could not be checked; the error has been logged", "/api/v1/articles",
                null));
    }

    private static ArticleEvent unavailable(String why) {
        return ArticleEvent.error(new Problem(Problem.TYPE_BASE + "service-unavailable", "Service unavailable", 503,
                "the analysis stopped: " + why + "; retry in a few seconds", "/api/v1/articles", null));
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
                p.analysisMillis(), (System.nanoTime() - p.startedNanos()) / 1_000_000, null);
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
