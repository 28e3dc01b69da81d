package dev.cadence.demo;

import dev.cadence.company.CompanyProfile;
import dev.cadence.company.CompanyService;
import dev.cadence.people.PersonDetails;
import dev.cadence.people.PersonService;
import dev.cadence.people.Role;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brightline Software: a B2B SaaS company at about $40M ARR after its Series C, selling to
 * enterprise, mid-market and SMB customers, with its leadership team as the demo users (password
 * {@value #DEMO_PASSWORD}, listed in the README).
 */
@Component
@Profile("!prod")
@Order(10)
class DemoCompany implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final String NAME = "Brightline Software";
    private static final int FISCAL_YEAR_STARTS_IN_FEBRUARY = 2;
    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);

    record DemoPerson(String username, String name, String title, Role role) {
        String email() {
            return username + "@brightline.example";
        }
    }

    static final List<DemoPerson> TEAM = List.of(
            new DemoPerson("ceo", "Maya Chen", "Chief Executive Officer", Role.CEO),
            new DemoPerson("cro", "Daniel Okafor", "Chief Revenue Officer", Role.CRO),
            new DemoPerson("cmo", "Priya Raman", "Chief Marketing Officer", Role.CMO),
            new DemoPerson("cfo", "Tom Lindqvist", "Chief Financial Officer", Role.CFO),
            new DemoPerson("vpcs", "Elena García", "VP Customer Success", Role.VP_CS),
            new DemoPerson("revops", "Sam Whitaker", "Director of Revenue Operations", Role.REVOPS),
            new DemoPerson("board", "Ruth Abernathy", "Board member, Series C lead", Role.BOARD),
            new DemoPerson("admin", "Alex Kim", "Business Systems Administrator", Role.ADMIN));

    private final CompanyService company;
    private final PersonService people;

    DemoCompany(CompanyService company, PersonService people) {
        this.company = company;
        this.people = people;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        CompanyProfile profile = company.profile();
        if (profile.version() == 0) {
            company.describe(NAME, FISCAL_YEAR_STARTS_IN_FEBRUARY, profile.version());
            // Headquartered in New York, where its meetings are held: its day (the daily digest) begins there.
            company.placeIn(java.time.ZoneId.of("America/New_York"));
            log.info("Loading the demo company, {}.", NAME);
        }
        company.addSegmentIfAbsent("enterprise", "Enterprise", 1);
        company.addSegmentIfAbsent("mid-market", "Mid-market", 2);
        company.addSegmentIfAbsent("smb", "SMB", 3);
        for (DemoPerson p : TEAM) {
            people.addDemoPersonIfAbsent(new PersonDetails(p.name(), p.email(), p.username(), p.title()),
                    EnumSet.of(p.role()), DEMO_PASSWORD);
        }
    }
}
