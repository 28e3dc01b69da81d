package dev.cadence.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Each request's locale context: the language from the browser, as before, and the time zone the signed-in person chose
 * on /account (none: pages show the company's). {@code #when} and kept fragments read it; nothing is looked up, the
 * choice travels with the person in their session.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class ReaderTimeZone extends AcceptHeaderLocaleResolver implements LocaleContextResolver {

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        TimeZone zone = signedIn != null && signedIn.getPrincipal() instanceof CadenceUser user
                ? user.timeZone().map(TimeZone::getTimeZone).orElse(null) : null;
        return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), zone);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        throw new UnsupportedOperationException("The language follows the browser and the time zone the person's choice on /account.");
    }
}
