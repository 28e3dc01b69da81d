package dev.cadence.api;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: whom a token (or session) acts as, and what it may do — for checking a setup. */
@RestController
class MeApiController {

    record Me(long id, String username, String name, List<Role> roles, String scope) {
    }

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        CadenceUser me = (CadenceUser) authentication.getPrincipal();
        String scope = authentication instanceof BearerTokenFilter.TokenAuthentication token
                ? token.scope().name() : "SESSION_READ";
        return new Me(me.personId(), me.getUsername(), me.displayName(), List.copyOf(me.roles()), scope);
    }
}
