package dev.cadence.web;

import java.io.Serializable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once by the layout after a redirect (Post/Redirect/Get). It waits in the session,
 * which is kept in the database, so it is {@link Serializable}.
 *
 * @param kind    {@code success}, {@code info} or {@code error}; chooses the colour and the icon
 * @param message the sentence the person reads
 */
public record Flash(String kind, String message) implements Serializable {

    public static final String ATTRIBUTE = "flash";

    public static void success(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("success", message));
    }

    public static void info(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("info", message));
    }

    public static void error(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("error", message));
    }
}
