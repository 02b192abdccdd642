package org.factcheck.verdict.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factcheck.apikey.Caller;
import org.factcheck.claim.repository.ClaimRepository;
import org.factcheck.claim.repository.ClaimRow;
import org.factcheck.claim.rest.VerdictSummary;
import org.factcheck.claim.service.ClaimViews;
import org.factcheck.common.ApiException;
import org.factcheck.common.ProblemError;
import org.factcheck.common.Strings;
import org.factcheck.common.TakesTurn;
import org.factcheck.verdict.VerdictStatus;
import org.factcheck.verdict.repository.VerdictRepository;
import org.factcheck.verdict.rest.VerdictRequest;
import org.factcheck.verdict.service.HistoryService.Event;

/**
 * Editorial verdicts with optimistic locking: a write names the version it replaces (If-Match; 0 for a claim with no
 * verdict yet) and the database applies it only if that is still the version, so two fact-checkers can never
 * overwrite each other silently, whichever instance of the service they reach.
 */
@ApplicationScoped
public class VerdictService {

    @Inject
    VerdictRepository verdicts;

    @Inject
    ClaimRepository claims;

    @Inject
    HistoryService history;

    @Inject
    ClaimViews views;

    @Inject
    Caller caller;

    @Transactional
    public Optional<VerdictSummary> get(long claimId) {
        return claims.find(claimId).map(ClaimRow::verdict).map(views::verdict);
    }

    /** The version a claim's verdict is at (0: none yet); empty when there is no such claim. */
    @Transactional
    public Optional<Integer> version(long claimId) {
        return claims.find(claimId).map(c -> c.verdict() == null ? 0 : c.verdict().version());
    }

    /** Writes the verdict if it is still at {@code expectedVersion}: 412 otherwise, 404 for an unknown claim. */
    @Transactional
    @TakesTurn
    public Optional<VerdictSummary> put(long claimId, int expectedVersion, VerdictRequest r) {
        Optional<ClaimRow> found = claims.find(claimId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ClaimRow claim = found.get();
        validate(r, claim);
        String actor = caller.owner();
        VerdictRepository.Write write = new VerdictRepository.Write(r.rating().name(), Strings.blankToNull(r.summary()),
                Strings.blankToNull(r.explanation()), r.evidenceIdsOrEmpty(), r.status().name(), actor);
        boolean written = expectedVersion == 0 ? verdicts.insertFirst(claimId, write)
                : verdicts.replace(claimId, expectedVersion, write);
        if (!written) {
            int current = claim.verdict() == null ? 0 : claim.verdict().version();
            throw new ApiException(412, "precondition-failed", "Precondition failed",
                    "the verdict on claim " + claimId + " is no longer at version " + expectedVersion
                            + (current != expectedVersion ? " (it is at " + current + ")" : " (it changed meanwhile)")
                            + "; read it again and reapply your change", null);
        }
        claims.touch(claimId);
        ClaimRow after = claims.find(claimId).orElseThrow();
        VerdictSummary before = views.verdict(claim.verdict());
        VerdictSummary now = views.verdict(after.verdict());
        history.record(claimId, Event.VERDICT_CHANGED, actor, before, now);
        return Optional.of(now);
    }

    private void validate(VerdictRequest r, ClaimRow claim) {
        List<ProblemError> errors = new ArrayList<>();
        if (r.status() == VerdictStatus.PUBLISHED && Strings.blankToNull(r.summary()) == null) {
            errors.add(ProblemError.field("summary", "a published verdict needs its one-line conclusion"));
        }
        if (r.status() == VerdictStatus.PUBLISHED && !r.rating().onScale()) {
            errors.add(ProblemError.field("rating", "NOT_ENOUGH_EVIDENCE cannot be published as a verdict; "
                    + "keep it as a DRAFT or choose a rating on the scale"));
        }
        if (r.status() == VerdictStatus.RETRACTED
                && (claim.verdict() == null || claim.verdict().firstPublishedAt() == null)) {
            errors.add(ProblemError.field("status", "only a verdict that was published can be retracted"));
        }
        List<Long> missing = r.evidenceIdsOrEmpty().isEmpty() ? List.of()
                : verdicts.missingEvidence(r.evidenceIdsOrEmpty());
        if (!missing.isEmpty()) {
            errors.add(ProblemError.field("evidenceIds", "no evidence with id " + missing));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
    }
}
