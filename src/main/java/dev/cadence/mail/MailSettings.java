package dev.cadence.mail;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Cadence sends e-mail ({@code cadence.mail.*}); the mail server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from         the sender, e.g. {@code Cadence <cadence@yourcompany.com>}
 * @param baseUrl      where Cadence is reached from a mail client, for the links in e-mails
 * @param pollInterval how often each node looks for e-mails due (and, after {@code digestAt}, queues the day's digests)
 * @param firstRetry   the wait after a first failed attempt; it doubles after each failure …
 * @param longestWait  … up to this
 * @param giveUpAfter  an e-mail still undelivered this long after it was queued is marked not delivered
 * @param digestAt     from this time of day (the company's zone) the day's digests are queued
 * @param scheduled    whether this node runs the sender on its own (tests run it by hand)
 */
@ConfigurationProperties("cadence.mail")
record MailSettings(@DefaultValue("Cadence <cadence@localhost>") String from,
                    @DefaultValue("http://localhost:8080") String baseUrl,
                    @DefaultValue("15s") Duration pollInterval,
                    @DefaultValue("1m") Duration firstRetry,
                    @DefaultValue("1h") Duration longestWait,
                    @DefaultValue("3d") Duration giveUpAfter,
                    @DefaultValue("07:00") LocalTime digestAt,
                    @DefaultValue("true") boolean scheduled) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones: 1, 2, 4, 8 … minutes, at most {@link #longestWait}. */
    Duration waitAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** A link into Cadence from an e-mail: {@code baseUrl} + path, without a doubled slash. */
    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
