package org.factcheck.engine;

/** The shape of one asserted fact. */
public enum PartKind {
    /** A level: "Barnet has almost 15 per cent Jewish residents". */
    VALUE,
    /** A change over time: "lost over £700 million since 2010", "rose by 20%", "doubled". */
    CHANGE,
    /** A rank in a peer group: "the highest of any English borough", "fewer than any other". */
    RANK,
    /** Two places or two periods: "more than Camden", "twice as many as in 2010". */
    COMPARISON
}
