package dev.cadence.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone of the company who signs in to Cadence. People are never deleted: a deactivated person
 * can no longer sign in, and everything they did keeps their name.
 */
@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String name;

    private String title;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    // The zone the person reads times in (null: the company's).
    @Column(name = "time_zone")
    private String timeZone;

    @ElementCollection
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new TreeSet<>();

    @Version
    private long version;

    protected Person() {
    }

    Person(String username, String email, String name, String title, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.email = email;
        this.name = name;
        this.title = title;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getEmail() {
        return email;
    }

    String getName() {
        return name;
    }

    String getTitle() {
        return title;
    }

    String getTimeZone() {
        return timeZone;
    }

    void readTimesIn(String zone) {
        this.timeZone = zone;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isActive() {
        return active;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    long getVersion() {
        return version;
    }

    boolean hasRole(Role role) {
        return roles.contains(role);
    }

    void describe(String name, String email, String title) {
        this.name = name;
        this.email = email;
        this.title = title;
    }

    void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void deactivate() {
        active = false;
        deactivatedAt = Instant.now();
    }

    void reactivate() {
        active = true;
        deactivatedAt = null;
    }

    /** A password an administrator handed out: good for the next sign-in only. */
    void setOneTimePassword(String hash) {
        passwordHash = hash;
        mustChangePassword = true;
    }

    void choosePassword(String hash) {
        passwordHash = hash;
        mustChangePassword = false;
    }

    void signedIn(Instant at) {
        lastSignInAt = at;
    }
}
