package org.factcheck.engine;

import java.util.List;

/** The places the engine knows. Small (hundreds to a few thousand places), so the engine reads them all. */
public interface Gazetteer {

    List<PlaceInfo> all();
}
