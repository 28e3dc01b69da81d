package dev.cadence.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in person into every page model as {@code currentUser}, for the layout's header
 * and person menu. Kept as {@code Object} so that this shared module depends on no feature.
 */
@ControllerAdvice
class LayoutModel {

    static final String CURRENT_USER = "currentUser";

    @ModelAttribute(CURRENT_USER)
    static Object currentUser(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getPrincipal();
    }
}
