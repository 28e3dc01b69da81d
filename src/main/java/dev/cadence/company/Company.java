package dev.cadence.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;

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

    @Column(name = "time_zone", nullable = false)
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

    ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    long getVersion() {
        return version;
    }

    void describe(String name, int fiscalYearStartMonth, ZoneId timeZone) {
        this.name = name;
        this.fiscalYearStartMonth = (short) fiscalYearStartMonth;
        this.timeZone = timeZone.getId();
    }
}
