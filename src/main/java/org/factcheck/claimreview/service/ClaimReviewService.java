package org.factcheck.claimreview.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.factcheck.claim.repository.ClaimRepository;
import org.factcheck.claim.repository.ClaimRow;
import org.factcheck.claimreview.repository.ClaimReviewRepository;
import org.factcheck.claimreview.rest.ClaimReviewDocument;
import org.factcheck.claimreview.rest.ClaimReviewDocument.ClaimItem;
import org.factcheck.claimreview.rest.ClaimReviewDocument.ReviewRating;
import org.factcheck.claimreview.rest.ClaimReviewDocument.Thing;
import org.factcheck.common.FactcheckConfig;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.engine.Rating;

/** schema.org ClaimReview for published verdicts; unpublished and retracted verdicts have none. */
@ApplicationScoped
public class ClaimReviewService {

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimReviewRepository reviews;

    @Inject
    FactcheckConfig config;

    @Transactional
    public Optional<ClaimReviewDocument> of(long claimId) {
        return claims.find(claimId).filter(c -> c.verdict() != null && "PUBLISHED".equals(c.verdict().status()))
                .map(this::document);
    }

    /** Published reviews whose verdict changed after {@code since} (all without it), oldest change first. */
    @Transactional
    public PageResponse<ClaimReviewDocument> published(OffsetDateTime since, PageRequest page) {
        List<ClaimReviewDocument> items = claims.findAll(reviews.publishedClaimIds(since, page)).stream()
                .map(this::document).toList();
        return PageResponse.of(items, page, reviews.countPublished(since));
    }

    ClaimReviewDocument document(ClaimRow c) {
        FactcheckConfig.ClaimReview org = config.claimReview();
        Rating rating = Rating.valueOf(c.verdict().rating());
        Thing speaker = c.speaker() == null ? null : new Thing("Person", c.speaker(), null);
        Thing appearance = c.appearanceUrl() == null ? null : new Thing("CreativeWork", null, c.appearanceUrl());
        ClaimItem item = new ClaimItem("Claim", speaker, c.statedOn() == null ? null : c.statedOn().toString(),
                appearance == null ? null : List.of(appearance), appearance);
        ReviewRating reviewRating = new ReviewRating("Rating", ratingValue(rating), 5, 1, alternateName(rating),
                c.verdict().summary());
        OffsetDateTime published = c.verdict().firstPublishedAt();
        return new ClaimReviewDocument("https://schema.org", "ClaimReview",
                org.reviewUrl().replace("{id}", String.valueOf(c.id())), c.text(),
                published == null ? null : published.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString(),
                new Thing("Organization", org.organisationName(), org.organisationUrl()), item, reviewRating);
    }

    /** TRUE 5, MOSTLY_TRUE 4, MISLEADING 3, MOSTLY_FALSE 2, FALSE 1 (NOT_ENOUGH_EVIDENCE is never published). */
    static int ratingValue(Rating rating) {
        return switch (rating) {
            case TRUE -> 5;
            case MOSTLY_TRUE -> 4;
            case MISLEADING -> 3;
            case MOSTLY_FALSE -> 2;
            case FALSE, NOT_ENOUGH_EVIDENCE -> 1;
        };
    }

    static String alternateName(Rating rating) {
        return switch (rating) {
            case TRUE -> "True";
            case MOSTLY_TRUE -> "Mostly true";
            case MISLEADING -> "Misleading";
            case MOSTLY_FALSE -> "Mostly false";
            case FALSE -> "False";
            case NOT_ENOUGH_EVIDENCE -> "Not enough evidence";
        };
    }
}
