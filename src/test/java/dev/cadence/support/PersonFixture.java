package dev.cadence.support;

import dev.cadence.people.PersonDetails;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A person of one test's own, with a username and e-mail address nobody else uses, so that the test
 * asserts on them whoever else the tests before it added. They sign in with {@link #PASSWORD}.
 */
public final class PersonFixture {

    public static final String PASSWORD = "fixture-password";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PersonFixture() {
    }

    /** An active person with these roles. */
    public static PersonView add(PersonService people, String name, Role role, Role... more) {
        String username = "person" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 10_000_000;
        return people.addIfAbsent(new PersonDetails(name, username + "@brightline.example", username, null),
                EnumSet.of(role, more), PASSWORD);
    }
}
