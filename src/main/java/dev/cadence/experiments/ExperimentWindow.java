package dev.cadence.experiments;

import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import java.time.LocalDate;
import java.util.List;

/**
 * The periods an experiment is judged over: the last {@code n} periods of the primary metric's cadence, ending with
 * the one that holds the experiment's last day (its planned end, or the day it ended when that came first), and
 * never before the period it started in (an experiment concluded or stopped early is judged on its own weeks only).
 * A guardrail of another cadence is read over its periods that overlap those days.
 */
record ExperimentWindow(List<Period> periods) {

    static ExperimentWindow of(Cadence cadence, int n, LocalDate lastDay, int fiscalYearStartMonth) {
        Period last = Periods.current(cadence, lastDay, fiscalYearStartMonth);
        return new ExperimentWindow(Periods.between(last.plus(1L - n), last));
    }

    /** The window of a run that began on {@code firstDay}: at most {@code n} periods, none before the one it began in. */
    static ExperimentWindow of(Cadence cadence, int n, LocalDate firstDay, LocalDate lastDay, int fiscalYearStartMonth) {
        Period last = Periods.current(cadence, lastDay, fiscalYearStartMonth);
        Period first = last.plus(1L - n);
        Period start = Periods.current(cadence, firstDay, fiscalYearStartMonth);
        return new ExperimentWindow(Periods.between(first.compareTo(start) < 0 && start.compareTo(last) <= 0 ? start : first, last));
    }

    Period first() {
        return periods.get(0);
    }

    Period last() {
        return periods.get(periods.size() - 1);
    }

    LocalDate from() {
        return first().start();
    }

    LocalDate to() {
        return last().end();
    }

    /** The periods of another cadence that overlap the window's days. */
    List<Period> periodsOf(Cadence cadence, int fiscalYearStartMonth) {
        return Periods.between(Periods.current(cadence, from(), fiscalYearStartMonth), Periods.current(cadence, to(), fiscalYearStartMonth));
    }

    /** "2026-W40 to 2026-W45" (or the one period). */
    String label() {
        return periods.size() == 1 ? first().key() : first().key() + " to " + last().key();
    }

    /** Of these periods, those begun by that day. */
    static List<Period> begunBy(List<Period> periods, LocalDate day) {
        return periods.stream().filter(p -> !p.start().isAfter(day)).toList();
    }
}
