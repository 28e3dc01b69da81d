package dev.cadence.governance;

/**
 * A kind of governed subject.
 *
 * @param type what its proposals are filed under ({@code metric}, {@code glossary-term}); lowercase and dashes
 * @param noun what messages call one subject of the kind ("Your proposal changes nothing in the definition.")
 */
public record SubjectKind(String type, String noun) {
}
