package dev.cadence.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "company")
class Company {

    static final short THE_COMPANY = 1;

    @Id
    private Short id;

    @Column(nullable = false)
    private String name;

    @Column(name = "fiscal_year_start_month", nullable = false)
    private short fiscalYearStartMonth;

    /** An IANA zone name, or {@code null} for the server's zone. */
    @Column(name = "time_zone")
    private String timeZone;

    @Version
    private long version;

    protected Company() {
    }

    String getName() {
        return name;
    }

    int getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    String getTimeZone() {
        return timeZone;
    }

    void placeIn(String zone) {
        this.timeZone = zone;
    }

    long getVersion() {
        return version;
    }

    void describe(String name, int fiscalYearStartMonth) {
        this.name = name;
        this.fiscalYearStartMonth = (short) fiscalYearStartMonth;
    }
}
