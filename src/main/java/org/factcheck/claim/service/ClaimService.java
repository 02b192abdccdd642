package org.factcheck.claim.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factcheck.apikey.Caller;
import org.factcheck.check.rest.CheckRequest;
import org.factcheck.check.service.CheckService;
import org.factcheck.claim.repository.AssessmentRepository;
import org.factcheck.claim.repository.ClaimFilter;
import org.factcheck.claim.repository.ClaimRepository;
import org.factcheck.claim.repository.ClaimRepository.ArticleLink;
import org.factcheck.claim.rest.ClaimMatch;
import org.factcheck.claim.rest.ClaimRequest;
import org.factcheck.claim.rest.ClaimResponse;
import org.factcheck.common.ApiException;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.common.ProblemError;
import org.factcheck.common.Strings;
import org.factcheck.common.TakesTurn;
import org.factcheck.engine.CheckResult;
import org.factcheck.engine.ClaimPart;
import org.factcheck.engine.EvidenceCitation;
import org.factcheck.engine.Rating;
import org.factcheck.verdict.VerdictStatus;
import org.factcheck.verdict.service.HistoryService;
import org.factcheck.verdict.service.HistoryService.Event;

/**
 * Claims: stored with the engine's assessment at that moment, listed, re-checked. The engine runs outside any
 * transaction; what it found is stored, with the history entries, in one transaction.
 */
@ApplicationScoped
public class ClaimService {

    /** Matches returned with a new claim. */
    static final int MATCHES_ON_CREATE = 5;

    /** The answer to a create: the claim, or the stored first answer for a retried Idempotency-Key. */
    public record Created(ClaimResponse claim, String location, boolean replayed) {
    }

    @Inject
    ClaimRepository claims;

    @Inject
    AssessmentRepository assessments;

    @Inject
    HistoryService history;

    @Inject
    CheckService checks;

    @Inject
    ClaimMatchService matching;

    @Inject
    IdempotencyService idempotency;

    @Inject
    ClaimViews views;

    @Inject
    Caller caller;

    @TakesTurn
    public Created create(ClaimRequest request, String idempotencyKey) {
        String owner = caller.owner();
        String key = idempotencyKey;
        if (key != null) {
            Optional<IdempotencyService.Replay> replay = idempotency.begin(owner, key, views.write(request));
            if (replay.isPresent()) {
                IdempotencyService.Replay r = replay.get();
                return new Created(views.read(r.body(), ClaimResponse.class), r.location(), true);
            }
        }
        try {
            List<ClaimMatch> similar = matching.similar(request.text(), MATCHES_ON_CREATE);
            CheckResult result = checks.check(new CheckRequest(request.text(), new CheckRequest.Context(
                    request.speaker(), request.statedOn(), request.place(), request.appearanceUrl())));
            return QuarkusTransaction.requiringNew().call(() -> {
                long id = store(request, result, owner, null);
                ClaimResponse created = claims.find(id).map(views::claim).orElseThrow().withSimilar(similar);
                String location = "/api/v1/claims/" + id;
                if (key != null) {
                    idempotency.complete(owner, key, 201, location, views.write(created));
                }
                return new Created(created, location, false);
            });
        } catch (RuntimeException e) {
            if (key != null) {
                idempotency.release(owner, key);
            }
            throw e;
        }
    }

