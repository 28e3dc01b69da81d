package dev.cadence.company;

import dev.cadence.web.RuleViolationException;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.TimeZones;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Reads and describes the one company this installation runs. */
@Service
@Transactional
public class CompanyService {

    private static final String PROFILE_OF_REQUEST = CompanyService.class.getName() + ".profile";

    private final CompanyRepository companies;
    private final SegmentRepository segments;
    private final ApplicationClock clock;
    private final JdbcTemplate jdbc;

    CompanyService(CompanyRepository companies, SegmentRepository segments, ApplicationClock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.segments = segments;
        this.clock = clock;
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

    /**
     * The company's name, fiscal year and time zone. Read by nearly every page, often several times: within a
     * transaction from its entity manager (read once, however often asked, as a list's rows may); outside any, as
     * the meeting's panels ask, one plain statement without opening a transaction and an entity manager for it.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public CompanyProfile profile() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return CompanyProfile.of(load());
        }
        // Once per web request: a review meeting's six panels and the layout each ask.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(PROFILE_OF_REQUEST, RequestAttributes.SCOPE_REQUEST) instanceof CompanyProfile read) {
            return read;
        }
        List<CompanyProfile> found = jdbc.query("select name, fiscal_year_start_month, time_zone, version from company where id = ?",
                (rs, n) -> new CompanyProfile(rs.getString(1), rs.getInt(2), ZoneId.of(rs.getString(3)), rs.getLong(4)),
                Company.THE_COMPANY);
        if (found.isEmpty()) {
            throw missing();
        }
        if (request != null) {
            request.setAttribute(PROFILE_OF_REQUEST, found.get(0), RequestAttributes.SCOPE_REQUEST);
        }
        return found.get(0);
    }

    /**
     * The company's time zone: when its day begins ("today", "overdue", the daily digest's hour). It is the application
     * clock's, set from the company when Cadence starts and whenever it changes ({@link CompanyClock}).
     */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Renames the company and sets the first month of its fiscal year; its time zone stays. */
    public CompanyProfile describe(String name, int fiscalYearStartMonth, long expectedVersion) {
        return describe(name, fiscalYearStartMonth, load().getTimeZone().getId(), expectedVersion);
    }

    /**
     * Renames the company, sets the first month of its fiscal year and its time zone (a region such as
     * America/New_York); once committed, the application clock's "today" is the company's.
     *
     * @param expectedVersion the version the editor saw; a different one means someone saved in between
     */
    public CompanyProfile describe(String name, int fiscalYearStartMonth, String timeZone, long expectedVersion) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("The company needs a name.");
        }
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new RuleViolationException("The fiscal year starts in a month from 1 (January) to 12 (December).");
        }
        ZoneId zone = TimeZones.region(timeZone);
        Company company = companies.lockById(Company.THE_COMPANY).orElseThrow(CompanyService::missing);
        if (company.getVersion() != expectedVersion) {
            throw new StaleEditException("Someone changed the company in the meantime: it is now \""
                    + company.getName() + "\", fiscal year starting in month " + company.getFiscalYearStartMonth()
                    + ", time zone " + company.getTimeZone().getId() + ".");
        }
        company.describe(name.trim(), fiscalYearStartMonth, zone);
        companies.flush();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                clock.useZone(zone);
                // What the request read before this change is not what the page it answers with should show.
                RequestAttributes request = RequestContextHolder.getRequestAttributes();
                if (request != null) {
                    request.removeAttribute(PROFILE_OF_REQUEST, RequestAttributes.SCOPE_REQUEST);
                }
            }
        });
        return CompanyProfile.of(company);
    }

    private Company load() {
        return companies.findById(Company.THE_COMPANY).orElseThrow(CompanyService::missing);
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("The company row is missing; migration V1 creates it.");
    }
}
