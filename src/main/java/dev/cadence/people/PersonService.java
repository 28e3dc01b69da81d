package dev.cadence.people;

import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.TimeZones;
import dev.cadence.web.StaleEditException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the company: adding them, their roles, deactivating them, and their passwords.
 * Every rule about who may sign in lives here, for the pages and for start-up alike.
 */
@Service
@Transactional
public class PersonService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{2,80}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<Role> LEADERSHIP = EnumSet.of(Role.CEO, Role.CRO, Role.CMO, Role.CFO, Role.VP_CS, Role.REVOPS);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    PersonService(PersonRepository people, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Everyone, active first, by name. */
    @Transactional(readOnly = true)
    public List<PersonView> everyone() {
        return people.findAllWithRoles().stream().map(PersonView::of).toList();
    }

    /** The active people who run revenue: everyone with a leadership role (not board-only or admin-only). */
    @Transactional(readOnly = true)
    public List<PersonView> leadershipTeam() {
        return everyone().stream()
                .filter(PersonView::active)
                .filter(p -> p.roles().stream().anyMatch(LEADERSHIP::contains))
                .toList();
    }

    @Transactional(readOnly = true)
    public PersonView get(long id) {
        return PersonView.of(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<PersonView> findBySignInName(String usernameOrEmail) {
        return people.findBySignInName(usernameOrEmail).map(PersonView::of);
    }

    /** Adds a person who signs in first with the returned one-time password. */
    public NewPerson add(PersonDetails details, Set<Role> roles) {
        String oneTimePassword = OneTimePasswords.next();
        Person person = create(details, roles, oneTimePassword, true);
        return new NewPerson(PersonView.of(person), oneTimePassword);
    }

    /**
     * Adds a person with a password they chose themselves (the production administrator from the
     * environment), unless someone signs in with that username already.
     */
    public PersonView addIfAbsent(PersonDetails details, Set<Role> roles, String password) {
        PersonDetails d = details.normalized();
        PasswordPolicy.check("password", password, d.username(), d.email(), d.name());
        return people.findBySignInName(details.username())
                .map(PersonView::of)
                .orElseGet(() -> PersonView.of(create(details, roles, password, false)));
    }

    /**
     * Demo mode only: adds a member of the demo team with the short shared password the README
     * lists, which the password rules would otherwise refuse.
     */
    public PersonView addDemoPersonIfAbsent(PersonDetails details, Set<Role> roles, String demoPassword) {
        return people.findBySignInName(details.username())
                .map(PersonView::of)
                .orElseGet(() -> PersonView.of(create(details, roles, demoPassword, false)));
    }

    private Person create(PersonDetails details, Set<Role> roles, String password, boolean oneTime) {
        PersonDetails d = validate(details, -1);
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("roles", "Give the person at least one role.");
        }
        Person person = new Person(d.username(), d.email(), d.name(), d.title(), passwordEncoder.encode(password), roles);
        if (oneTime) {
            person.setOneTimePassword(person.getPasswordHash());
        }
        return people.saveAndFlush(person);
    }

    /** Changes who a person is and what roles they hold. */
    public PersonView update(long id, PersonDetails details, Set<Role> roles, long expectedVersion, long actingPersonId) {
        Person person = lockForChange(id);
        if (person.getVersion() != expectedVersion) {
            throw new StaleEditException("Someone else changed " + person.getName() + " while you were editing. "
                    + "Now: " + describe(person) + ". Your changes were not saved; review them and save again.");
        }
        PersonDetails d = validate(details, id);
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("roles", "Give the person at least one role.");
        }
        if (person.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN) && person.isActive()) {
            requireAnotherActiveAdministrator(person, "lose the Administrator role");
        }
        boolean rolesChanged = !person.getRoles().equals(EnumSet.copyOf(roles));
        person.describe(d.name(), d.email(), d.title());
        person.assignRoles(roles);
        people.flush();
        if (rolesChanged) {
            events.publishEvent(new PersonAccessChanged(id, actingPersonId));
        }
        return PersonView.of(person);
    }

    /** The person can no longer sign in; their open sessions end. Their name stays on everything they did. */
    public PersonView deactivate(long id, long expectedVersion, long actingPersonId) {
        Person person = lockForChange(id);
        if (person.getVersion() != expectedVersion) {
            throw new StaleEditException("Someone else changed " + person.getName() + " in the meantime: "
                    + describe(person) + ". Nothing was changed; look again and retry if still needed.");
        }
        if (!person.isActive()) {
            return PersonView.of(person);
        }
        if (person.hasRole(Role.ADMIN)) {
            requireAnotherActiveAdministrator(person, "be deactivated");
        }
        person.deactivate();
        people.flush();
        events.publishEvent(new PersonAccessChanged(id, null));
        return PersonView.of(person);
    }

    public PersonView reactivate(long id, long expectedVersion) {
        Person person = lockForChange(id);
        if (person.getVersion() != expectedVersion) {
            throw new StaleEditException("Someone else changed " + person.getName() + " in the meantime: "
                    + describe(person) + ". Nothing was changed; look again and retry if still needed.");
        }
        person.reactivate();
        people.flush();
        return PersonView.of(person);
    }

    /**
     * Replaces the person's password with a one-time password, returned once to show to the
     * administrator; the person must choose a new password at their next sign-in.
     */
    public String resetPassword(long id) {
        Person person = lockForChange(id);
        String oneTimePassword = OneTimePasswords.next();
        person.setOneTimePassword(passwordEncoder.encode(oneTimePassword));
        people.flush();
        events.publishEvent(new PersonAccessChanged(id, null));
        return oneTimePassword;
    }

    /** The signed-in person chooses a new password, proving they know the current one. */
    /**
     * The zone a person reads times in: a region such as Europe/London, or blank for the company's. Their own choice,
     * last save wins (nobody else edits it).
     */
    public void chooseTimeZone(long personId, String zone) {
        String chosen = zone == null || zone.isBlank() ? null : TimeZones.region(zone).getId();
        load(personId).readTimesIn(chosen);
    }

    public void changeOwnPassword(long personId, String currentPassword, String newPassword, String confirmation) {
        Person person = load(personId);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, person.getPasswordHash())) {
            throw new RuleViolationException("currentPassword", "That is not your current password.");
        }
        PasswordPolicy.check("newPassword", newPassword, person.getUsername(), person.getEmail(), person.getName());
        if (newPassword.equals(currentPassword)) {
            throw new RuleViolationException("newPassword", "Choose a password different from the current one.");
        }
        if (!newPassword.equals(confirmation)) {
            throw new RuleViolationException("confirmation", "The two new passwords differ.");
        }
        person.choosePassword(passwordEncoder.encode(newPassword));
    }

    /**
     * The principal of an active person, for work the server does on their behalf (loading the demo
     * company), so that history names them.
     */
    @Transactional(readOnly = true)
    public CadenceUser principalOf(String username) {
        return people.findBySignInName(username).filter(Person::isActive).map(CadenceUser::of)
                .orElseThrow(() -> new NotFoundException("No active person signs in as " + username + "."));
    }

    /** The principal of a person who may still act (for API tokens, which act with their owner's current roles). */
    @Transactional(readOnly = true)
    public Optional<CadenceUser> activePrincipal(long personId) {
        return people.findById(personId).filter(Person::isActive).map(CadenceUser::of);
    }

    @Transactional(readOnly = true)
    public boolean hasActiveAdministrator() {
        return people.existsActiveAdministrator();
    }

    void recordSignIn(long personId) {
        people.recordSignIn(personId, Instant.now());
    }

    private void requireAnotherActiveAdministrator(Person person, String what) {
        boolean another = people.lockActiveAdministrators().stream().anyMatch(p -> !p.getId().equals(person.getId()));
        if (!another) {
            throw new RuleViolationException(person.getName() + " is the last active administrator and cannot " + what
                    + ". Make someone else an administrator first.");
        }
    }

    private PersonDetails validate(PersonDetails details, long exceptId) {
        PersonDetails d = details.normalized();
        if (d.name() == null || d.name().isEmpty()) {
            throw new RuleViolationException("name", "Enter the person's name.");
        }
        if (d.name().length() > 120) {
            throw new RuleViolationException("name", "Keep the name under 120 characters.");
        }
        if (d.email() == null || !EMAIL.matcher(d.email()).matches() || d.email().length() > 254) {
            throw new RuleViolationException("email", "Enter an e-mail address such as jane@example.com.");
        }
        if (d.username() == null || !USERNAME.matcher(d.username()).matches()) {
            throw new RuleViolationException("username",
                    "A username is 2 to 80 letters, digits or . _ @ + - (no spaces).");
        }
        if (d.title() != null && d.title().length() > 120) {
            throw new RuleViolationException("title", "Keep the title under 120 characters.");
        }
        if (people.usernameTaken(d.username(), exceptId)) {
            throw new RuleViolationException("username", "Someone already signs in as " + d.username() + ".");
        }
        if (people.emailTaken(d.email(), exceptId)) {
            throw new RuleViolationException("email", "Someone already has the address " + d.email() + ".");
        }
        return d;
    }

    private static String describe(Person person) {
        return person.getName() + " <" + person.getEmail() + ">, "
                + (person.getTitle() == null ? "no title" : person.getTitle()) + ", roles "
                + String.join(", ", person.getRoles().stream().map(Role::label).toList())
                + (person.isActive() ? ", active" : ", deactivated");
    }

    /**
     * The person, row-locked until the transaction ends, before they are read: two administrators saving the same
     * person at the same moment save one after the other, and the second is told what the first changed.
     */
    private Person lockForChange(long id) {
        return people.lockById(id).orElseThrow(() -> new NotFoundException("No person with id " + id + "."));
    }

    private Person load(long id) {
        return people.findWithRoles(id).orElseThrow(() -> new NotFoundException("No person with id " + id + "."));
    }
}
