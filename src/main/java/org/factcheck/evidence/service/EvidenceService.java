package org.factcheck.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factcheck.common.ApiException;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.common.ProblemError;
import org.factcheck.common.Strings;
import org.factcheck.common.TakesTurn;
import org.factcheck.evidence.Evidence;
import org.factcheck.evidence.Units;
import org.factcheck.evidence.repository.EvidenceRepository;
import org.factcheck.evidence.rest.EvidenceRequest;
import org.factcheck.evidence.rest.EvidenceResponse;
import org.factcheck.place.Place;
import org.factcheck.place.service.PlaceService;
import org.factcheck.source.Source;
import org.factcheck.source.service.SourceService;

@ApplicationScoped
public class EvidenceService {

    @Inject
    EvidenceRepository evidence;

    @Inject
    PlaceService places;

    @Inject
    SourceService sources;

    @Transactional
    @TakesTurn
    public PageResponse<EvidenceResponse> search(String q, String place, String metric, LocalDate from, LocalDate to,
                                                 PageRequest page) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from must not be after to",
                    List.of(ProblemError.field("from", "is after to (" + to + ")")));
        }
        Long placeId = null;
        if (place != null && !place.isBlank()) {
            placeId = places.resolve(place).map(p -> p.id).orElseThrow(() -> ApiException.unprocessable("place",
                    "no place named '" + place.trim() + "'; see /api/v1/places?q=" + place.trim()));
        }
        EvidenceRepository.Filter filter = new EvidenceRepository.Filter(Strings.blankToNull(q), placeId, Strings.blankToNull(metric),
                from, to);
        EvidenceRepository.SearchPage found = evidence.search(filter, page);
        List<EvidenceResponse> items = found.rows().stream().map(EvidenceService::toResponse).toList();
        return PageResponse.ofCountedUpToLimit(items, page, found.counted());
    }

    @Transactional
    public Optional<EvidenceResponse> get(long id) {
        return evidence.findFull(id).map(EvidenceService::toResponse);
    }

    @Transactional
    public EvidenceResponse create(EvidenceRequest request) {
        Evidence e = new Evidence();
        apply(e, request);
        evidence.persist(e);
        return toResponse(e);
    }

    /** Replaces a record; {@code expectedVersion}, when given, must be the stored version (else 412). */
    @Transactional
    public Optional<EvidenceResponse> replace(long id, EvidenceRequest request, Integer expectedVersion) {
        Optional<Evidence> found = evidence.findFull(id);
        found.ifPresent(e -> {
            if (expectedVersion != null && expectedVersion != e.version) {
                throw new ApiException(412, "precondition-failed", "Precondition failed",
                        "evidence " + id + " is at version " + e.version + ", not " + expectedVersion
                                + "; read it again and retry", null);
            }
            apply(e, request);
            evidence.flush();
        });
        return found.map(EvidenceService::toResponse);
    }

    @Transactional
    public boolean delete(long id) {
        return evidence.deleteById(id);
    }

    private void apply(Evidence e, EvidenceRequest r) {
        List<ProblemError> errors = new ArrayList<>();
        if (!Units.isValid(r.unit())) {
            errors.add(ProblemError.field("unit", Units.unknownMessage(r.unit())));
        }
        if (r.periodStart().isAfter(r.periodEnd())) {
            errors.add(ProblemError.field("periodEnd", "is before periodStart (" + r.periodStart() + ")"));
        }
        if (Strings.blankToNull(r.place()) == null && Strings.blankToNull(r.placeCode()) == null) {
            errors.add(ProblemError.field("place", "give the place's name, its ONS code, or both"));
        }
        if ((r.source() == null) == (r.sourceId() == null)) {
            errors.add(ProblemError.field("source", "give either source or sourceId, not both and not neither"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
        Place place = places.resolveOrCreate(r.place(), r.placeCode());
        Source source = r.sourceId() != null
                ? sources.find(r.sourceId()).orElseThrow(() -> ApiException.unprocessable("sourceId",
                        "no source with id " + r.sourceId()))
                : sources.findOrCreate(r.source());
        String metric = r.metric().trim();
        evidence.findByKey(place.id, metric, r.periodStart(), r.periodEnd(), source.id)
                .filter(other -> !other.id.equals(e.id))
                .ifPresent(other -> {
                    throw ApiException.conflict("evidence for '" + metric + "' at " + place.name + " for "
                            + r.periodStart() + ".." + r.periodEnd() + " from this source already exists (id "
                            + other.id + ")");
                });
        e.metric = metric;
        e.place = place;
        e.periodStart = r.periodStart();
        e.periodEnd = r.periodEnd();
        e.periodLabel = Strings.blankToNull(r.periodLabel());
        e.value = r.value();
        e.unit = r.unit();
        e.source = source;
        e.quote = Strings.blankToNull(r.quote());
        e.notes = Strings.blankToNull(r.notes());
    }

    public static EvidenceResponse toResponse(Evidence e) {
        Place p = e.place;
        return new EvidenceResponse(e.id, e.metric, new EvidenceResponse.PlaceRef(p.id, p.name, p.code, p.kind),
                e.periodStart, e.periodEnd, e.periodLabel, e.value, e.unit, SourceService.toResponse(e.source),
                e.quote, e.notes, e.createdAt, e.updatedAt, e.version);
    }
}
