package dev.cadence.people;

import dev.cadence.web.UserText;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Looks a person up by username or e-mail address for form sign-in (through {@link ThrottledSignIn}). */
class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PersonUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    /** The roles come with the person (fetched in the same query): nothing is read lazily afterwards. */
    @Override
    public UserDetails loadUserByUsername(String usernameOrEmail) {
        if (UserText.firstControlCharacter(usernameOrEmail) >= 0) {
            // no one signs in as that, and PostgreSQL would refuse to look (a NUL): a failed sign-in like any other
            throw new UsernameNotFoundException("No person signs in with a control character in their name");
        }
        return people.findBySignInName(usernameOrEmail == null ? "" : usernameOrEmail.trim())
                .map(CadenceUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No person signs in as " + usernameOrEmail));
    }
}
