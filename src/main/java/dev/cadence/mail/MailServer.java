package dev.cadence.mail;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The SMTP server Spring Boot configures from {@code spring.mail.host} ({@code SPRING_MAIL_HOST}, …); without it
 * Cadence sends nothing and queues nothing, and says so where an e-mail would have gone.
 */
@Component
class MailServer {

    private final ObjectProvider<JavaMailSender> sender;

    MailServer(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    Optional<JavaMailSender> sender() {
        return Optional.ofNullable(sender.getIfAvailable());
    }
}
