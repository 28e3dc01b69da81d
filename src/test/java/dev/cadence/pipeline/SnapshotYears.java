package dev.cadence.pipeline;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A year of pipeline snapshots for one test alone. Snapshots are the company's, not a test's: a snapshot another test
 * loads between two of yours becomes the one before your later one (push counts, flows). So each test that loads
 * snapshots takes a year no other test of the run has, from 1960 on (ForecastIT keeps to 1900–1960, ReviewMeetingIT
 * takes its years here too).
 */
public final class SnapshotYears {

    private static final AtomicInteger NEXT = new AtomicInteger(1960);

    private SnapshotYears() {
    }

    /** A day early enough in a year of its own that the test's weeks after it stay within that year. */
    public static LocalDate day() {
        return LocalDate.of(NEXT.getAndIncrement(), 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 150));
    }

    /** The year itself, from its first day. */
    public static int year() {
        return NEXT.getAndIncrement();
    }
}
