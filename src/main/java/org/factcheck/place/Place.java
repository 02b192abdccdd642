package org.factcheck.place;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A place of the gazetteer: Barnet (borough) -> London (region) -> England (country) -> United Kingdom. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    public String code;

    @Column(nullable = false)
    public String kind = PlaceKind.UNKNOWN.value();

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @BatchSize(size = 200)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "place_alias", joinColumns = @JoinColumn(name = "place_id"))
    @Column(name = "alias")
    public Set<String> aliases = new LinkedHashSet<>();
}
