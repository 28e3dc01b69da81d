package dev.cadence.people;

import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security keeps them in the session. Other features read the
 * person's id, name and roles from it ({@code @AuthenticationPrincipal CadenceUser me}).
 */
public final class CadenceUser implements UserDetails, CredentialsContainer {

    // Sessions are kept in the database, serialized: a fixed version lets sessions signed in before a
    // deploy be read after it, as long as the fields stay compatible (SessionStore drops what cannot be read).
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean active;
    private final boolean mustChangePassword;
    // The zone the person reads times in, when they chose one on /account (null: the company's). Absent from sessions
    // signed in before it existed, which read it as null.
    private final String timeZone;
    private transient String passwordHash;

    CadenceUser(long personId, String username, String displayName, Set<Role> roles, boolean active,
                boolean mustChangePassword, String timeZone, String passwordHash) {
        this.personId = personId;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.active = active;
        this.mustChangePassword = mustChangePassword;
        this.timeZone = timeZone;
        this.passwordHash = passwordHash;
    }

    static CadenceUser of(Person person) {
        return new CadenceUser(person.getId(), person.getUsername(), person.getName(), person.getRoles(),
                person.isActive(), person.isMustChangePassword(), person.getTimeZone(), person.getPasswordHash());
    }

    CadenceUser withPasswordChosen() {
        return new CadenceUser(personId, username, displayName, roles, active, false, timeZone, null);
    }

    CadenceUser withTimeZone(String zone) {
        return new CadenceUser(personId, username, displayName, roles, active, mustChangePassword, zone, null);
    }

    /** The zone this person reads times in, when they chose one (otherwise the company's). */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    /** Two-letter initials for the avatar in the header. */
    public String initials() {
        String[] words = displayName.trim().split("\\s+");
        String first = words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase();
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** For templates: {@code currentUser.hasRole('ADMIN')}. */
    public boolean hasRole(String role) {
        return hasRole(Role.valueOf(role));
    }

    /** A board member with no other role: reads everything they may see, writes nothing. */
    public boolean readOnly() {
        return Role.readOnly(roles);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** Spring Security erases the hash after sign-in; it must not live on in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // Two principals of the same person are equal, whatever they hold.
    @Override
    public boolean equals(Object other) {
        return other instanceof CadenceUser that && that.personId == personId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId);
    }

    @Override
    public String toString() {
        return "CadenceUser[" + username + "]";
    }
}
