package org.factcheck.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factcheck.article.repository.ArticleRepository;
import org.factcheck.article.repository.ArticleRow;
import org.factcheck.article.rest.ArticleClaim;
import org.factcheck.article.rest.ArticleRequest;
import org.factcheck.article.rest.ArticleResponse;
import org.factcheck.article.rest.StoredArticleResponse;
import org.factcheck.claim.repository.ClaimRepository;
import org.factcheck.claim.repository.ClaimRepository.ArticleLink;
import org.factcheck.claim.rest.ClaimRequest;
import org.factcheck.claim.service.ClaimService;
import org.factcheck.claim.service.ClaimViews;
import org.factcheck.claim.service.IdempotencyService;
import org.factcheck.common.Strings;

/**
 * Stores an analysed article and its checked claims through the claims workflow (each claim with its assessment
 * and history), in one transaction: a failure stores nothing. The Idempotency-Key's answer is completed in the same
 * transaction, so a retry either replays a stored article or finds nothing stored.
 */
@ApplicationScoped
public class ArticleStore {

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimRepository claimRows;

    @Inject
    ClaimService claims;

    @Inject
    ClaimViews views;

    @Inject
    IdempotencyService idempotency;

    /** Stores the article; the answer is {@code analysed} with the article and claim ids filled in. */
    @Transactional
    public ArticleResponse save(ArticleRequest request, ArticleResponse analysed, String owner, String key) {
        String url = Strings.blankToNull(request.url());
        long articleId = articles.insert(Strings.blankToNull(request.title()), request.body(), url,
                request.publishedOn(), Strings.blankToNull(request.section()), analysed.summary().place(),
                analysed.summary().threshold(), owner);
        List<ArticleClaim> stored = new ArrayList<>(analysed.claims().size());
        for (ArticleClaim c : analysed.claims()) {
            if (c.assessment() == null) {
                stored.add(c);
                continue;
            }
            String speaker = c.speaker() == null ? null : c.speaker().name();
            ClaimRequest claim = new ClaimRequest(c.checkedText(), speaker, request.publishedOn(), url, c.place(),
                    List.of());
            long id = claims.storeChecked(claim, c.assessment(), owner,
                    new ArticleLink(articleId, c.index(), c.span().start(), c.span().end()));
            stored.add(c.withClaimId(id));
        }
        ArticleResponse answer = new ArticleResponse(stored, analysed.warnings(),
                analysed.summary().withArticleId(articleId));
        if (key != null) {
            idempotency.complete(owner, key, 201, location(articleId), views.write(answer));
        }
        return answer;
    }

    @Transactional
    public Optional<StoredArticleResponse> get(long id) {
        Optional<ArticleRow> found = articles.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ArticleRow a = found.get();
        return Optional.of(new StoredArticleResponse(a.id(), a.title(), a.url(), a.publishedOn(), a.section(),
                a.place(), a.threshold(), a.body(), a.createdBy(), a.createdAt(),
                claimRows.findByArticle(id).stream().map(views::claim).toList()));
    }

    public static String location(long articleId) {
        return "/api/v1/articles/" + articleId;
    }
}
