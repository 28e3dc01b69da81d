package dev.cadence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a template fragment to a string within the current request (links, locale), for pages
 * that cache an expensive region of themselves and insert it with {@code th:utext}.
 */
@Component
public class FragmentRenderer {

    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversions;

    FragmentRenderer(SpringTemplateEngine templates, ApplicationContext context,
                     org.springframework.beans.factory.ObjectProvider<ConversionService> conversions) {
        this.templates = templates;
        this.context = context;
        this.conversions = conversions.getIfAvailable();
    }

    public String render(String template, String fragment, Map<String, Object> variables,
                         HttpServletRequest request, HttpServletResponse response, Locale locale) {
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(request.getServletContext());
        WebContext web = new WebContext(application.buildExchange(request, response), locale, variables);
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        return templates.process(template, Set.of(fragment), web);
    }
}
