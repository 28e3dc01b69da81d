/**
 * The people of the company, their roles, how they sign in (form login, BCrypt, one-time
 * passwords) and the security rules every page and request goes through.
 */
package dev.cadence.people;
