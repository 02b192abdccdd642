package org.factcheck.article.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The place a claim is about when it names none ("its residents", "the borough", "that has led to ..."): the place
 * named nearest before it in its sentence (or after it), else the last one named in the two sentences before, else
 * the place of the whole article. Places inside the claim are not candidates: the engine reads those itself, and
 * one it does not take as the claim's place ("of any local authority in England") is a peer group, not the subject.
 */
final class PlaceFocus {

    private static final int SENTENCES_BACK = 2;

    private final List<List<PlaceNames.Match>> bySentence = new ArrayList<>();

    PlaceFocus(PlaceNames places, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            List<PlaceNames.Match> shifted = new ArrayList<>();
            for (PlaceNames.Match m : places.find(s.text())) {
                shifted.add(new PlaceNames.Match(m.place(), s.start() + m.start(), s.start() + m.end()));
            }
            bySentence.add(shifted);
        }
    }

    /** Every place named, in text order. */
    List<PlaceNames.Match> all() {
        List<PlaceNames.Match> out = new ArrayList<>();
        bySentence.forEach(out::addAll);
        return out;
    }

    /** The place for the claim at [start, end) of the given sentence. */
    String placeFor(Sentence s, int start, int end, String articlePlace) {
        List<PlaceNames.Match> here = bySentence.get(s.index());
        PlaceNames.Match before = null;
        PlaceNames.Match after = null;
        for (PlaceNames.Match m : here) {
            if (m.start() >= start && m.end() <= end) {
                continue;
            }
            if (m.end() <= start) {
                before = m;
            } else if (after == null && m.start() >= end) {
                after = m;
            }
        }
        if (before != null || after != null) {
            return (before != null ? before : after).place().name();
        }
        for (int k = s.index() - 1; k >= 0 && k >= s.index() - SENTENCES_BACK; k--) {
            List<PlaceNames.Match> earlier = bySentence.get(k);
            if (!earlier.isEmpty()) {
                return earlier.get(earlier.size() - 1).place().name();
            }
        }
        return articlePlace;
    }
}
