package dev.cadence.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "now" and "this week", so that tests can fix the date and the demo can load its history. */
@Configuration
class ClockConfiguration {

    @Bean
    ApplicationClock clock() {
        return new ApplicationClock(Clock.systemDefaultZone());
    }
}
