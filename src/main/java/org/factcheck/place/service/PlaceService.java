package org.factcheck.place.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factcheck.common.ApiException;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.common.ProblemError;
import org.factcheck.common.Strings;
import org.factcheck.place.Place;
import org.factcheck.place.PlaceKind;
import org.factcheck.place.repository.PlaceRepository;
import org.factcheck.place.rest.PlaceRequest;
import org.factcheck.place.rest.PlaceResponse;

@ApplicationScoped
public class PlaceService {

    @Inject
    PlaceRepository places;

    @Inject
    GazetteerCache gazetteer;

    @Transactional
    public PageResponse<PlaceResponse> search(String q, String kind, String parent, PageRequest page) {
        String k = kind == null ? null : PlaceKind.parse(kind).map(PlaceKind::value)
                .orElseThrow(() -> unknownKind(kind));
        Long parentId = parent == null ? null : resolve(parent)
                .orElseThrow(() -> ApiException.unprocessable("parent", "no place named '" + parent + "'")).id;
        String query = Strings.blankToNull(q);
        List<Place> found = places.search(query, k, parentId, page);
        return PageResponse.of(toResponses(found), page, places.countSearch(query, k, parentId));
    }

    @Transactional
    public Optional<PlaceResponse> get(long id) {
        return places.findByIdOptional(id).map(p -> toResponses(List.of(p)).get(0));
    }

    @Transactional
    public PlaceResponse create(PlaceRequest request) {
        String name = request.name().trim();
        if (places.aliasTaken(name)) {
            throw ApiException.conflict("a place named '" + name + "' already exists");
        }
        String code = Strings.blankToNull(request.code());
        if (code != null && places.findByCode(code).isPresent()) {
            throw ApiException.conflict("a place with code " + code + " already exists");
        }
        Place place = new Place();
        place.name = name;
        place.code = code;
        place.kind = request.kind() == null ? PlaceKind.UNKNOWN.value()
                : PlaceKind.parse(request.kind()).map(PlaceKind::value).orElseThrow(() -> unknownKind(request.kind()));
        if (request.parent() != null) {
            place.parentId = resolve(request.parent())
                    .orElseThrow(() -> ApiException.unprocessable("parent", "no place named '" + request.parent() + "'"))
                    .id;
        }
        if (request.aliases() != null) {
            for (String alias : request.aliases()) {
                if (places.aliasTaken(alias)) {
                    throw ApiException.conflict("the name '" + alias.trim() + "' is already used by another place");
                }
                place.aliases.add(alias.trim());
            }
        }
        places.persist(place);
        gazetteer.invalidate();
        return toResponses(List.of(place)).get(0);
    }

    @Transactional
    public Optional<PlaceResponse> addAlias(long id, String alias) {
        Optional<Place> found = places.findByIdOptional(id);
        found.ifPresent(place -> {
            if (places.aliasTaken(alias)) {
                throw ApiException.conflict("the name '" + alias.trim() + "' is already used by a place");
            }
            place.aliases.add(alias.trim());
            gazetteer.invalidate();
        });
        return found.map(p -> toResponses(List.of(p)).get(0));
    }

    /** A place by name, alias or ONS code. */
    public Optional<Place> resolve(String nameOrCode) {
        String s = nameOrCode.trim();
        return places.findByNameOrAlias(s).or(() -> places.findByCode(s));
    }

    /**
     * The place an evidence record names: by name (or alias) and code, which must agree; an unknown place is
     * created with kind {@code unknown}.
     */
    public Place resolveOrCreate(String name, String code) {
        String n = Strings.blankToNull(name);
        String c = Strings.blankToNull(code);
        Optional<Place> byName = n == null ? Optional.empty() : places.findByNameOrAlias(n);
        Optional<Place> byCode = c == null ? Optional.empty() : places.findByCode(c);
        if (byName.isPresent() && byCode.isPresent() && !byName.get().id.equals(byCode.get().id)) {
            throw disagree(n, c, byCode.get().name);
        }
        if (byName.isPresent() && c != null && byName.get().code != null && !byName.get().code.equalsIgnoreCase(c)) {
            throw disagree(n, c, byName.get().code);
        }
        if (byCode.isPresent() && n != null && byName.isEmpty()) {
            throw disagree(n, c, byCode.get().name);
        }
        Optional<Place> found = byName.or(() -> byCode);
        if (found.isPresent()) {
            return found.get();
        }
        if (n == null) {
            throw ApiException.unprocessable("place", "no place has code " + c + "; give the place's name to create it");
        }
        Place place = new Place();
        place.name = n;
        place.code = c;
        places.persist(place);
        gazetteer.invalidate();
        return place;
    }

    private List<PlaceResponse> toResponses(List<Place> found) {
        List<Long> parentIds = found.stream().map(p -> p.parentId).filter(Objects::nonNull).distinct().toList();
        List<Place> parents = parentIds.isEmpty() ? List.of() : places.list("id in ?1", parentIds);
        Map<Long, String> parentNames = parents.stream()
                .collect(Collectors.toMap(p -> p.id, p -> p.name, (a, b) -> a));
        List<PlaceResponse> out = new ArrayList<>(found.size());
        for (Place p : found) {
            out.add(new PlaceResponse(p.id, p.name, p.code, p.kind, p.parentId,
                    p.parentId == null ? null : parentNames.get(p.parentId), List.copyOf(p.aliases)));
        }
        return out;
    }

    private static ApiException disagree(String name, String code, String other) {
        String message = "place '" + name + "' and code " + code + " name different places (" + other + ")";
        return ApiException.unprocessable(message, List.of(ProblemError.field("placeCode", message)));
    }

    private static ApiException unknownKind(String kind) {
        return ApiException.unprocessable("kind", "unknown place kind '" + kind + "'; use one of "
                + String.join(", ", PlaceKind.vocabulary()));
    }
}
