package dev.cadence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

    private static final Instant REAL = Instant.parse("2026-11-24T12:00:00Z");
    private final ApplicationClock clock = new ApplicationClock(Clock.fixed(REAL, ZoneOffset.UTC));

    @Test
    void showsTheTimeSetOnThisThreadUntilTheScopeClosesAndScopesNest() {
        Instant then = Instant.parse("2026-09-01T13:00:00Z");
        Instant earlier = Instant.parse("2026-08-30T13:00:00Z");
        assertThat(clock.isRealTime()).isTrue();
        try (ApplicationClock.Scope outer = clock.at(then)) {
            assertThat(clock.instant()).isEqualTo(then);
            assertThat(clock.isRealTime()).isFalse();
            try (ApplicationClock.Scope inner = clock.at(earlier)) {
                assertThat(clock.instant()).isEqualTo(earlier);
            }
            assertThat(clock.instant()).isEqualTo(then);
        }
        assertThat(clock.instant()).isEqualTo(REAL);
        assertThat(clock.isRealTime()).isTrue();
    }

    @Test
    void anotherThreadKeepsTheRealTime() {
        try (ApplicationClock.Scope scope = clock.at(Instant.parse("2026-09-01T13:00:00Z"))) {
            assertThat(CompletableFuture.supplyAsync(clock::instant).join()).isEqualTo(REAL);
        }
    }

    @Test
    void theSameClockInAnotherZoneShowsTheTimeSet() {
        Instant then = Instant.parse("2026-09-01T13:00:00Z");
        Clock newYork = clock.withZone(ZoneId.of("America/New_York"));
        try (ApplicationClock.Scope scope = clock.at(then)) {
            assertThat(newYork.instant()).isEqualTo(then);
        }
        assertThat(newYork.instant()).isEqualTo(REAL);
        assertThat(newYork.getZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void itsZoneIsTheOneItIsToldToUseAndTheTimeSetStillApplies() {
        ApplicationClock companys = new ApplicationClock(Clock.fixed(REAL, ZoneOffset.UTC));
        companys.useZone(ZoneId.of("America/New_York"));
        assertThat(companys.getZone()).isEqualTo(ZoneId.of("America/New_York"));
        try (ApplicationClock.Scope scope = companys.at(Instant.parse("2026-12-07T03:00:00Z"))) {
            assertThat(java.time.LocalDate.now(companys)).isEqualTo(java.time.LocalDate.of(2026, 12, 6));
        }
    }
}
