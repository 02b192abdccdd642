package org.factcheck.claim.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.factcheck.claim.repository.ClaimRow;
import org.factcheck.claim.repository.ClaimRow.AssessmentRow;
import org.factcheck.claim.repository.ClaimRow.VerdictRow;
import org.factcheck.claim.rest.AssessmentResponse;
import org.factcheck.claim.rest.AssessmentResponse.CitedEvidence;
import org.factcheck.claim.rest.ClaimResponse;
import org.factcheck.claim.rest.VerdictSummary;
import org.factcheck.engine.Rating;
import org.factcheck.verdict.VerdictStatus;

/** Turns stored rows into the wire records, and values into the JSON kept in jsonb columns. */
@ApplicationScoped
public class ClaimViews {

    @Inject
    ObjectMapper json;

    public ClaimResponse claim(ClaimRow c) {
        VerdictSummary verdict = verdict(c.verdict());
        AssessmentResponse assessment = assessment(c.assessment());
        Rating rating = verdict != null ? verdict.rating() : assessment == null ? null : assessment.rating();
        String status = verdict == null ? "UNREVIEWED" : verdict.status().name();
        return new ClaimResponse(c.id(), c.text(), c.speaker(), c.statedOn(), c.appearanceUrl(), c.place(), c.tags(),
                status, rating, c.stale(), assessment, verdict, c.createdBy(), c.createdAt(), c.updatedAt(),
                c.articleId(), null);
    }

    public AssessmentResponse assessment(AssessmentRow a) {
        if (a == null) {
            return null;
        }
        return new AssessmentResponse(a.id(), a.kind(), Rating.valueOf(a.rating()), a.confidence(),
                cited(a.evidence()), tree(a.result()), a.assessedBy(), a.assessedAt());
    }

    public VerdictSummary verdict(VerdictRow v) {
        if (v == null) {
            return null;
        }
        return new VerdictSummary(Rating.valueOf(v.rating()), v.summary(), v.explanation(), v.evidenceIds(),
                VerdictStatus.valueOf(v.status()), v.version(), v.updatedBy(), v.updatedAt(), v.firstPublishedAt(),
                v.publishedAt());
    }

    public List<CitedEvidence> cited(String evidenceJson) {
        if (evidenceJson == null) {
            return List.of();
        }
        try {
            return json.readValue(evidenceJson, new TypeReference<List<CitedEvidence>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable evidence snapshot", e);
        }
    }

    public JsonNode tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored JSON", e);
        }
    }

    public String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored JSON", e);
        }
    }
}
