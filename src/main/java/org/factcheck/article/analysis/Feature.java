package org.factcheck.article.analysis;

/**
 * What makes a sentence worth checking, or not, with the weight each adds to its log-odds. The weights are set by
 * hand from the labelled articles (src/test/resources/articles) and kept round: they say what matters, not noise.
 */
public enum Feature {
    /** A figure: money, a percentage, a rate, a count of ten or more. */
    NUMBER(2.4),
    /** A small or vague count ("two officers", "dozens of"). */
    SMALL_NUMBER(1.0),
    /** A comparison: "more than any other", "above the London average", "far higher", "twice as". */
    COMPARISON(1.4),
    /** A superlative or record: "the highest", "the lowest rate", "the most diverse". */
    SUPERLATIVE(1.4),
    /** A change or its cause: "rose", "fell by", "cut", "has led to". */
    CHANGE(1.1),
    /** A noun that statistics are about: proportion, rate, budget, officers, households, waiting list. */
    STATISTICAL_NOUN(0.8),
    /** A named place or public body: a gazetteer place, the Home Office, Barnet Council, the Met. */
    NAMED_PLACE_OR_BODY(0.5),
    /** A time reference: a year, a financial year, "since 2010", "last year". */
    TIME_REFERENCE(0.5),
    /** A body's past action on record: "changed the rules", "closed three libraries". */
    POLICY_ACTION(0.9),
    /** The claim is attributed to data or a report ("according to figures", "the watchdog found"). */
    SOURCE(0.6),
    /** Opinion, feeling or judgement: "heartbreaking", "I am sure", "should", "a disgrace". */
    OPINION(-1.4),
    /** A prediction, promise, plan or condition: "will", "would", "pledged to", "if". */
    PREDICTION(-1.6),
    /** Rhetoric: a question, an exhortation, "no-one should", "it is time for a change". */
    RHETORIC(-1.4),
    /** Event or procedure rather than a claim: who spoke where, an arrest, a meeting, an appeal, a timetable. */
    NARRATIVE(-1.3),
    /** A vague quantity with no figure: "a number of", "some", "many". */
    VAGUE(-0.6),
    /** Fewer than four words. */
    SHORT(-0.8);

    private final double weight;

    Feature(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** True for the features that make a text a candidate claim at all. */
    public boolean claimLike() {
        return this == NUMBER || this == SMALL_NUMBER || this == COMPARISON || this == SUPERLATIVE || this == CHANGE
                || this == STATISTICAL_NOUN || this == POLICY_ACTION;
    }
}
