package dev.cadence.company;

import dev.cadence.web.ApplicationClock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Sets the application clock to the company's time zone when Cadence starts, before anything asks for "today" (the
 * demo's loaders and the first request); {@link CompanyService} moves it when the zone changes.
 */
@Component
class CompanyClock implements SmartInitializingSingleton {

    private final CompanyService company;
    private final ApplicationClock clock;

    CompanyClock(CompanyService company, ApplicationClock clock) {
        this.company = company;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        clock.useZone(company.profile().timeZone());
    }
}
