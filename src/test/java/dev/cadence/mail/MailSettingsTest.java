package dev.cadence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private final MailSettings settings = new MailSettings("Cadence <c@example.com>", "https://cadence.example.com/",
            Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(3), LocalTime.of(7, 0), true);

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongest() {
        assertThat(settings.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.waitAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(settings.waitAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.waitAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void linksJoinTheBaseUrlAndThePathWithOneSlash() {
        assertThat(settings.link("/meetings/4/recap")).isEqualTo("https://cadence.example.com/meetings/4/recap");
    }

    @Test
    void theDigestSubjectNamesWhatIsDue() {
        assertThat(MailComposer.digestSubject(2, 0, 1)).isEqualTo("Your action items: 2 overdue, 1 due tomorrow");
        assertThat(MailComposer.digestSubject(0, 1, 0)).isEqualTo("Your action items: 1 due today");
    }
}
