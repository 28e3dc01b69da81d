package dev.cadence.company;

import java.time.ZoneId;

/** What the rest of Cadence knows of the company; its time zone is the application clock's (see {@code CompanyClock}). */
public record CompanyProfile(String name, int fiscalYearStartMonth, ZoneId timeZone, long version) {

    static CompanyProfile of(Company company) {
        return new CompanyProfile(company.getName(), company.getFiscalYearStartMonth(), company.getTimeZone(), company.getVersion());
    }
}
