package org.factcheck.place.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.factcheck.common.PageRequest;
import org.factcheck.place.Place;

@ApplicationScoped
public class PlaceRepository implements PanacheRepository<Place> {

    private static final String SEARCH_FILTER = """
            where (cast(:kind as text) is null or p.kind = :kind)
              and (cast(:parent as bigint) is null or p.parent_id = :parent)
              and (cast(:q as text) is null
                   or lower(p.name) like '%' || lower(:q) || '%' or lower(p.name) % lower(:q)
                   or lower(p.code) = lower(:q)
                   or exists (select 1 from place_alias a where a.place_id = p.id
                              and lower(a.alias) like '%' || lower(:q) || '%'))
            """;

    /** Exact, case-insensitive match on the name or one of the aliases. */
    public Optional<Place> findByNameOrAlias(String name) {
        List<Place> found = getEntityManager().createNativeQuery("""
                select p.* from place p where lower(p.name) = lower(:name)
                union
                select p.* from place p join place_alias a on a.place_id = p.id where lower(a.alias) = lower(:name)
                """, Place.class).setParameter("name", name.trim()).getResultList();
        return found.stream().findFirst();
    }

    public Optional<Place> findByCode(String code) {
        return find("code", code.trim()).firstResultOptional();
    }

    /** Places by name, alias or code; fuzzy (trigram) when q is given, best match first, else by name. */
    @SuppressWarnings("unchecked")
    public List<Place> search(String q, String kind, Long parentId, PageRequest page) {
        return getEntityManager().createNativeQuery("select p.* from place p " + SEARCH_FILTER + """
                order by case when cast(:q as text) is null then 0 else similarity(lower(p.name), lower(:q)) end desc,
                         p.name, p.id
                limit :limit offset :offset
                """, Place.class)
                .setParameter("q", q).setParameter("kind", kind).setParameter("parent", parentId)
                .setParameter("limit", page.size()).setParameter("offset", page.offset())
                .getResultList();
    }

    public long countSearch(String q, String kind, Long parentId) {
        Number n = (Number) getEntityManager().createNativeQuery("select count(*) from place p " + SEARCH_FILTER).setParameter("q", q).setParameter("kind", kind).setParameter("parent", parentId)
                .getSingleResult();
        return n.longValue();
    }

    public List<Place> findAllWithAliases() {
        // read-only: thousands of entities, no dirty checking at commit
        return find("select distinct p from Place p left join fetch p.aliases order by p.id")
                .withHint("org.hibernate.readOnly", true).list();
    }

    public boolean aliasTaken(String alias) {
        Number n = (Number) getEntityManager().createNativeQuery("""
                select count(*) from (select 1 from place where lower(name) = lower(:a)
                                      union all select 1 from place_alias where lower(alias) = lower(:a)) t
                """).setParameter("a", alias.trim()).getSingleResult();
        return n.longValue() > 0;
    }
}
