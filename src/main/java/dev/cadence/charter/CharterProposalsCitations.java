package dev.cadence.charter;

import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.WhatChangedSource;
import dev.cadence.people.CadenceUser;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The GTM council's "what changed this month" cites each charter proposal waiting for the CEO on the council's day
 * ({@link CharterService#asOf}): who proposed it, since when, why, and the sections it would change. Only the council
 * takes up the charter, so other meetings get none. Everyone signed in reads the charter, so it checks no role.
 */
@Component
@Order(20)
class CharterProposalsCitations implements WhatChangedSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final int WHY = 140;
    /** More than this many waiting read as one line. */
    private static final int MOST = 3;

    private final CharterService charter;

    CharterProposalsCitations(CharterService charter) {
        this.charter = charter;
    }

    @Override
    public List<Citation> citations(Occasion occasion, CadenceUser preparer) {
        if (occasion.kind() != MeetingKind.GTM_COUNCIL) {
            return List.of();
        }
        List<CharterPanel.Waiting> waiting = charter.asOf(occasion.day()).waiting();
        if (waiting.size() > MOST) {
            CharterPanel.Waiting oldest = waiting.stream().min(java.util.Comparator.comparing(CharterPanel.Waiting::proposedAt)).orElseThrow();
            return List.of(new Citation(waiting.size() + " charter proposals wait for the CEO, the oldest "
                    + oldest.proposedBy() + "’s since " + DAY.format(oldest.proposedAt().atZone(ZoneOffset.UTC)) + ".",
                    "/charter#proposals", "GTM charter"));
        }
        return waiting.stream()
                .map(w -> new Citation("Charter proposal waiting for the CEO: " + w.proposedBy() + "’s, since "
                        + DAY.format(w.proposedAt().atZone(ZoneOffset.UTC)) + " (" + String.join(", ", w.sections()) + "): “"
                        + (w.rationale().length() > WHY ? w.rationale().substring(0, WHY - 1) + "…" : w.rationale()) + "”",
                        "/charter#proposals", "GTM charter"))
                .toList();
    }
}
