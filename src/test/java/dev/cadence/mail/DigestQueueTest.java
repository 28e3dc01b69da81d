package dev.cadence.mail;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.cadence.company.CompanyService;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.people.EmailPreferenceService;
import dev.cadence.people.PersonService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest's hour and day are the company's, not the server's: on a server in UTC, a company in Auckland
 * (UTC+13 in December) gets 8 December's digest at 07:00 on 8 December there — which is still 7 December on the server —
 * and nothing at 06:30 there, although the server's clock reads well past 07:00.
 */
class DigestQueueTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    private final ActionItemService actionItems = mock(ActionItemService.class);
    private final CompanyService company = mock(CompanyService.class);

    private DigestQueue queueAt(Instant now) {
        when(company.zone()).thenReturn(AUCKLAND);
        when(actionItems.ownersOfOpenItemsDueBy(any())).thenReturn(Set.of());
        MailSettings settings = new MailSettings("Cadence <cadence@localhost>", "http://cadence.test", Duration.ofSeconds(15),
                Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(3), LocalTime.of(7, 0), false);
        return new DigestQueue(mock(OutboxRepository.class), actionItems, mock(PersonService.class), mock(EmailPreferenceService.class),
                settings, mock(TransactionTemplate.class), company, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void atSevenInTheCompanysZoneItQueuesTheCompanysDayWhileTheServerIsStillOnTheDayBefore() {
        // 18:30 UTC on 7 Dec is 07:30 on 8 Dec in Auckland.
        queueAt(Instant.parse("2026-12-07T18:30:00Z")).queueIfDue();
        // Overdue, due today (8 Dec) and due tomorrow (9 Dec) there.
        verify(actionItems).ownersOfOpenItemsDueBy(LocalDate.of(2026, 12, 9));
    }

    @Test
    void beforeSevenInTheCompanysZoneNothingIsQueuedWhateverTheServersHour() {
        // 17:30 UTC on 7 Dec (past 07:00 on the server) is 06:30 on 8 Dec in Auckland.
        queueAt(Instant.parse("2026-12-07T17:30:00Z")).queueIfDue();
        verify(actionItems, never()).ownersOfOpenItemsDueBy(any());
    }
}
