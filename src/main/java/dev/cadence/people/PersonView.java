package dev.cadence.people;

import java.time.Instant;
import java.util.Set;

/** A person as pages and other features see them: everything but the password. */
public record PersonView(long id, String username, String email, String name, String title, Set<Role> roles,
                         boolean active, boolean mustChangePassword, Instant createdAt, Instant deactivatedAt,
                         Instant lastSignInAt, long version) {

    static PersonView of(Person p) {
        return new PersonView(p.getId(), p.getUsername(), p.getEmail(), p.getName(), p.getTitle(), p.getRoles(),
                p.isActive(), p.isMustChangePassword(), p.getCreatedAt(), p.getDeactivatedAt(), p.getLastSignInAt(),
                p.getVersion());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** A board member with no other role: cannot own or run anything that needs writing. */
    public boolean readOnly() {
        return Role.readOnly(roles);
    }

    /** Active and not read-only: may own a metric or an action item, or take part in a meeting. */
    public boolean mayOwnWork() {
        return active && !readOnly();
    }

    /** "CRO, Administrator": for tables and menus. */
    public String roleLabels() {
        return String.join(", ", roles.stream().map(Role::label).toList());
    }
}
