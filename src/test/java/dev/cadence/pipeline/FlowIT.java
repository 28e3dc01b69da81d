package dev.cadence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.pipeline.FlowBucket.Side;
import dev.cadence.pipeline.StageMeaning.Outcome;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What moved, computed in SQL, against FlowBucket's Java classifier on random snapshots; the page, its cost and roles. */
@CadenceIntegrationTest
class FlowIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PipelineImportService imports;
    @Autowired
    FlowService flows;
    @Autowired
    PersonService people;
    @Autowired
    CompanyService company;

    CadenceUser revops;
    /** Each test's deals and dates are its own: ids carry this marker, dates lie in a year no other test uses. */
    String marker;
    LocalDate day;
    FiscalQuarter quarter;

    @BeforeEach
    void setUp() {
        revops = people.principalOf("revops");
        marker = "F" + System.nanoTime() % 1_000_000_000L;
        day = SnapshotYears.day();
        quarter = FiscalQuarter.of(day.plusWeeks(1), company.profile().fiscalYearStartMonth());
    }

    /** A deal as one snapshot has it. */
    record Deal(String id, String segment, String owner, String source, String stage, Outcome outcome, String category,
                BigDecimal amount, LocalDate close) {

        Side side() {
            return new Side(outcome, close, amount);
        }

        String csv() {
            return id + ",Deal " + id + ",Account " + id + "," + owner + "," + segment + ",New Business," + stage + "," + category
                    + "," + amount.toPlainString() + "," + close + ",," + source;
        }
    }

    private SnapshotSummary store(LocalDate asOf, Iterable<Deal> deals) {
        StringBuilder csv = new StringBuilder(String.join(",", ExportFormat.CADENCE_COLUMNS)).append("\r\n");
        deals.forEach(d -> csv.append(d.csv()).append("\r\n"));
        return imports.importExport(csv.toString().getBytes(StandardCharsets.UTF_8), null, asOf, false, revops);
    }

    private static final String[] OPEN_STAGES = {"Discovery", "Proposal", "Negotiation"};
    private static final String[] OPEN_CATEGORIES = {"pipeline", "best case", "commit", "omitted"};

    private Deal random(Random r, String id, String segment) {
        double roll = r.nextDouble();
        Outcome outcome = roll < 0.06 ? Outcome.WON : roll < 0.12 ? Outcome.LOST : Outcome.OPEN;
        return withOutcome(r, new Deal(id, segment, "Owner " + r.nextInt(6), "Source " + r.nextInt(4), null, outcome, null,
                cents(r), closeDate(r)), outcome);
    }

    private static Deal withOutcome(Random r, Deal d, Outcome outcome) {
        return switch (outcome) {
            case WON -> new Deal(d.id(), d.segment(), d.owner(), d.source(), "Closed Won", Outcome.WON, "closed", d.amount(), d.close());
            case LOST -> new Deal(d.id(), d.segment(), d.owner(), d.source(), "Closed Lost", Outcome.LOST, "omitted", d.amount(), d.close());
            case OPEN -> new Deal(d.id(), d.segment(), d.owner(), d.source(), OPEN_STAGES[r.nextInt(OPEN_STAGES.length)], Outcome.OPEN,
                    OPEN_CATEGORIES[r.nextInt(OPEN_CATEGORIES.length)], d.amount(), d.close());
        };
    }

    private static BigDecimal cents(Random r) {
        return BigDecimal.valueOf(r.nextLong(10_000, 50_000_000), 2);
    }

    /** Within 50 days either side of the quarter: before it, in it, after it. */
    private LocalDate closeDate(Random r) {
        return quarter.start().minusDays(50).plusDays(r.nextInt((int) (quarter.end().toEpochDay() - quarter.start().toEpochDay()) + 100));
    }

    /** How the deal changes from one week to the next: gone, closed, moved, resized, recategorised, or as it was. */
    private Deal next(Random r, Deal d, List<String> segments) {
        Deal n = d;
        if (r.nextDouble() < 0.12) {
            n = withOutcome(r, n, r.nextBoolean() ? Outcome.WON : Outcome.LOST);
        } else if (r.nextDouble() < 0.25) {
            n = withOutcome(r, n, Outcome.OPEN);
        }
        if (r.nextDouble() < 0.3) {
            n = new Deal(n.id(), n.segment(), n.owner(), n.source(), n.stage(), n.outcome(), n.category(), n.amount(), closeDate(r));
        }
        if (r.nextDouble() < 0.3) {
            n = new Deal(n.id(), n.segment(), n.owner(), n.source(), n.stage(), n.outcome(), n.category(), cents(r), n.close());
        }
        if (r.nextDouble() < 0.03) {
            n = new Deal(n.id(), segments.get(r.nextInt(segments.size())), n.owner(), n.source(), n.stage(), n.outcome(), n.category(),
                    n.amount(), n.close());
        }
        return n;
    }

    @Test
    void conversionAndSourcesAreCountedOverTheQuarterWhateverTheTwoSnapshotsCompared() {
        LocalDate start = quarter.start();
        LocalDate close = quarter.start().plusDays(40);
        BigDecimal k100 = new BigDecimal("100000.00");
        BigDecimal k50 = new BigDecimal("50000.00");
        Deal won = new Deal(marker + "-W", "enterprise", "Ava", "Outbound", "Negotiation", Outcome.OPEN, "commit", k100, close);
        Deal lost = new Deal(marker + "-L", "enterprise", "Ava", "Outbound", "Discovery", Outcome.OPEN, "pipeline", k50, close);
        Deal later = new Deal(marker + "-N", "enterprise", "Ava", "Partner", "Discovery", Outcome.OPEN, "pipeline", k50, close);
        store(start, List.of(won, lost));
        store(start.plusWeeks(1), List.of(won, new Deal(lost.id(), "enterprise", "Ava", "Outbound", "Closed Lost", Outcome.LOST,
                "omitted", k50, close), later));
        store(start.plusWeeks(2), List.of(new Deal(won.id(), "enterprise", "Ava", "Outbound", "Closed Won", Outcome.WON, "closed",
                k100, close), later));

        // Compared: the last two weeks only; conversion and sources still start on the quarter's first day.
        FlowPage page = flows.page(start.plusWeeks(1), start.plusWeeks(2), "enterprise", quarter.key(), revops);
        assertThat(page.quarterFrom().asOf()).isEqualTo(start);
        assertThat(page.conversion()).extracting(StageConversion::stage, StageConversion::deals, StageConversion::won,
                StageConversion::lost).containsExactly(org.assertj.core.groups.Tuple.tuple("Negotiation", 1, 1, 0),
                org.assertj.core.groups.Tuple.tuple("Discovery", 1, 0, 1));
        assertThat(page.sources()).extracting(SourcePipeline::source, SourcePipeline::amount, SourcePipeline::added)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Partner", k50, k50));
    }

    @Test
    void onRandomSnapshotsTheWaterfallAddsUpToTheCentAndEveryDealIsInOneBucket() {
        Random r = new Random(System.nanoTime());
        List<String> segments = company.segments().stream().map(SegmentView::key).toList();
        Map<String, Deal> first = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            String id = marker + "-" + i;
            first.put(id, random(r, id, segments.get(r.nextInt(segments.size()))));
        }
        Map<String, Deal> second = new LinkedHashMap<>();
        first.values().forEach(d -> {
            if (r.nextDouble() >= 0.08) {
                second.put(d.id(), next(r, d, segments));
            }
        });
        for (int i = 300; i < 340; i++) {
            String id = marker + "-" + i;
            second.put(id, random(r, id, segments.get(r.nextInt(segments.size()))));
        }
        store(day, first.values());
        store(day.plusWeeks(1), second.values());

        FlowService.Scoped<Flow> all = flows.flow(day, day.plusWeeks(1), null, null, revops);
        assertThat(all.scope().quarter()).as("the quarter of the second snapshot by default").isEqualTo(quarter);
        assertMatchesTheClassifier(all.value(), first, second, null);
        String segment = segments.get(0);
        assertMatchesTheClassifier(flows.flow(day, day.plusWeeks(1), segment, null, revops).value(), first, second, segment);

        Flow flow = all.value();
        FlowDeals pushed = flows.deals(FlowBucket.PUSHED_OUT, day, day.plusWeeks(1), null, null, revops).value();
        assertThat(pushed.matching()).isEqualTo(flow.line(FlowBucket.PUSHED_OUT).deals());
        assertThat(pushed.amount()).isEqualByComparingTo(flow.line(FlowBucket.PUSHED_OUT).amount());
        assertThat(pushed.deals()).allSatisfy(d -> {
            assertThat(d.to().closeDate()).isAfter(quarter.end());
            assertThat(d.counted()).isEqualByComparingTo(d.from().amount());
        });
        FlowDeals increased = flows.deals(FlowBucket.INCREASED, day, day.plusWeeks(1), null, null, revops).value();
        assertThat(increased.amount()).isEqualByComparingTo(flow.line(FlowBucket.INCREASED).amount());
    }

    private void assertMatchesTheClassifier(Flow flow, Map<String, Deal> first, Map<String, Deal> second, String segment) {
        Map<FlowBucket, Flow.Total> expected = new EnumMap<>(FlowBucket.class);
        Flow.Total start = Flow.Total.NONE;
        Flow.Total end = Flow.Total.NONE;
        Set<String> involved = new HashSet<>();
        Set<String> ids = new HashSet<>(first.keySet());
        ids.addAll(second.keySet());
        for (String id : ids) {
            Deal f = first.get(id);
            Deal t = second.get(id);
            // A segment's flow sees each snapshot's deals of that segment.
            f = f == null || segment != null && !segment.equals(f.segment()) ? null : f;
            t = t == null || segment != null && !segment.equals(t.segment()) ? null : t;
            boolean inStart = f != null && f.side().openWithin(quarter.start(), quarter.end());
            boolean inEnd = t != null && t.side().openWithin(quarter.start(), quarter.end());
            if (inStart) {
                start = start.plus(1, f.amount());
                involved.add(id);
            }
            if (inEnd) {
                end = end.plus(1, t.amount());
                involved.add(id);
            }
            FlowBucket b = FlowBucket.classify(f == null ? null : f.side(), t == null ? null : t.side(), quarter.start(), quarter.end());
            if (b == null) {
                continue;
            }
            BigDecimal counted = b.direction() == FlowBucket.Direction.OUT ? f.amount() : t.amount();
            expected.merge(b, new Flow.Total(1, counted), (x, y) -> x.plus(y.deals(), y.amount()));
            if (b == FlowBucket.STAYED) {
                FlowBucket change = FlowBucket.amountChange(f.side(), t.side());
                if (change != null) {
                    expected.merge(change, new Flow.Total(1, t.amount().subtract(f.amount()).abs()), (x, y) -> x.plus(y.deals(), y.amount()));
                }
            }
        }
        assertThat(flow.start().deals()).isEqualTo(start.deals());
        assertThat(flow.start().amount()).isEqualByComparingTo(start.amount());
        assertThat(flow.end().deals()).isEqualTo(end.deals());
        assertThat(flow.end().amount()).isEqualByComparingTo(end.amount());
        for (Flow.Line line : flow.lines()) {
            Flow.Total e = expected.getOrDefault(line.bucket(), Flow.Total.NONE);
            assertThat(line.deals()).as(line.bucket() + " deals").isEqualTo(e.deals());
            assertThat(line.amount()).as(line.bucket() + " amount").isEqualByComparingTo(e.amount());
        }
        assertThat(flow.stayed().deals()).isEqualTo(expected.getOrDefault(FlowBucket.STAYED, Flow.Total.NONE).deals());
        assertThat(flow.wonOutside().amount()).isEqualByComparingTo(expected.getOrDefault(FlowBucket.WON_OUTSIDE, Flow.Total.NONE).amount());

        // start + new + pulled in + increased − decreased − pushed out − won − lost − removed = end, to the cent
        BigDecimal waterfall = flow.start().amount()
                .add(flow.line(FlowBucket.NEW).amount()).add(flow.line(FlowBucket.PULLED_IN).amount())
                .add(flow.line(FlowBucket.INCREASED).amount()).subtract(flow.line(FlowBucket.DECREASED).amount())
                .subtract(flow.line(FlowBucket.PUSHED_OUT).amount()).subtract(flow.line(FlowBucket.WON).amount())
                .subtract(flow.line(FlowBucket.LOST).amount()).subtract(flow.line(FlowBucket.REMOVED).amount());
        assertThat(waterfall).isEqualByComparingTo(flow.end().amount()).isEqualByComparingTo(flow.waterfallEnd());
        assertThat(flow.dealsInvolved()).as("each deal in start or end in exactly one bucket").isEqualTo(involved.size());
        assertThat(flow.matrix().rows().stream().mapToInt(row -> row.total().deals()).sum()).isEqualTo(involved.size());
        assertThat(involved).as("the random data moves something").isNotEmpty();
    }

    private Deal open(String n, String stage, String category, String amount, LocalDate close) {
        return new Deal(marker + "-" + n, "enterprise", "Ava Reed", "Outbound", stage, Outcome.OPEN, category, new BigDecimal(amount), close);
    }

    @Test
    void thePageDrawsTheWaterfallAndEachBucketListsItsDeals() throws Exception {
        LocalDate in = quarter.start().plusDays(20);
        store(day, List.of(open("1", "Negotiation", "commit", "300000", in), open("2", "Proposal", "best case", "80000", in)));
        store(day.plusWeeks(1), List.of(open("1", "Negotiation", "commit", "300000", quarter.end().plusDays(30)),
                open("2", "Proposal", "commit", "90000", in), open("3", "Discovery", "pipeline", "25000", in)));
        MockHttpSession cro = SignIn.demo(mvc, "cro");

        mvc.perform(get("/pipeline/flow").param("from", day.toString()).param("to", day.plusWeeks(1).toString()).session(cro))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg class=\"waterfall\"")))
                .andExpect(content().string(containsString("/pipeline/flow/deals?bucket=pushed_out&amp;from=" + day)))
                .andExpect(content().string(containsString("$380,000")))
                .andExpect(content().string(containsString("$115,000")))
                .andExpect(content().string(containsString("Pushed out")));

        mvc.perform(get("/pipeline/flow/deals").param("bucket", "pushed_out").param("from", day.toString())
                        .param("to", day.plusWeeks(1).toString()).session(cro))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deal " + marker + "-1")))
                .andExpect(content().string(containsString("/pipeline/deals/" + marker + "-1")))
                .andExpect(content().string(containsString("1 deal, $300,000")));
        mvc.perform(get("/pipeline/flow/deals").param("bucket", "new").param("from", day.toString())
                        .param("to", day.plusWeeks(1).toString()).param("segment", "enterprise").session(cro))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deal " + marker + "-3")));

        mvc.perform(get("/api/v1/pipeline/flow").param("from", day.toString()).param("to", day.plusWeeks(1).toString())
                        .header("Authorization", "Bearer cadence-demo-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarter").value(quarter.key()))
                .andExpect(jsonPath("$.start.amount").value(380000.0))
                .andExpect(jsonPath("$.end.amount").value(115000.0))
                .andExpect(jsonPath("$.buckets[?(@.bucket == 'pushed_out')].amount").value(300000.0))
                .andExpect(jsonPath("$.buckets[?(@.bucket == 'increased')].amount").value(10000.0))
                .andExpect(jsonPath("$.buckets[?(@.bucket == 'new')].deals").value(1));
    }

    @Test
    void thePageCostsTheSameStatementsWhateverTheSnapshotsAndDeals() throws Exception {
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        LocalDate in = quarter.start().plusDays(20);
        store(day, List.of(open("1", "Negotiation", "commit", "1000", in)));
        store(day.plusWeeks(1), List.of(open("1", "Negotiation", "commit", "1000", in)));
        long one = SqlStatements.countDuring(() -> mvc.perform(get("/pipeline/flow").param("from", day.toString())
                .param("to", day.plusWeeks(1).toString()).session(cro)).andExpect(status().isOk()));
        long oneBucket = SqlStatements.countDuring(() -> mvc.perform(get("/pipeline/flow/deals").param("bucket", "stayed")
                .param("from", day.toString()).param("to", day.plusWeeks(1).toString()).session(cro)).andExpect(status().isOk()));
        for (int week = 2; week <= 5; week++) {
            List<Deal> deals = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                deals.add(open(String.valueOf(i), "Negotiation", i % 2 == 0 ? "commit" : "pipeline", String.valueOf(1000 + i * week),
                        in.plusDays(i + week * 7L)));
            }
            store(day.plusWeeks(week), deals);
        }
        long many = SqlStatements.countDuring(() -> mvc.perform(get("/pipeline/flow").param("from", day.plusWeeks(2).toString())
                .param("to", day.plusWeeks(5).toString()).session(cro)).andExpect(status().isOk()));
        long manyBucket = SqlStatements.countDuring(() -> mvc.perform(get("/pipeline/flow/deals").param("bucket", "pushed_out")
                .param("from", day.plusWeeks(2).toString()).param("to", day.plusWeeks(5).toString()).session(cro))
                .andExpect(status().isOk()));
        assertThat(many).isEqualTo(one).isLessThanOrEqualTo(12);
        assertThat(manyBucket).isEqualTo(oneBucket).isLessThanOrEqualTo(8);
    }

    @Test
    void theBoardGets403OnTheFlowItsDealsAndItsApi() throws Exception {
        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/pipeline/flow").session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline/flow/deals").param("bucket", "won").session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pipeline/flow").session(board)).andExpect(status().isForbidden());
    }
}
