package dev.cadence.meetings;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.people.CadenceUser;
import dev.cadence.period.Period;
import dev.cadence.scorecard.CellView;
import dev.cadence.scorecard.MetricStatus;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.ScorecardRow;
import dev.cadence.scorecard.ScorecardSection;
import dev.cadence.scorecard.ScorecardService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Fills "what changed since last week" ({@link SectionKind#CHANGES}) from data when a meeting is
 * prepared: what other features cite ({@link WhatChangedSource}: value-driver levers whose metric is off their
 * assumption), scorecard metrics whose status changed (each with its {@link MetricFigures}, a row of the page's table),
 * overdue action items, reopened decisions, values missing for the last period and the metrics still off track (one
 * entry each, naming them: not a change, so no rows). Each entry links to its source. For a monthly series (the GTM
 * council, "what changed this month") a status change is counted since the previous meeting: the last complete
 * period against the last one complete before that meeting's day.
 */
@Component
class WhatChanged implements SectionFiller {

    /** Enough to prepare the conversation, few enough to read in the section's time box. */
    static final int MOST_ENTRIES = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final ScorecardService scorecard;
    private final CompanyService company;
    private final DecisionService decisions;
    private final ActionItemRepository actions;
    private final List<WhatChangedSource> sources;

    WhatChanged(ScorecardService scorecard, CompanyService company, DecisionService decisions, ActionItemRepository actions,
                List<WhatChangedSource> sources) {
        this.scorecard = scorecard;
        this.company = company;
        this.decisions = decisions;
        this.actions = actions;
        this.sources = sources;
    }

    @Override
    public SectionKind fills() {
        return SectionKind.CHANGES;
    }

    @Override
    public List<Entry> entries(MeetingSeries series, Meeting meeting, Instant since, Instant now, CadenceUser viewer) {
        // Action items are overdue on the meeting's day, where the series meets.
        LocalDate day = meeting.getScheduledAt().atZone(series.zone()).toLocalDate();
        // A monthly series (the GTM council) compares each metric with where it stood at the previous meeting; a weekly
        // one, the last complete period with the one before.
        LocalDate previous = series.monthly() ? since.atZone(series.zone()).toLocalDate() : null;
        Signals signals = new Signals();
        scorecardSignals(null, viewer, previous, signals);
        for (SegmentView segment : company.segments()) {
            scorecardSignals(segment, viewer, previous, signals);
        }
        // What got worse first, improvements last: the list is cut at MOST_ENTRIES.
        // What other features cite first (a lever off the plan's assumption puts the year's outcome at risk), then the scorecard.
        List<Entry> entries = new ArrayList<>();
        WhatChangedSource.Occasion occasion = new WhatChangedSource.Occasion(series.getKind(), day,
                series.occurrenceAfter(meeting.getScheduledAt()).atZone(series.zone()).toLocalDate());
        for (WhatChangedSource source : sources) {
            source.citations(occasion, viewer).forEach(c -> entries.add(new Entry(c.text(), c.sourceUrl(), c.sourceLabel())));
        }
        entries.addAll(signals.worse);
        for (ActionItem a : actions.findOverdue(series.getId(), day)) {
            entries.add(new Entry("Overdue action item: " + a.getText() + " (" + a.getOwnerName() + ", due "
                    + DAY.format(a.getDueOn()) + ").", "/meetings/" + a.getMeetingId() + "#action-" + a.getId(), "Action item"));
        }
        for (DecisionSummary d : decisions.reopenedBetween(since, now)) {
            entries.add(new Entry("Decision reopened: " + d.title() + " (" + d.statusLabel().toLowerCase(Locale.ENGLISH)
                    + " now; reopened " + d.reopenCount() + "×).", "/decisions/" + d.id(), "Decision log"));
        }
        entries.addAll(signals.better);
        // Cut at MOST_ENTRIES; the two lines that name metrics (values missing, still off track) always follow.
        List<Entry> kept = entries.size() > MOST_ENTRIES ? new ArrayList<>(entries.subList(0, MOST_ENTRIES)) : entries;
        if (!signals.missing.isEmpty()) {
            kept.add(new Entry("No value yet for " + signals.missingPeriod + ": " + String.join(", ", signals.missing) + ".",
                    "/scorecard", "Scorecard"));
        }
        if (!signals.stillOff.isEmpty()) {
            kept.add(new Entry("Still off track, no change of status: " + String.join(", ", signals.stillOff) + ".",
                    "/scorecard", "Scorecard"));
        }
        return kept;
    }

    private static final class Signals {
        final List<Entry> worse = new ArrayList<>();
        final List<Entry> better = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        String missingPeriod;
        final List<String> stillOff = new ArrayList<>();
    }

    /**
     * The scorecard's signals for all segments ({@code segment} null) or one. A status change compares the last complete
     * period with the one before it, or, when {@code previousMeeting} is given, with the last period complete before that
     * day (so a monthly meeting sees what changed since the last one, whatever the metric's cadence).
     */
    private void scorecardSignals(SegmentView segment, CadenceUser viewer, LocalDate previousMeeting, Signals signals) {
        for (ScorecardSection section : scorecard.scorecard(segment == null ? null : segment.key(), viewer).sections()) {
            int compared = previousMeeting == null ? section.periods().size() - 3 : completeBefore(section.periods(), previousMeeting);
            for (ScorecardRow row : section.rows()) {
                if (segment != null && row.companyWideOnly()) {
                    continue;
                }
                List<CellView> cells = row.cells();
                if (cells.size() < 3) {
                    continue;
                }
                // The newest column is the period under way; the last complete one is before it.
                CellView last = cells.get(cells.size() - 2);
                // No earlier period to compare with (the last complete one is what the previous meeting saw): no change.
                CellView before = compared >= 0 && compared < cells.size() - 2 ? cells.get(compared) : null;
                String name = row.metric().name() + (segment == null ? "" : " (" + segment.name() + ")");
                String url = "/metrics/" + row.metric().key();
                if (last.value() == null) {
                    if (segment == null) {
                        signals.missing.add(row.metric().name() + " (" + row.metric().ownerName() + ")");
                        signals.missingPeriod = last.periodLabel();
                    }
                    continue;
                }
                int now = MetricFigures.severity(last.status());
                int then = before == null || before.value() == null ? -1 : MetricFigures.severity(before.status());
                if (now >= 0 && then >= 0 && now != then) {
                    // A real change of status: one row of the table, the numbers as the scorecard writes them (value and
                    // target alike, so that the status and what is shown agree).
                    // One precision for the whole row: enough for each value to read apart from the target it was judged by.
                    MetricUnit unit = row.metric().unit();
                    int extra = Math.max(unit.extraDecimals(before.value(), before.targetValue()),
                            unit.extraDecimals(last.value(), last.targetValue()));
                    MetricFigures figures = new MetricFigures(name, before.periodLabel(), last.periodLabel(),
                            unit.format(before.value(), extra), unit.format(last.value(), extra),
                            last.targetValue() == null ? null : unit.format(last.targetValue(), extra), before.status(), last.status());
                    (now > then ? signals.worse : signals.better).add(new Entry(figures.sentence() + narrative(last), url,
                            "Scorecard", figures));
                } else if (last.status() == MetricStatus.OFF_TRACK) {
                    // Off track as before: not a change, named once at the end rather than a row each.
                    signals.stillOff.add(name);
                }
            }
        }
    }

    /** The index of the last period that ended before {@code day}, or -1. */
    private static int completeBefore(List<Period> periods, LocalDate day) {
        int found = -1;
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).end().isBefore(day)) {
                found = i;
            }
        }
        return found;
    }

    private static String narrative(CellView cell) {
        String n = cell.narrative();
        if (n == null || n.isBlank()) {
            return "";
        }
        return " “" + (n.length() > 160 ? n.substring(0, 157) + "…" : n) + "”";
    }
}
