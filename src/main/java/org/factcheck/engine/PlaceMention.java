package org.factcheck.engine;

/** A place named in the normalised text, at [start, end). */
record PlaceMention(PlaceInfo place, int start, int end, String text) {
}
