package org.factcheck.source.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factcheck.common.PageRequest;
import org.factcheck.source.Source;

@ApplicationScoped
public class SourceRepository implements PanacheRepository<Source> {

    private static final String SEARCH_FILTER = """
            where cast(:q as text) is null
               or lower(s.title) like '%' || lower(:q) || '%' or lower(s.title) % lower(:q)
               or lower(s.publisher) like '%' || lower(:q) || '%'
            """;

    /** The stored source identical to this one (same fingerprint, see V1 migration), if any. */
    public Optional<Source> findIdentical(String title, String publisher, String url, LocalDate publishedOn) {
        @SuppressWarnings("unchecked")
        List<Source> found = getEntityManager().createNativeQuery("""
                select s.* from source s
                where s.fingerprint = source_fingerprint(:title, :publisher, cast(:url as text), cast(:published as date))
                """, Source.class)
                .setParameter("title", title).setParameter("publisher", publisher).setParameter("url", url)
                .setParameter("published", publishedOn).getResultList();
        return found.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<Source> search(String q, PageRequest page) {
        return getEntityManager().createNativeQuery("select s.* from source s " + SEARCH_FILTER + """
                order by case when cast(:q as text) is null then 0 else similarity(lower(s.title), lower(:q)) end desc,
                         s.id
                limit :limit offset :offset
                """, Source.class)
                .setParameter("q", q).setParameter("limit", page.size()).setParameter("offset", page.offset())
                .getResultList();
    }

    public long countSearch(String q) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from source s " + SEARCH_FILTER)
                .setParameter("q", q).getSingleResult()).longValue();
    }
}
