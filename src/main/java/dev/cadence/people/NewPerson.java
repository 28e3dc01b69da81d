package dev.cadence.people;

/**
 * A person just added, with the one-time password to hand to them. The password is never stored
 * in clear and cannot be shown again.
 */
public record NewPerson(PersonView person, String oneTimePassword) {
}
