package dev.cadence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.meetings.MeetingQueryService;
import dev.cadence.meetings.MeetingSeriesService;
import dev.cadence.people.EmailPreferenceService;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.MailIntegrationTest;
import dev.cadence.support.Race;
import dev.cadence.support.TestSmtp;
import dev.cadence.company.CompanyService;
import dev.cadence.web.ApplicationClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily digest: one e-mail per person and day with their action items overdue, due today and due tomorrow,
 * however many nodes queue it at once and however often; none for someone who turned it off or has nothing due.
 */
@CadenceIntegrationTest
@MailIntegrationTest
class DigestMailIT {

    @Autowired
    PersonService people;
    @Autowired
    MeetingSeriesService series;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingCommandService commands;
    @Autowired
    ActionItemService actionItems;
    @Autowired
    EmailPreferenceService preferences;
    @Autowired
    DigestQueue digests;
    @Autowired
    OutboxSender sender;
    @Autowired
    ApplicationClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CompanyService company;

    @Test
    void onePersonGetsOneDigestADayWithWhatIsOverdueAndDueSoonWhoeverQueuesItAndHowOften() throws Exception {
        LocalDate today = LocalDate.now(clock);
        MailMeeting m = new MailMeeting(people, series, meetings, commands, actionItems);
        actionItems.addActionItem(m.meetingId, "Overdue thing", m.croPerson.id(), today.minusDays(1), m.ceo);
        actionItems.addActionItem(m.meetingId, "Today thing", m.croPerson.id(), today, m.ceo);
        actionItems.addActionItem(m.meetingId, "Tomorrow thing", m.croPerson.id(), today.plusDays(1), m.ceo);
        actionItems.addActionItem(m.meetingId, "Next week thing", m.croPerson.id(), today.plusDays(7), m.ceo);
        actionItems.addActionItem(m.meetingId, "Maya's tomorrow", m.ceoPerson.id(), today.plusDays(1), m.cro);
        preferences.choose(m.ceoPerson.id(), true, false, 0);

        // Two nodes queue the day's digests at the same moment, then one of them again (a restart): one row per person.
        Callable<Integer> queue = () -> digests.queue(today);
        Race.between("mail_outbox", queue, queue);
        digests.queue(today);
        assertThat(digestRows(m.croPerson.id(), today)).isEqualTo(1);
        assertThat(digestRows(m.ceoPerson.id(), today)).as("digest turned off").isZero();

        sender.sendDue();
        sender.sendDue();
        assertThat(TestSmtp.messagesTo(m.ceoPerson.email())).isEmpty();
        ReadMail digest = ReadMail.of(assertThat(TestSmtp.messagesTo(m.croPerson.email())).hasSize(1).actual().get(0));
        assertThat(digest.subject()).isEqualTo("Your action items: 1 overdue, 1 due today, 1 due tomorrow");
        assertThat(digest.html()).contains("Overdue (1)", "Overdue thing", "Due today (1)", "Today thing", "Due tomorrow (1)",
                "Tomorrow thing", "http://cadence.test/account").doesNotContain("Next week thing");
        assertThat(digest.text()).contains("OVERDUE (1)", "Overdue thing", "DUE TOMORROW (1)", "Tomorrow thing")
                .doesNotContain("Next week thing");
        assertThat(digest.attachments()).isEmpty();

        // The next day is another digest.
        try (var tomorrow = clock.at(today.plusDays(1).atTime(LocalTime.of(7, 5)).atZone(company.zone()).toInstant()
                .truncatedTo(ChronoUnit.SECONDS))) {
            digests.queue(today.plusDays(1));
            sender.sendDue();
        }
        assertThat(TestSmtp.messagesTo(m.croPerson.email())).hasSize(2);
    }

    @Test
    void someoneWithNothingDueAnyMoreWhenTheSenderRunsGetsNoDigest() {
        LocalDate today = LocalDate.now(clock);
        MailMeeting m = new MailMeeting(people, series, meetings, commands, actionItems);
        var item = actionItems.addActionItem(m.meetingId, "Done before the digest", m.croPerson.id(), today.plusDays(1), m.ceo);
        digests.queue(today);
        actionItems.markActionItemDone(m.meetingId, item.id(), true, m.cro);
        sender.sendDue();
        assertThat(TestSmtp.messagesTo(m.croPerson.email())).isEmpty();
        assertThat(jdbc.queryForObject("select status || ': ' || note from mail_outbox where kind = 'DIGEST' and person_id = ?",
                String.class, m.croPerson.id())).isEqualTo("SKIPPED: Nothing due any more");
    }

    @Test
    void theScheduleQueuesTheDayOnlyFromTheDigestTime() {
        MailMeeting m = new MailMeeting(people, series, meetings, commands, actionItems);
        LocalDate day = LocalDate.now(clock).plusDays(20);
        actionItems.addActionItem(m.meetingId, "Far ahead", m.croPerson.id(), day.plusDays(1), m.ceo);
        try (var early = clock.at(at(day, LocalTime.of(6, 59)))) {
            digests.queueIfDue();
        }
        assertThat(digestRows(m.croPerson.id(), day)).isZero();
        try (var seven = clock.at(at(day, LocalTime.of(7, 0)))) {
            digests.queueIfDue();
        }
        assertThat(digestRows(m.croPerson.id(), day)).isEqualTo(1);
    }

    /** The digest's hour is the company's (the demo company's New York), whatever the server's zone. */
    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(company.zone()).toInstant();
    }

    private int digestRows(long personId, LocalDate day) {
        return jdbc.queryForObject("select count(*) from mail_outbox where kind = 'DIGEST' and person_id = ? and digest_day = ?",
                Integer.class, personId, day);
    }
}
