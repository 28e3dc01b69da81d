package dev.cadence.scorecard;

/** The editable wording of a glossary term; {@code example} is optional. */
public record TermSpec(String term, String definition, String example) {
}
