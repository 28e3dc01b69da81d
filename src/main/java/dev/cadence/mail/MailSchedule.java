package dev.cadence.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node, every {@code cadence.mail.poll-interval}: queue the day's digests once it is time, then send what is
 * due. Nodes need no coordination: the outbox's locks and unique indexes do it. Off with
 * {@code cadence.mail.scheduled=false} (the tests send by hand, at times they choose).
 */
@Component
@ConditionalOnProperty(prefix = "cadence.mail", name = "scheduled", havingValue = "true", matchIfMissing = true)
class MailSchedule {

    private final MailServer server;
    private final DigestQueue digests;
    private final OutboxSender sender;

    MailSchedule(MailServer server, DigestQueue digests, OutboxSender sender) {
        this.server = server;
        this.digests = digests;
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${cadence.mail.poll-interval:15s}", initialDelayString = "${cadence.mail.poll-interval:15s}")
    void run() {
        if (!server.configured()) {
            return;
        }
        digests.queueIfDue();
        sender.sendDue();
    }
}
