package dev.cadence.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The e-mails of one meeting's recap.
 *
 * @param sending whether Cadence sends e-mail at all (a mail server is configured)
 * @param copies  one per participant, by name; empty when none was queued
 */
public record RecapMailing(boolean sending, List<Copy> copies) {

    /** How a copy stands. */
    public enum State {
        QUEUED("Queued"), RETRYING("Retrying"), SENT("Sent"), FAILED("Not delivered"), SKIPPED("Not sent");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One participant's copy.
     *
     * @param at   when it was sent, or when it is tried (again)
     * @param note why it was not sent, or the mail server's last answer
     */
    public record Copy(String name, String address, State state, int attempts, Instant at, String note) {
    }

    static RecapMailing none() {
        return new RecapMailing(false, List.of());
    }

    public long count(State state) {
        return copies.stream().filter(c -> c.state() == state).count();
    }

    /** The sentence a closed meeting shows first: what became of its recap e-mails. */
    public String summary() {
        if (copies.isEmpty()) {
            return sending ? "No recap e-mail was sent for this meeting (it closed before Cadence sent e-mail)."
                    : "No e-mail was sent: Cadence has no mail server configured.";
        }
        long queued = count(State.QUEUED);
        long retrying = count(State.RETRYING);
        long sent = count(State.SENT);
        long skipped = count(State.SKIPPED);
        long failed = count(State.FAILED);
        List<String> parts = new ArrayList<>();
        if (sent > 0) {
            parts.add("sent to " + people(sent));
        }
        if (queued > 0) {
            parts.add("queued for " + people(queued));
        }
        if (retrying > 0) {
            parts.add("retrying for " + people(retrying));
        }
        if (failed > 0) {
            parts.add("not delivered to " + people(failed));
        }
        StringBuilder text = new StringBuilder("Recap e-mail: ").append(String.join(", ", parts));
        if (skipped > 0) {
            // Why, when every copy not sent has the same reason ("turned recap e-mails off"); the table says each.
            List<String> why = copies.stream().filter(c -> c.state() == State.SKIPPED).map(Copy::note).distinct().toList();
            text.append(parts.isEmpty() ? "" : "; ").append("not sent to ").append(people(skipped));
            if (why.size() == 1 && why.get(0) != null && !why.get(0).isEmpty()) {
                text.append(" (").append(Character.toLowerCase(why.get(0).charAt(0))).append(why.get(0).substring(1)).append(')');
            }
        }
        return text.append('.').toString();
    }

    private static String people(long n) {
        return n + (n == 1 ? " participant" : " participants");
    }
}
