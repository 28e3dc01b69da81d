package dev.cadence.people;

/** Who a person is, as an administrator describes them. The username is what they sign in with. */
public record PersonDetails(String name, String email, String username, String title) {

    PersonDetails normalized() {
        return new PersonDetails(trim(name), trim(email), trim(username), blankToNull(trim(title)));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
