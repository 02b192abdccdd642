package org.factcheck.verdict.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.claim.repository.ClaimRepository;
import org.factcheck.claim.service.ClaimViews;
import org.factcheck.verdict.repository.HistoryRepository;
import org.factcheck.verdict.rest.HistoryEntryResponse;

/**
 * The append-only trail of a claim. Entries are written in the transaction of the change they record, so a change
 * and its entry are stored together or not at all.
 */
@ApplicationScoped
public class HistoryService {

    /** What happened. */
    public enum Event {
        CLAIM_CREATED, ASSESSED, RECHECKED, VERDICT_CHANGED
    }

    @Inject
    HistoryRepository history;

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimViews views;

    /** Appends an entry; must run inside the transaction of the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long claimId, Event event, String actor, Object before, Object after) {
        history.append(claimId, event.name(), actor, views.write(before), views.write(after));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String json) {
        return json == null ? null : views.read(json, Map.class);
    }

    @Transactional
    public Optional<List<HistoryEntryResponse>> of(long claimId) {
        if (!claims.exists(claimId)) {
            return Optional.empty();
        }
        return Optional.of(history.findByClaim(claimId).stream()
                .map(e -> new HistoryEntryResponse(e.id(), e.claimId(), e.event(), e.actor(), e.at(),
                        map(e.before()), map(e.after())))
                .toList());
    }
}
