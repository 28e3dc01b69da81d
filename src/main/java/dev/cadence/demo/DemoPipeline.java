package dev.cadence.demo;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.pipeline.ExportFormat;
import dev.cadence.pipeline.PipelineImportService;
import dev.cadence.pipeline.PipelineService;
import dev.cadence.web.ApplicationClock;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brightline's pipeline as weekly Monday snapshots, from the start of the quarter before last to this week:
 * a few hundred deals across the three segments, moving through the stages, pushed, won and lost as
 * pipelines do — and the scorecard's story: Northwind ($420K, pushed twice) and Helix Bank ($380K) were
 * enterprise commits for this quarter until they slipped into the next one in the last three weeks.
 * Every snapshot is imported through the ordinary import, as RevOps would. Loaded once.
 */
@Component
@Profile("!prod")
@Order(40)
class DemoPipeline implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPipeline.class);

    private static final String[] STAGES = {"Discovery", "Qualification", "Solution fit", "Proposal", "Negotiation",
            "Closed Won", "Closed Lost"};
    private static final String[] CATEGORIES = {"pipeline", "pipeline", "best_case", "best_case", "commit", "closed", "omitted"};
    private static final int WON = 5;
    private static final int LOST = 6;
    private static final int WARM_UP_WEEKS = 16;
    private static final int CLOSED_KEPT_WEEKS = 4;

    private static final String[] ACCOUNT_NAMES = {"Contoso", "Fabrikam", "Globex", "Initech", "Umbrella", "Vertex", "Acme",
            "Tyrell", "Hooli", "Aperture", "Oscorp", "Wonka", "Stark", "Cyberdyne", "Soylent", "Massive Dynamic", "Vandelay",
            "Gringotts", "Monarch", "Dunder", "Bluth", "Prestige", "Sterling", "Pinnacle", "Atlas", "Summit", "Harbor", "Keystone",
            "Meridian", "Beacon", "Cobalt", "Evergreen", "Lumen", "Nimbus", "Quantum", "Redwood", "Silverline", "Tidal", "Zenith"};
    private static final String[] ACCOUNT_KINDS = {"Bank", "Health", "Logistics", "Labs", "Systems", "Retail", "Insurance",
            "Energy", "Analytics", "Media", "Capital", "Foods"};
    private static final String[] SOURCES = {"Outbound", "Inbound demo request", "Partner referral", "Event", "Customer expansion"};

    private record Segment(String key, String[] owners, int newPerWeek, int minAmount, int maxAmount, int minDays, int maxDays) {
    }

    private static final List<Segment> SEGMENTS = List.of(
            new Segment("enterprise", new String[] {"Jordan Blake", "Marcus Webb", "Sofia Lindgren", "Ethan Brooks"}, 2,
                    80_000, 450_000, 90, 150),
            new Segment("mid-market", new String[] {"Priya Shah", "Liam O'Connor", "Chloe Martin", "Noah Fischer", "Grace Kim"}, 4,
                    25_000, 90_000, 45, 90),
            new Segment("smb", new String[] {"Ava Reed", "Mateo Silva", "Hannah Cole", "Ryan Patel"}, 5, 6_000, 25_000, 20, 45));

    /** A deal as the simulation moves it week by week. */
    private static final class Deal {
        final String id;
        final String name;
        final String account;
        final String owner;
        final String segment;
        final String type;
        final String source;
        final LocalDate created;
        BigDecimal amount;
        LocalDate close;
        int stage;
        LocalDate closedOn;
        /** The story's deals move only as the story says. */
        boolean scripted;

        Deal(String id, String name, String account, String owner, String segment, String type, String source,
             LocalDate created, BigDecimal amount, LocalDate close, int stage) {
            this.id = id;
            this.name = name;
            this.account = account;
            this.owner = owner;
            this.segment = segment;
            this.type = type;
            this.source = source;
            this.created = created;
            this.amount = amount;
            this.close = close;
            this.stage = stage;
        }

        boolean open() {
            return stage < WON;
        }
    }

    private final PipelineImportService imports;
    private final PipelineService pipeline;
    private final PersonService people;
    private final CompanyService company;
    private final ApplicationClock clock;

    DemoPipeline(PipelineImportService imports, PipelineService pipeline, PersonService people, CompanyService company,
                 ApplicationClock clock) {
        this.imports = imports;
        this.pipeline = pipeline;
        this.people = people;
        this.company = company;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        CadenceUser revops = people.principalOf("revops");
        if (!pipeline.snapshots(revops).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate lastMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        FiscalQuarter current = FiscalQuarter.of(lastMonday, company.profile().fiscalYearStartMonth());
        LocalDate firstMonday = current.plus(-2).start().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Random random = new Random(20_261_201L);
        List<Deal> deals = new ArrayList<>();
        int[] sequence = {0};
        Story story = new Story(lastMonday, current);
        int snapshots = 0;
        for (LocalDate week = firstMonday.minusWeeks(WARM_UP_WEEKS); !week.isAfter(lastMonday); week = week.plusWeeks(1)) {
            simulateWeek(week, deals, random, sequence);
            story.apply(week, deals);
            if (!week.isBefore(firstMonday)) {
                byte[] export = export(week, deals);
                try (var at = clock.at(week.atTime(7, 30).toInstant(ZoneOffset.UTC))) {
                    imports.importExport(export, "brightline-pipeline-" + week + ".csv", week, false, revops);
                }
                snapshots++;
            }
        }
        log.info("Demo pipeline: {} weekly snapshots loaded in {} ms", snapshots, (System.nanoTime() - started) / 1_000_000);
    }

    private static void simulateWeek(LocalDate week, List<Deal> deals, Random random, int[] sequence) {
        deals.removeIf(d -> !d.open() && d.closedOn.isBefore(week.minusWeeks(CLOSED_KEPT_WEEKS)));
        for (Deal d : deals) {
            if (!d.open() || d.scripted) {
                continue;
            }
            if (random.nextDouble() < 0.25 && d.stage < 4) {
                d.stage++;
            }
            if (random.nextDouble() < 0.05) {
                double change = 0.8 + random.nextDouble() * 0.4;
                d.amount = d.amount.multiply(BigDecimal.valueOf(change)).setScale(-3, RoundingMode.HALF_UP).setScale(2);
            }
            if (d.close.isBefore(week.plusDays(7))) {
                double roll = random.nextDouble();
                double win = d.stage == 4 ? 0.7 : d.stage == 3 ? 0.35 : 0.05;
                double lose = d.stage == 4 ? 0.15 : d.stage == 3 ? 0.25 : 0.45;
                if (roll < win) {
                    d.stage = WON;
                    d.closedOn = week;
                } else if (roll < win + lose) {
                    d.stage = LOST;
                    d.closedOn = week;
                } else {
                    d.close = d.close.plusDays(21 + random.nextInt(45));
                }
            } else if (random.nextDouble() < 0.03) {
                d.close = d.close.plusDays(14 + random.nextInt(40));
            }
        }
        for (Segment s : SEGMENTS) {
            int count = s.newPerWeek() + random.nextInt(3) - 1;
            for (int i = 0; i < count; i++) {
                deals.add(newDeal(s, week.minusDays(random.nextInt(7)), random, ++sequence[0]));
            }
        }
    }

    private static Deal newDeal(Segment s, LocalDate created, Random random, int n) {
        String account = ACCOUNT_NAMES[random.nextInt(ACCOUNT_NAMES.length)] + " " + ACCOUNT_KINDS[random.nextInt(ACCOUNT_KINDS.length)];
        double kind = random.nextDouble();
        String type = kind < 0.65 ? "New Business" : kind < 0.9 ? "Expansion" : "Renewal";
        String name = account + " – " + switch (type) {
            case "Expansion" -> (50 + random.nextInt(30) * 10) + " seats";
            case "Renewal" -> "Renewal, multi-year";
            default -> random.nextBoolean() ? "Platform" : "Growth plan";
        };
        BigDecimal amount = BigDecimal.valueOf(s.minAmount() + random.nextInt(s.maxAmount() - s.minAmount()))
                .setScale(-3, RoundingMode.HALF_UP).setScale(2);
        String source = type.equals("New Business") ? SOURCES[random.nextInt(4)] : SOURCES[4];
        return new Deal(String.format("006Bl00000%08dAAA", n).substring(0, 18), name, account,
                s.owners()[random.nextInt(s.owners().length)], s.key(), type, source, created, amount,
                created.plusDays(s.minDays() + random.nextInt(s.maxDays() - s.minDays())), 0);
    }

    /**
     * The scorecard's story: Northwind ($420K) was called commit for this quarter, slipped within it seven weeks ago
     * and out of it three weeks ago; Helix Bank ($380K) was commit for January and slipped into the next quarter
     * two weeks ago.
     */
    private static final class Story {
        private final LocalDate lastMonday;
        private final FiscalQuarter current;
        private Deal northwind;
        private Deal helix;

        Story(LocalDate lastMonday, FiscalQuarter current) {
            this.lastMonday = lastMonday;
            this.current = current;
        }

        void apply(LocalDate week, List<Deal> deals) {
            if (week.equals(lastMonday.minusWeeks(18))) {
                northwind = scripted(new Deal("006Bl00000NWTRDAAA", "Northwind Traders – Platform, 3-year", "Northwind Traders",
                        "Jordan Blake", "enterprise", "New Business", "Partner referral", week, new BigDecimal("420000.00"),
                        current.start().plusDays(47), 2));
                helix = scripted(new Deal("006Bl00000HLXBKAAA", "Helix Bank – Enterprise rollout", "Helix Bank", "Marcus Webb",
                        "enterprise", "New Business", "Outbound", week.minusWeeks(2), new BigDecimal("380000.00"),
                        current.end().minusDays(2), 2));
                deals.add(northwind);
                deals.add(helix);
            }
            if (northwind == null) {
                return;
            }
            if (week.equals(lastMonday.minusWeeks(12))) {
                northwind.stage = 3;
                helix.stage = 3;
            }
            if (week.equals(lastMonday.minusWeeks(9))) {
                northwind.stage = 4;
                helix.stage = 4;
            }
            if (week.equals(lastMonday.minusWeeks(7))) {
                northwind.close = current.end().minusDays(9);
            }
            if (week.equals(lastMonday.minusWeeks(3))) {
                northwind.close = current.next().start().plusDays(25);
                northwind.stage = 3;
            }
            if (week.equals(lastMonday.minusWeeks(2))) {
                helix.close = current.next().start().plusDays(39);
            }
        }

        private static Deal scripted(Deal d) {
            d.scripted = true;
            return d;
        }
    }

    private static byte[] export(LocalDate week, List<Deal> deals) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(ExportFormat.CADENCE_COLUMNS.toArray(String[]::new)).get())) {
            for (Deal d : deals) {
                if (d.created.isAfter(week)) {
                    continue;
                }
                csv.printRecord(d.id, d.name, d.account, d.owner, d.segment, d.type, STAGES[d.stage], CATEGORIES[d.stage],
                        d.amount.toPlainString(), d.close, d.created, d.source);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
