package org.factcheck.source.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.common.Strings;
import org.factcheck.source.Source;
import org.factcheck.source.repository.SourceRepository;
import org.factcheck.source.rest.SourceRequest;
import org.factcheck.source.rest.SourceResponse;

@ApplicationScoped
public class SourceService {

    /** The outcome of a create: the stored source and whether it was new. */
    public record Stored(SourceResponse source, boolean created) {
    }

    @Inject
    SourceRepository sources;

    @Transactional
    public PageResponse<SourceResponse> search(String q, PageRequest page) {
        String query = Strings.blankToNull(q);
        return PageResponse.of(sources.search(query, page).stream().map(SourceService::toResponse).toList(), page,
                sources.countSearch(query));
    }

    @Transactional
    public Optional<SourceResponse> get(long id) {
        return sources.findByIdOptional(id).map(SourceService::toResponse);
    }

    @Transactional
    public Stored create(SourceRequest request) {
        Optional<Source> existing = findIdentical(request);
        if (existing.isPresent()) {
            return new Stored(toResponse(existing.get()), false);
        }
        return new Stored(toResponse(findOrCreate(request)), true);
    }

    /** The identical stored source, or a new one; call inside a transaction. */
    public Source findOrCreate(SourceRequest request) {
        return findIdentical(request).orElseGet(() -> {
            Source s = new Source();
            s.title = request.title().trim();
            s.publisher = request.publisher().trim();
            s.url = Strings.blankToNull(request.url());
            s.publishedOn = request.publishedOn();
            sources.persist(s);
            return s;
        });
    }

    public Optional<Source> find(long id) {
        return sources.findByIdOptional(id);
    }

    private Optional<Source> findIdentical(SourceRequest r) {
        String url = Strings.blankToNull(r.url());
        return sources.findIdentical(r.title(), r.publisher(), url, r.publishedOn());
    }

    public static SourceResponse toResponse(Source s) {
        return new SourceResponse(s.id, s.title, s.publisher, s.url, s.publishedOn);
    }
}
