package dev.cadence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cadence.CadenceApplication;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.people.PersonService;
import dev.cadence.support.TestDatabase;
import dev.cadence.support.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Cadence nodes on one database send from one outbox at once, each on its own schedule, as in production: every
 * participant receives each recap exactly once and one digest for the day, however the nodes' runs interleave
 * (claims with {@code FOR UPDATE SKIP LOCKED}; the day's digest unique per person).
 */
class MailTwoNodesIT {

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoNodesSendingAtOnceSendEachRecapAndEachDigestExactlyOnce() throws Exception {
        TestSmtp.start();
        String database = TestDatabase.get().createEmptyDatabase();
        // The people, their meetings and action items are written on a node that does not send.
        ConfigurableApplicationContext setup = start(database, false);
        PersonService people = setup.getBean(PersonService.class);
        List<MailMeeting> meetings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            MailMeeting m = new MailMeeting(people, setup.getBean(MeetingSeriesService.class), setup.getBean(MeetingQueryService.class),
                    setup.getBean(MeetingCommandService.class), setup.getBean(ActionItemService.class)).filled("node" + i);
            setup.getBean(ActionItemService.class).addActionItem(m.meetingId, "Due tomorrow " + i, m.ceoPerson.id(),
                    LocalDate.now().plusDays(1), m.cro);
            meetings.add(m);
        }
        JdbcTemplate jdbc = setup.getBean(JdbcTemplate.class);

        // Two sending nodes, polling every 100 ms: both queue the day's digests as soon as they run, and both take
        // the recaps the moment the meetings close.
        start(database, true);
        start(database, true);
        meetings.forEach(MailMeeting::close);

        // 8 recaps; and 4 digests: each CEO has an action item due tomorrow, each CRO only one due in nine days.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                jdbc.queryForObject("select count(*) from mail_outbox where status = 'SENT'", Integer.class) == 12
                        && jdbc.queryForObject("select count(*) from mail_outbox where status in ('QUEUED', 'RETRYING')",
                        Integer.class) == 0);
        for (MailMeeting m : meetings) {
            assertThat(subjects(m.croPerson.email())).as("the CRO's e-mails").containsExactly("Recap: " + label(m));
            assertThat(subjects(m.ceoPerson.email())).as("the CEO's e-mails")
                    .containsExactlyInAnyOrder("Recap: " + label(m), "Your action items: 1 due tomorrow");
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'DIGEST'", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select sum(attempts) from mail_outbox", Integer.class)).as("no e-mail tried twice").isEqualTo(12);
    }

    private static String label(MailMeeting m) {
        return m.label;
    }

    private static List<String> subjects(String address) {
        return TestSmtp.messagesTo(address).stream().map(MailTwoNodesIT::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ConfigurableApplicationContext start(String database, boolean sending) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CadenceApplication.class).profiles("prod").run(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabase.get().username(),
                "--spring.datasource.password=" + TestDatabase.get().password(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--server.port=0",
                "--cadence.database.locate=false",
                "--cadence.admin.email=ops@mail-nodes.example",
                "--cadence.admin.password=correct-horse-battery",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestSmtp.port(),
                "--cadence.mail.scheduled=" + sending,
                "--cadence.mail.poll-interval=100ms",
                "--cadence.mail.digest-at=00:00");
        nodes.add(context);
        return context;
    }
}
