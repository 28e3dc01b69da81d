package dev.cadence.company;

import java.time.ZoneId;

/**
 * What the rest of Cadence knows of the company.
 *
 * @param zone the company's time zone: when its day begins (the daily digest of action items)
 */
public record CompanyProfile(String name, int fiscalYearStartMonth, long version, ZoneId zone) {

    static CompanyProfile of(Company company, ZoneId zone) {
        return new CompanyProfile(company.getName(), company.getFiscalYearStartMonth(), company.getVersion(), zone);
    }
}
