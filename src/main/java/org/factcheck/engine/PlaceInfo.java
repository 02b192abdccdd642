package org.factcheck.engine;

import java.util.List;

/**
 * A place of the gazetteer.
 *
 * @param id       stable id, the one evidence records use
 * @param name     canonical name ("Barnet", "Metropolitan Police")
 * @param code     ONS GSS code, may be null or blank
 * @param kind     borough, city, region, country, police_force or local_authority
 * @param parentId the parent place, null at the top
 * @param aliases  other names people use ("the Met"), may be empty
 */
public record PlaceInfo(long id, String name, String code, String kind, Long parentId, List<String> aliases) {

    public PlaceInfo {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