    /**
     * Stores a claim the engine has already checked, with its history and assessment, in the caller's transaction
     * (an article's claims are stored together with the article, all or nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long storeChecked(ClaimRequest r, CheckResult result, String owner, ArticleLink article) {
        return store(r, result, owner, article);
    }

    private long store(ClaimRequest r, CheckResult result, String owner, ArticleLink article) {
        ClaimRepository.Inserted inserted = claims.insert(r.text().trim(), Strings.blankToNull(r.speaker()),
                r.statedOn(), Strings.blankToNull(r.appearanceUrl()), Strings.blankToNull(r.place()), r.tagsOrEmpty(),
                matching.terms(r.text()).all(), owner, article, new ClaimRepository.FirstAssessment(
                        result.rating().name(), result.confidence(), views.write(result), evidenceIds(result)));
        long id = inserted.claimId();
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("text", r.text().trim());
        claim.put("speaker", Strings.blankToNull(r.speaker()));
        claim.put("statedOn", r.statedOn());
        claim.put("appearanceUrl", Strings.blankToNull(r.appearanceUrl()));
        claim.put("place", Strings.blankToNull(r.place()));
        claim.put("tags", r.tagsOrEmpty());
        if (article != null) {
            claim.put("articleId", article.articleId());
        }
        history.record(id, Event.CLAIM_CREATED, owner, null, claim);
        history.record(id, Event.ASSESSED, owner, null, assessmentSummary(inserted.assessmentId(), result));
        return id;
    }

    @Transactional
    public Optional<ClaimResponse> get(long id) {
        return claims.find(id).map(views::claim);
    }

    @Transactional
    @TakesTurn
    public PageResponse<ClaimResponse> list(ClaimFilter filter, PageRequest page) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw ApiException.badRequest("from must not be after to",
                    List.of(ProblemError.field("from", "is after to (" + filter.to() + ")")));
        }
        List<ClaimResponse> items = claims.search(filter, page).stream().map(views::claim).toList();
        return PageResponse.ofCountedUpToLimit(items, page, claims.countUpToLimit(filter));
    }

    /** Builds a listing filter from query parameters, refusing unknown ratings and statuses. */
    public static ClaimFilter filter(String q, String rating, String status, String speaker, String place,
                                     String tag, LocalDate from, LocalDate to, OffsetDateTime updatedSince,
                                     Boolean stale) {
        String r = Strings.blankToNull(rating);
        if (r != null) {
            r = r.toUpperCase(Locale.ROOT);
            try {
                Rating.valueOf(r);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("unknown rating", List.of(ProblemError.field("rating",
                        "must be one of " + List.of(Rating.values()))));
            }
        }
        String s = Strings.blankToNull(status);
        if (s != null) {
            s = s.toUpperCase(Locale.ROOT);
            String upper = s;
            if (!s.equals("UNREVIEWED") && Arrays.stream(VerdictStatus.values())
                    .noneMatch(v -> v.name().equals(upper))) {
                throw ApiException.badRequest("unknown status", List.of(ProblemError.field("status",
                        "must be one of UNREVIEWED, DRAFT, PUBLISHED, RETRACTED")));
            }
        }
        return new ClaimFilter(Strings.blankToNull(q), r, s, Strings.blankToNull(speaker), Strings.blankToNull(place),
                Strings.blankToNull(tag), from, to, updatedSince, stale);
    }

    @TakesTurn
    public List<ClaimMatch> similar(String text, int limit) {
        return matching.similar(text, limit);
    }

    /** Re-runs the engine on today's evidence; the new assessment is stored beside the old ones. */
    @TakesTurn
    public Optional<ClaimResponse> recheck(long id) {
        String owner = caller.owner();
        Optional<ClaimResponse> current = get(id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        ClaimResponse c = current.get();
        CheckResult result = checks.check(new CheckRequest(c.text(), new CheckRequest.Context(c.speaker(),
                c.statedOn(), c.place(), c.appearanceUrl())));
        return QuarkusTransaction.requiringNew().call(() -> {
            long assessmentId = assess(id, "RECHECK", result, owner);
            Map<String, Object> before = c.assessment() == null ? null : Map.of(
                    "assessmentId", c.assessment().id(), "rating", c.assessment().rating(),
                    "confidence", c.assessment().confidence(),
                    "evidenceIds", c.assessment().evidence().stream().map(e -> e.id()).toList());
            history.record(id, Event.RECHECKED, owner, before, assessmentSummary(assessmentId, result));
            return claims.find(id).map(views::claim);
        });
    }

    private long assess(long claimId, String kind, CheckResult result, String owner) {
        long assessmentId = assessments.insert(claimId, kind, result.rating().name(), result.confidence(),
                views.write(result), evidenceIds(result), owner);
        claims.setLatestAssessment(claimId, assessmentId);
        return assessmentId;
    }

    private static Map<String, Object> assessmentSummary(long assessmentId, CheckResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessmentId", assessmentId);
        m.put("rating", result.rating());
        m.put("confidence", result.confidence());
        m.put("explanation", result.explanation());
        m.put("evidenceIds", evidenceIds(result));
        return m;
    }

    static List<Long> evidenceIds(CheckResult result) {
        return result.parts().stream().map(ClaimPart::evidence).flatMap(List::stream)
                .map(EvidenceCitation::evidenceId).distinct().sorted().toList();
    }
}
