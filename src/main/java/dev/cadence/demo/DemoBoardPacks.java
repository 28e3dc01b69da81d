package dev.cadence.demo;

import dev.cadence.boardpack.BoardPackService;
import dev.cadence.boardpack.PackSection;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.web.ApplicationClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brightline's board packs: last quarter's, its commentary written by the CEO, the CFO and the CRO in the week after the
 * quarter closed and finalized by the CEO, so the board has a final pack to read; and this quarter's in draft, with the
 * headline and a few sections' commentary written so far. Through the ordinary service, at the instants it happened,
 * after everything the pack reads is loaded. Loaded once: nothing is added when last quarter's pack exists.
 */
@Component
@Profile("!prod")
@Order(70)
class DemoBoardPacks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBoardPacks.class);

    private final BoardPackService packs;
    private final PersonService people;
    private final ApplicationClock clock;

    DemoBoardPacks(BoardPackService packs, PersonService people, ApplicationClock clock) {
        this.packs = packs;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cfo = people.principalOf("cfo");
        CadenceUser cro = people.principalOf("cro");
        FiscalQuarter current = packs.currentQuarter();
        FiscalQuarter last = current.previous();
        boolean loaded = packs.list(ceo).stream().anyMatch(r -> r.quarterKey().equals(last.key()) && !r.versions().isEmpty());
        if (loaded) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        LocalDate yesterday = today.minusDays(1);
        // The pack closes a week after the quarter: commentary on the Tuesday and Wednesday, finalized on the Thursday.
        LocalDate finalDay = min(last.end().plusDays(8), yesterday);
        write(last, PackSection.SCORECARD, cro, finalDay.minusDays(2), 10, """
                Most metrics are on track or close to it. Speed-to-lead is the miss that matters: two SDRs left in September and \
                the afternoon queue now waits over 40 minutes; backfills start in November.""");
        write(last, PackSection.FORECAST, cro, finalDay.minusDays(2), 11, """
                We landed within a few points of the mid-quarter call. Enterprise was called high early again; mid-market \
                sandbagged. From this quarter, commit requires a signed mutual close plan for every deal over $150K.""");
        write(last, PackSection.ARR_BRIDGE, cfo, finalDay.minusDays(2), 14, """
                Net retention held above 100% because the analytics add-on beat its expansion plan. Churn ran ahead of the first \
                call: three SMB logos left on price after the list-price rise and Keystone Foods consolidated vendors.""");
        write(last, PackSection.DRIVERS, cfo, finalDay.minusDays(1), 9, """
                The ARR plan became a value-driver tree after the quarter closed, so this pack has none to read. From next \
                quarter the pack shows its outcome, its gap and the levers off their assumptions, mid-market win rate first.""");
        write(last, PackSection.DECISIONS, ceo, finalDay.minusDays(1), 10, """
                Renewal ownership moved to Customer Success with a CRO escalation path; it was re-opened once and confirmed. \
                Every decision went out with one message to the org, signed by both of us.""");
        write(last, PackSection.EXPERIMENTS, cro, finalDay.minusDays(1), 11, """
                Success criteria were fixed before each test started. We scale what met its criterion, and we retire what did \
                not rather than extend it.""");
        write(last, PackSection.RISKS, ceo, finalDay.minusDays(1), 15, """
                Risk: enterprise coverage for next quarter is below 3x after two large deals slipped. \
                Ask: an introduction to two CFOs in the board's network for the finance-led buying committee pilot, and approval \
                of the two SDR backfills already in the plan.""");
        write(last, PackSection.SUMMARY, ceo, finalDay, 9, """
                A quarter on plan for retention and slightly short on new bookings: NRR held above 100% on add-on expansion, \
                and we are fixing pipeline coverage before it costs us next quarter.""");
        at(finalDay, 16, ceo, () -> packs.finalizePack(last.key(), 1, packVersion, ceo));

        // This quarter's draft: the headline and the sections the leadership has started on.
        LocalDate draftDay = max(yesterday, current.start());
        write(current, PackSection.SUMMARY, ceo, draftDay, 9, """
                Retention is the quarter's risk: churn is climbing with the at-risk list while enterprise expansion slipped, and \
                the forecast depends on two deals that moved out.""");
        write(current, PackSection.FORECAST, cro, draftDay, 11, """
                Enterprise commit dropped when Northwind and then Helix Bank pushed out; mid-market is tracking to target. \
                We will not pull deals forward with discounts to close the gap.""");
        write(current, PackSection.ARR_BRIDGE, cfo, draftDay, 14, """
                Churn forecast is up from the opening call: Corvid Logistics is escalated to the CRO and weighted at 30%. \
                Expansion is trimmed to what is in legal.""");
        log.info("Demo board packs: {} final, {} in draft, in {} ms", last.label(), current.label(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The version of the pack last written to: what its finalizer has seen. */
    private long packVersion;

    /** A section's first commentary (the demo loads only where nothing is written yet). */
    private void write(FiscalQuarter q, PackSection section, CadenceUser who, LocalDate day, int hour, String text) {
        at(day, hour, who, () -> packVersion = packs.saveCommentary(q.key(), 1, section, text, null, who).packVersion());
    }

    private void at(LocalDate day, int hour, CadenceUser who, Runnable step) {
        Instant when = day.atTime(hour, section(hour)).toInstant(ZoneOffset.UTC);
        try (var at = clock.at(when)) {
            RunAs.run(who, step);
        }
    }

    /** A minute within the hour so that two entries in one hour are not at the same instant. */
    private final Map<Integer, Integer> minutes = new java.util.HashMap<>();

    private int section(int hour) {
        return minutes.merge(hour, 7, (a, b) -> (a + b) % 60);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
