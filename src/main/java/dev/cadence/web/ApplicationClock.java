package dev.cadence.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The application's one clock: the system clock, unless the current thread has set it to another
 * instant for a while with {@link #at(Instant)} — how the demo loads meetings that happened weeks ago,
 * through the same services, dated when they happened. Services see a plain {@link Clock}.
 *
 * <p>The time set is fixed (it does not advance) and belongs to the thread that set it: requests on
 * other threads keep the real time meanwhile.
 *
 * <p>Its zone is the company's ({@link #useZone(ZoneId)}, set by the company feature when it starts and when the zone
 * changes): "today", "this week" and "this quarter" are the company's everywhere, whatever the server's zone.
 */
public final class ApplicationClock extends Clock {

    /** Closing it puts the thread's clock back to what it was before {@link #at(Instant)}. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private final Clock system;
    private final ThreadLocal<Instant> setTo;
    private volatile ZoneId zone;

    public ApplicationClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private ApplicationClock(Clock system, ThreadLocal<Instant> setTo) {
        this.system = system;
        this.setTo = setTo;
        this.zone = system.getZone();
    }

    /** From now on, "today" is today in this zone (the company's). */
    public void useZone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Sets this thread's "now" to {@code instant} until the returned scope is closed; scopes nest. */
    public Scope at(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Instant before = setTo.get();
        setTo.set(instant);
        return () -> {
            if (before == null) {
                setTo.remove();
            } else {
                setTo.set(before);
            }
        };
    }

    /** Whether "now" on this thread is the real time (no {@link #at(Instant)} scope is open). */
    public boolean isRealTime() {
        return setTo.get() == null;
    }

    @Override
    public Instant instant() {
        Instant set = setTo.get();
        return set != null ? set : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock fixed in another zone: a time set on this thread applies to it too. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new ApplicationClock(system.withZone(zone), setTo);
    }
}
