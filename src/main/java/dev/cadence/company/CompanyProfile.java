package dev.cadence.company;

/** What the rest of Cadence knows of the company. */
public record CompanyProfile(String name, int fiscalYearStartMonth, long version) {

    static CompanyProfile of(Company company) {
        return new CompanyProfile(company.getName(), company.getFiscalYearStartMonth(), company.getVersion());
    }
}
