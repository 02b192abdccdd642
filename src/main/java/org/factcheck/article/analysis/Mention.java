package org.factcheck.article.analysis;

/**
 * The words naming who made a claim, as written in a sentence.
 *
 * @param text  the speaker phrase ("Mr Khan", "the mayor", "A Home Office spokesperson", "he")
 * @param start offset in the plain text
 * @param end   offset after it
 * @param role  an appositive describing the speaker ("the borough's director of public health"), or null
 */
public record Mention(String text, int start, int end, String role) {
}
