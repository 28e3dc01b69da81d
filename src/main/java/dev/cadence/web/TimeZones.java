package dev.cadence.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The time zones people choose from (regions, "America/New_York"), and reading one typed or posted. */
public final class TimeZones {

    /** Every region-based time zone, sorted: "America/New_York", "Europe/London", … (no legacy aliases). */
    public static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/") && !z.startsWith("US/")
                    && !z.startsWith("Canada/") && !z.startsWith("Mexico/") && !z.startsWith("Brazil/") && !z.startsWith("Chile/"))
            .sorted(Comparator.comparing(z -> z.toLowerCase(Locale.ROOT))).toList();

    private TimeZones() {
    }

    /** The zone named, or a refusal on the field {@code timeZone} that says what to write. */
    public static ZoneId region(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("timeZone", "Choose a time zone.");
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException unknown) {
            throw new RuleViolationException("timeZone", "There is no time zone called " + name.trim()
                    + "; choose one such as America/New_York or Europe/London.");
        }
    }
}
