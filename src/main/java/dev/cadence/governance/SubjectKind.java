package dev.cadence.governance;

/**
 * A kind of governed subject.
 *
 * @param type what its proposals are filed under ({@code metric}, {@code glossary-term}); the table
 *             {@code proposal} knows each type, with a foreign key to its subjects (see V11), so a new
 *             kind adds itself there in its migration
 * @param noun what messages call one subject of the kind ("Your proposal changes nothing in the definition.")
 */
public record SubjectKind(String type, String noun) {
}
