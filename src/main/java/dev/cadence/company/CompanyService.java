package dev.cadence.company;

import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and describes the one company this installation runs. */
@Service
@Transactional
public class CompanyService {

    private final CompanyRepository companies;
    private final SegmentRepository segments;
    private final Clock clock;
    /** {@code cadence.time-zone}: when set, the company's zone whatever the database says (no page sets it yet). */
    private final String configuredZone;

    CompanyService(CompanyRepository companies, SegmentRepository segments, Clock clock,
                   @Value("${cadence.time-zone:}") String configuredZone) {
        this.companies = companies;
        this.segments = segments;
        this.clock = clock;
        this.configuredZone = configuredZone == null || configuredZone.isBlank() ? null : ZoneId.of(configuredZone.trim()).getId();
    }

    /** The company's market segments in display order. */
    @Transactional(readOnly = true)
    public List<SegmentView> segments() {
        return segments.findAllByOrderByDisplayOrderAscNameAsc().stream().map(SegmentView::of).toList();
    }

    /** Adds a segment unless one with that key exists; used by the demo company. */
    public void addSegmentIfAbsent(String key, String name, int displayOrder) {
        if (!segments.existsByKey(key)) {
            segments.save(new Segment(key, name, displayOrder));
        }
    }

    @Transactional(readOnly = true)
    public CompanyProfile profile() {
        Company company = load();
        return CompanyProfile.of(company, zoneOf(company));
    }

    /**
     * The company's time zone: {@code cadence.time-zone} ({@code CADENCE_TIME_ZONE}) when set, else the one stored for
     * the company, else the server's. Its day is the day of the daily digest: what is overdue, due today, due tomorrow.
     */
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return configuredZone != null ? ZoneId.of(configuredZone) : zoneOf(load());
    }

    /** Stores the company's time zone (the demo company's is New York). */
    public void placeIn(ZoneId zone) {
        Company company = companies.lockById(Company.THE_COMPANY).orElseThrow(CompanyService::missing);
        company.placeIn(zone == null ? null : zone.getId());
        companies.flush();
    }

    private ZoneId zoneOf(Company company) {
        if (configuredZone != null) {
            return ZoneId.of(configuredZone);
        }
        return company.getTimeZone() == null ? clock.getZone() : ZoneId.of(company.getTimeZone());
    }

    /**
     * Renames the company and sets the first month of its fiscal year.
     *
     * @param expectedVersion the version the editor saw; a different one means someone saved in between
     */
    public CompanyProfile describe(String name, int fiscalYearStartMonth, long expectedVersion) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("The company needs a name.");
        }
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new RuleViolationException("The fiscal year starts in a month from 1 (January) to 12 (December).");
        }
        Company company = companies.lockById(Company.THE_COMPANY).orElseThrow(CompanyService::missing);
        if (company.getVersion() != expectedVersion) {
            throw new StaleEditException("Someone changed the company in the meantime: it is now \""
                    + company.getName() + "\", fiscal year starting in month " + company.getFiscalYearStartMonth() + ".");
        }
        company.describe(name.trim(), fiscalYearStartMonth);
        companies.flush();
        return CompanyProfile.of(company, zoneOf(company));
    }

    private Company load() {
        return companies.findById(Company.THE_COMPANY).orElseThrow(CompanyService::missing);
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("The company row is missing; migration V1 creates it.");
    }
}
