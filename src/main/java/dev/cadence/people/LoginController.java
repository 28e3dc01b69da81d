package dev.cadence.people;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Our own sign-in page; Spring Security handles the POST ({@link ThrottledSignIn}, {@link SignInFailureHandler}). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String throttled, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if (throttled != null) {
            model.addAttribute("waitMinutes", waitMinutes(throttled));
        }
        return "login";
    }

    /** The minutes to wait, as the failure handler wrote them; anything else reads as the longest wait. */
    private static long waitMinutes(String throttled) {
        long most = SignInThrottle.MAX_DELAY.toMinutes();
        try {
            long minutes = Long.parseLong(throttled.strip());
            return minutes >= 1 && minutes <= most ? minutes : most;
        } catch (NumberFormatException notANumber) {
            return most;
        }
    }
}
