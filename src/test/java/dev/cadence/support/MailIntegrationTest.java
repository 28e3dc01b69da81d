package dev.cadence.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@link CadenceIntegrationTest} (or on a {@link BrowserTest}): the application with a mail server, the
 * JVM's {@link TestSmtp}. Its sender does not run on a schedule: a test sends what is due when it chooses
 * ({@code OutboxSender.sendDue()}), at the time it chooses (the application clock). One more shared context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = TestSmtp.class)
@TestPropertySource(properties = {"cadence.mail.scheduled=false", "cadence.mail.base-url=http://cadence.test"})
public @interface MailIntegrationTest {
}
