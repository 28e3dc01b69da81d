package dev.cadence.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.meetings.RecapMailing.Copy;
import dev.cadence.meetings.RecapMailing.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecapMailingTest {

    private static Copy copy(State state) {
        return new Copy("Someone", null, state, 0, null, state == State.SKIPPED ? "Turned recap e-mails off" : null);
    }

    @Test
    void withoutAMailServerItSaysNoEmailWasSent() {
        assertThat(RecapMailing.none().summary()).isEqualTo("No e-mail was sent: Cadence has no mail server configured.");
        assertThat(new RecapMailing(true, List.of()).summary())
                .isEqualTo("No recap e-mail was sent for this meeting (it closed before Cadence sent e-mail).");
    }

    @Test
    void itCountsEachStateInWords() {
        assertThat(new RecapMailing(true, List.of(copy(State.QUEUED), copy(State.RETRYING))).summary())
                .isEqualTo("Recap e-mail: queued for 1 participant, retrying for 1 participant.");
        assertThat(new RecapMailing(true, List.of(copy(State.SENT), copy(State.FAILED), copy(State.SKIPPED))).summary())
                .isEqualTo("Recap e-mail: sent to 1 participant, not delivered to 1 participant; not sent to 1 participant "
                        + "(turned recap e-mails off).");
        assertThat(new RecapMailing(true, List.of(copy(State.SKIPPED), copy(State.SKIPPED))).summary())
                .isEqualTo("Recap e-mail: not sent to 2 participants (turned recap e-mails off).");
        assertThat(new RecapMailing(true, List.of(copy(State.SKIPPED), new Copy("Gone", null, State.SKIPPED, 0, null, "Deactivated")))
                .summary()).isEqualTo("Recap e-mail: not sent to 2 participants.");
    }
}
