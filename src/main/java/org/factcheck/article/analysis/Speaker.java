package org.factcheck.article.analysis;

/**
 * Who made a claim.
 *
 * @param name    canonical name within the article: the fullest name given ("Sadiq Khan" for "Mr Khan", "the mayor"
 *                and "he"), an organisation ("Home Office" for "a Home Office spokesperson"), or a group ("housing
 *                officers")
 * @param kind    PERSON, ORGANISATION or GROUP
 * @param mention the words that attribute this claim ("the mayor", "he", "It")
 * @param cue     how the claim is attributed: SAID (a reporting verb), QUOTE (inside a quotation attributed in the
 *                same paragraph), QUOTE_CONTINUED (a quotation running on from an earlier paragraph), ACCORDING_TO,
 *                CLAIMS_FROM
 */
public record Speaker(String name, String kind, String mention, String cue) {

    /** The same speaker, attributed another way. */
    public Speaker withCue(String newCue) {
        return new Speaker(name, kind, mention, newCue);
    }
}
