package dev.cadence.governance;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import java.util.Set;

/**
 * A kind of governed subject.
 *
 * @param type      what its proposals are filed under ({@code metric}, {@code glossary-term}); the table
 *                  {@code proposal} knows each type, with a foreign key to its subjects (see V11), so a new
 *                  kind adds itself there in its migration
 * @param noun      what messages call one subject of the kind ("Your proposal changes nothing in the definition.")
 * @param governors the roles whose holders approve and reject its proposals
 * @param governorsName who they are, as messages name them ("RevOps", "the CEO")
 */
public record SubjectKind(String type, String noun, Set<Role> governors, String governorsName) {

    /** RevOps and administrators govern definitions and terms (see {@link GovernanceRoles}). */
    public SubjectKind(String type, String noun) {
        this(type, noun, GovernanceRoles.GOVERNORS, "RevOps");
    }

    public SubjectKind {
        governors = Set.copyOf(governors);
    }

    /** Whether this person approves and rejects the kind's proposals (never someone who is only a board member). */
    public boolean governedBy(CadenceUser user) {
        return !user.readOnly() && governors.stream().anyMatch(user::hasRole);
    }
}
