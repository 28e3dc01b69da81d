package dev.cadence.mail;

import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/** The mail settings, the sender's schedule, and plain-text templates ({@code templates/mail/text/*.txt}) beside the HTML ones. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
@EnableScheduling
class MailConfiguration {

    /** Only names under {@code mail/text/}: every other template stays with Spring Boot's resolver. */
    @Bean
    ITemplateResolver plainTextMailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("mail/text/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(1);
        return resolver;
    }
}
