package dev.cadence.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The one place where pages keep HTML they rendered before. A template includes
 * {@code ~{fragments/cached :: kept('scorecard/metric-shared', 'history', ${ {'history': history} })}}
 * (or {@code keptEach(…)} for a list, one item at a time): the fragment is rendered with those
 * variables the first time and served from memory whenever the same variables (compared with
 * {@code equals}) come again, so whatever changes a variable renders anew and nothing else needs
 * telling. Hence the rules for a cached fragment: its variables are values (records,
 * strings, numbers and lists of them), it reads nothing else (no viewer, no request, no form — Spring
 * puts a per-session CSRF token in forms; {@link #htmlWithForms} takes a region's empty htmx forms) and its links are
 * the same for everyone. The least recently used fragments go first once they hold about {@value #MAX_CHARACTERS}
 * characters (so do those of a view compared by identity, {@link #same}, once its service hands over a new instance).
 */
@Component
public class RenderedFragments {

    static final long MAX_CHARACTERS = 8_000_000;

    // The reader's zone is part of the key: a kept fragment that shows a time shows it in the zone it was rendered for.
    private record Key(String template, String selector, Map<String, ?> variables, Locale locale, ZoneId zone) {
    }

    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversions;
    private final Clock clock;
    private final Cache<Key, String> html = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS).weigher((Key key, String value) -> value.length()).build();
    // The same, by the identity of a list's items (held weakly): no comparing of contents while a view stays the same.
    private final Cache<Object, Map<String, String>> byItem = Caffeine.newBuilder().weakKeys().maximumSize(4096).build();
    private final LongAdder renders = new LongAdder();

    RenderedFragments(SpringTemplateEngine templates, ApplicationContext context, ObjectProvider<ConversionService> conversions,
                      Clock clock) {
        this.templates = templates;
        this.clock = clock;
        this.context = context;
        this.conversions = conversions.getIfAvailable();
    }

    /** The fragment {@code template :: selector} rendered with these variables, from memory when it was before. */
    public String html(String template, String selector, Map<String, ?> variables) {
        return kept(template, selector, variables, null);
    }

    /**
     * As {@link #html}, for a region that holds forms (a meeting's agenda and aside): {@code emptyForms} are the
     * region's form objects, empty, hence the same for every render and not part of what tells entries apart. The region
     * is rendered with Spring's request context, so that {@code th:object} and {@code #fields} work as on a page. Its
     * forms post with htmx (whose header carries the CSRF token); one that carried the session's token in the HTML
     * would be served to other sessions, so it is refused.
     */
    public String htmlWithForms(String template, String selector, Map<String, ?> variables, Map<String, ?> emptyForms) {
        return kept(template, selector, variables, emptyForms);
    }

    /**
     * The fragment rendered for each item in turn, bound to the variable {@code name}, each kept on its
     * own (so that a change to one item renders that one again): for a table's rows. Items are values
     * that never change once made (records).
     */
    public List<String> each(String template, String selector, String name, List<?> items) {
        String fragment = template + " :: " + selector + " " + name + " " + LocaleContextHolder.getLocale() + " "
                + Dates.readerZone(clock);
        List<String> all = new ArrayList<>(items.size());
        for (Object item : items) {
            // Found by identity first: a service that keeps a view hands over the very same items until it changes.
            Map<String, String> known = byItem.get(item, same -> new ConcurrentHashMap<>());
            String rendered = known.get(fragment);
            if (rendered == null) {
                rendered = html(template, selector, Collections.singletonMap(name, item));
                known.put(fragment, rendered);
            }
            all.add(rendered);
        }
        return all;
    }

    /**
     * {@code view} compared by identity in a fragment's variables, never by its contents: for a view that a service keeps
     * and hands over, the very same instance, until what it shows changes (a meeting's page, kept under meeting_change).
     * Its fragment reads the view itself. Hashing such a view's contents on every request cost more than the lookup saved.
     */
    public Object same(Object view) {
        return new SameInstance(view);
    }

    private record SameInstance(Object view) {

        @Override
        public boolean equals(Object other) {
            return other instanceof SameInstance same && same.view == view;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(view);
        }
    }

    /** How many fragments were rendered rather than served from memory, since start (for tests and diagnosis). */
    public long renders() {
        return renders.sum();
    }

    private String kept(String template, String selector, Map<String, ?> variables, Map<String, ?> emptyForms) {
        // A copy, so that the key cannot change once filed (values may be null: a chart with no values yet).
        Key key = new Key(template, selector, new HashMap<>(variables), LocaleContextHolder.getLocale(),
                Dates.readerZone(clock));
        String cached = html.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        // Rendered outside the cache's lock: two requests missing the same fragment at once both render it, harmlessly.
        String rendered = render(key, emptyForms);
        html.put(key, rendered);
        return rendered;
    }

    private String render(Key key, Map<String, ?> emptyForms) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = current.getRequest();
        HttpServletResponse response = current.getResponse();
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(request.getServletContext());
        Map<String, Object> variables = new HashMap<>(key.variables());
        variables.replaceAll((name, value) -> value instanceof SameInstance same ? same.view() : value);
        if (emptyForms != null) {
            variables.putAll(emptyForms);
            // What ThymeleafView gives a page, so that forms bind to their objects (and find no errors: they are empty).
            RequestContext spring = new RequestContext(request, response, request.getServletContext(), new HashMap<>(variables));
            variables.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, spring);
            variables.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT, new SpringWebMvcThymeleafRequestContext(spring, request));
        }
        WebContext web = new WebContext(application.buildExchange(request, response), key.locale(), variables);
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        renders.increment();
        String rendered = templates.process(key.template(), Set.of(key.selector()), web);
        if (emptyForms != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf
                && rendered.contains(csrf.getToken())) {
            throw new IllegalStateException(key.template() + " :: " + key.selector() + " carries the session's CSRF token (a form "
                    + "with th:action?): it cannot be kept for other sessions.");
        }
        return rendered;
    }
}
