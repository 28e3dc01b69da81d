package dev.cadence.people;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Keeps each person's last sign-in, which administrators see on the people page. */
@Component
class SignInRecorder {

    private final PersonService people;

    SignInRecorder(PersonService people) {
        this.people = people;
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CadenceUser user) {
            people.recordSignIn(user.personId());
        }
    }
}
