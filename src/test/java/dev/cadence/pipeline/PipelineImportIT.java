package dev.cadence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.support.CadenceIntegrationTest;
import dev.cadence.support.SignIn;
import dev.cadence.support.SqlStatements;
import dev.cadence.web.ConflictException;
import dev.cadence.web.StaleEditException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@CadenceIntegrationTest
class PipelineImportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PipelineImportService imports;
    @Autowired
    PipelineService pipeline;
    @Autowired
    PersonService people;
    @Autowired
    JdbcTemplate jdbc;

    CadenceUser revops;
    /** Each test's deals and dates are its own: ids carry this marker, dates lie in a year no other test uses. */
    String marker;
    LocalDate day;

    @BeforeEach
    void setUp() {
        revops = people.principalOf("revops");
        marker = "T" + System.nanoTime() % 1_000_000_000L;
        day = SnapshotYears.day();
    }

    private String cadenceCsv(String... lines) {
        StringBuilder csv = new StringBuilder(String.join(",", ExportFormat.CADENCE_COLUMNS)).append("\r\n");
        for (String line : lines) {
            csv.append(line.replace("ID-", marker + "-")).append("\r\n");
        }
        return csv.toString();
    }

    private static String deal(String id, String stage, String category, String amount, LocalDate close) {
        return id + ",Deal " + id + ",Acme,Ava Reed,enterprise,New Business," + stage + "," + category + "," + amount + "," + close
                + ",,Outbound";
    }

    @Test
    void anExportIsPreviewedLineByLineThenStoredWhenConfirmed() throws Exception {
        String csv = cadenceCsv(deal("ID-1", "Negotiation", "commit", "120000", day.plusMonths(2)),
                deal("ID-2", "Discovery", "pipeline", "45000.50", day.plusMonths(3)));
        MockHttpSession session = SignIn.demo(mvc, "revops");

        String preview = mvc.perform(multipart("/pipeline/import")
                        .file(new MockMultipartFile("file", "pipeline.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("asOf", day.toString()).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(preview).startsWith("/pipeline/import/").endsWith("?asOf=" + day);
        assertThat(pipeline.snapshots(revops)).noneMatch(s -> s.asOf().equals(day));

        mvc.perform(get(preview).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 deals read")))
                .andExpect(content().string(containsString("Deal " + marker + "-1")))
                .andExpect(content().string(containsString("$45,000.50")));

        String uploadId = preview.substring("/pipeline/import/".length(), preview.indexOf('?'));
        mvc.perform(post("/pipeline/import/" + uploadId + "/commit").param("asOf", day.toString()).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());

        SnapshotSummary stored = pipeline.snapshots(revops).stream().filter(s -> s.asOf().equals(day)).findFirst().orElseThrow();
        assertThat(stored.dealCount()).isEqualTo(2);
        assertThat(stored.openAmount()).isEqualByComparingTo("165000.50");
        mvc.perform(get("/pipeline").param("snapshot", day.toString()).session(SignIn.demo(mvc, "cro")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deal " + marker + "-1")))
                .andExpect(content().string(containsString("$120,000")));
    }

    @Test
    void aFileWithOneBadLineStoresNothing() throws Exception {
        String csv = cadenceCsv(deal("ID-1", "Negotiation", "commit", "120000", day.plusMonths(2)),
                deal("ID-2", "Discovery", "pipeline", "\"1,5\"", day.plusMonths(3)));
        long upload = imports.upload(csv.getBytes(StandardCharsets.UTF_8), "bad.csv", revops);

        ImportPreview preview = imports.preview(upload, day, revops);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.lines().get(1).line()).isEqualTo(3);
        assertThat(preview.lines().get(1).errors()).singleElement().asString().contains("\"1,5\" is not an amount");

        assertThatThrownBy(() -> imports.commit(upload, day, null, Map.of(), revops))
                .isInstanceOf(ExportRefusedException.class).hasMessageContaining("line 3");
        assertThat(pipeline.snapshots(revops)).noneMatch(s -> s.asOf().equals(day));
    }

    @Test
    void reImportingADateShowsWhatWouldChangeAndReplacesOnlyOnTheVersionPreviewed() {
        String first = cadenceCsv(deal("ID-1", "Negotiation", "commit", "120000", day.plusMonths(2)),
                deal("ID-2", "Discovery", "pipeline", "45000", day.plusMonths(3)));
        SnapshotSummary stored = imports.importExport(first.getBytes(StandardCharsets.UTF_8), null, day, false, revops);

        SnapshotSummary again = imports.importExport(first.getBytes(StandardCharsets.UTF_8), null, day, false, revops);
        assertThat(again.version()).as("the same file again changes nothing").isEqualTo(stored.version());

        String second = cadenceCsv(deal("ID-1", "Negotiation", "commit", "150000", day.plusMonths(2)),
                deal("ID-3", "Discovery", "pipeline", "10000", day.plusMonths(3)));
        assertThatThrownBy(() -> imports.importExport(second.getBytes(StandardCharsets.UTF_8), null, day, false, revops))
                .isInstanceOf(ConflictException.class).hasMessageContaining("snapshot of " + day + " already");

        long upload = imports.upload(second.getBytes(StandardCharsets.UTF_8), "second.csv", revops);
        ImportPreview preview = imports.preview(upload, day, revops);
        assertThat(preview.existing().version()).isEqualTo(stored.version());
        assertThat(preview.changes()).isEqualTo(new ImportPreview.Changes(1, 1, 1, 0));

        assertThatThrownBy(() -> imports.commit(upload, day, stored.version() + 1, Map.of(), revops))
                .isInstanceOf(StaleEditException.class);
        SnapshotSummary replaced = imports.commit(upload, day, stored.version(), Map.of(), revops);
        assertThat(replaced.version()).isEqualTo(stored.version() + 1);
        assertThat(replaced.openAmount()).isEqualByComparingTo("160000");
    }

    @Test
    void stagesWithoutACategoryAreMappedOnceAndRemembered() {
        String stage = "Stage " + marker;
        String hubspot = "Record ID\tDeal Name\tDeal Stage\tAmount\tClose Date\tCreate Date\tDeal owner\tForecast category\r\n"
                + marker + "-1\tAcme\t" + stage + "\t$21,000\t" + day.plusMonths(1) + " 10:36\t" + day + "\tAva Reed\t\r\n";
        byte[] file = utf16(hubspot);
        long upload = imports.upload(file, "hubspot.tsv", revops);
        ImportPreview preview = imports.preview(upload, day, revops);
        assertThat(preview.format()).isEqualTo(ExportFormat.HUBSPOT);
        assertThat(preview.unmappedStages()).containsExactly(stage);
        assertThatThrownBy(() -> imports.commit(upload, day, null, Map.of(), revops))
                .isInstanceOf(ExportRefusedException.class).hasMessageContaining(stage);

        imports.commit(upload, day, null, Map.of(stage, StageMeaning.BEST_CASE), revops);

        assertThat(imports.stageMappings(revops)).anySatisfy(m -> {
            assertThat(m.stage()).isEqualTo(stage);
            assertThat(m.meaning()).isEqualTo(StageMeaning.BEST_CASE);
        });
        long next = imports.upload(file, "hubspot.tsv", revops);
        assertThat(imports.preview(next, day.plusDays(7), revops).unmappedStages()).isEmpty();
    }

    @Test
    void aDealPushedTwiceIsInspectedAndItsHistoryShowsEachPush() throws Exception {
        LocalDate close = day.plusMonths(1);
        for (int week = 0; week < 4; week++) {
            LocalDate closing = week == 0 ? close : close.plusMonths(Math.min(week, 2));
            imports.importExport(cadenceCsv(deal("ID-1", "Negotiation", "commit", "300000", closing),
                    deal("ID-2", "Discovery", "pipeline", "1000", close.plusMonths(2))).getBytes(StandardCharsets.UTF_8),
                    null, day.plusWeeks(week), false, revops);
        }
        PipelinePage page = pipeline.page(day.plusWeeks(3), DealFilter.ANY, 2, revops);
        assertThat(page.pushed()).extracting(DealView::dealId).contains(marker + "-1").doesNotContain(marker + "-2");
        assertThat(page.pushed().stream().filter(d -> d.dealId().equals(marker + "-1")).findFirst().orElseThrow().pushCount())
                .isEqualTo(2);
        assertThat(page.stale()).extracting(DealView::dealId).as("unchanged since the first week").contains(marker + "-2");

        DealHistory history = pipeline.deal(marker + "-1", revops);
        assertThat(history.pushes()).isEqualTo(2);
        assertThat(history.entries()).extracting(DealHistory.Entry::pushed).containsExactly(false, true, true, false);
        mvc.perform(get("/pipeline/deals/" + marker + "-1").session(SignIn.demo(mvc, "ceo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 times")))
                .andExpect(content().string(containsString("Pushed out")));
    }

    @Test
    void aSnapshotLoadedBetweenTwoOthersCorrectsTheLaterOnesPushCounts() {
        LocalDate close = day.plusMonths(1);
        imports.importExport(cadenceCsv(deal("ID-1", "Negotiation", "commit", "300000", close)).getBytes(StandardCharsets.UTF_8),
                null, day, false, revops);
        imports.importExport(cadenceCsv(deal("ID-1", "Negotiation", "commit", "300000", close.plusMonths(2)))
                .getBytes(StandardCharsets.UTF_8), null, day.plusWeeks(2), false, revops);
        imports.importExport(cadenceCsv(deal("ID-1", "Negotiation", "commit", "300000", close.plusMonths(1)))
                .getBytes(StandardCharsets.UTF_8), null, day.plusWeeks(1), false, revops);

        PipelinePage latest = pipeline.page(day.plusWeeks(2), DealFilter.ANY, 4, revops);
        assertThat(latest.pushed()).extracting(DealView::dealId).contains(marker + "-1");
    }

    @Test
    void thePipelinePageCostsTheSameStatementsWhateverTheHistory() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "cro");
        imports.importExport(cadenceCsv(deal("ID-1", "Negotiation", "commit", "300000", day.plusMonths(1))).getBytes(StandardCharsets.UTF_8),
                null, day, false, revops);
        long one = SqlStatements.countDuring(() -> mvc.perform(get("/pipeline").param("snapshot", day.toString()).session(session))
                .andExpect(status().isOk()));
        for (int week = 1; week <= 5; week++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                lines.add(deal("ID-" + i, "Negotiation", "commit", String.valueOf(1000 + i + week), day.plusMonths(1).plusWeeks(week)));
            }
            imports.importExport(cadenceCsv(lines.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8), null,
                    day.plusWeeks(week), false, revops);
        }
        long many = SqlStatements.countDuring(() -> mvc.perform(get("/pipeline").param("snapshot", day.plusWeeks(5).toString())
                .session(session)).andExpect(status().isOk()));
        assertThat(many).isEqualTo(one).isLessThanOrEqualTo(14);
    }

    @Test
    void aPageReadAgainComesFromTheCacheUntilTheNextImportAndAWriteBySqlToo() throws Exception {
        MockHttpSession session = SignIn.demo(mvc, "cro");
        imports.importExport(cadenceCsv(deal("ID-1", "Negotiation", "commit", "300000", day.plusMonths(1))).getBytes(StandardCharsets.UTF_8),
                null, day, false, revops);
        long first = SqlStatements.countDuring(() -> mvc.perform(get("/pipeline").param("snapshot", day.toString()).session(session))
                .andExpect(status().isOk()));
        long again = SqlStatements.countDuring(() -> mvc.perform(get("/pipeline").param("snapshot", day.toString()).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Deal " + marker + "-1"))));
        assertThat(again).as("read again: the change counter only").isLessThan(first).isLessThanOrEqualTo(2);

        imports.importExport(cadenceCsv(deal("ID-1", "Negotiation", "commit", "300000", day.plusMonths(1)),
                deal("ID-2", "Discovery", "pipeline", "25000", day.plusMonths(2))).getBytes(StandardCharsets.UTF_8), null, day, true, revops);
        mvc.perform(get("/pipeline").param("snapshot", day.toString()).session(session))
                .andExpect(content().string(containsString("Deal " + marker + "-2")));

        jdbc.update("update pipeline_deal set name = ? where deal_id = ?", marker + " renamed by hand", marker + "-2");
        mvc.perform(get("/pipeline").param("snapshot", day.toString()).session(session))
                .andExpect(content().string(containsString(marker + " renamed by hand")));
    }

    @Test
    void theBoardReadsNoDealsAndOnlyRevOpsAndAdministratorsImport() throws Exception {
        MockHttpSession board = SignIn.demo(mvc, "board");
        mvc.perform(get("/pipeline").session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline/deals/anything").session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline/stages").session(board)).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline").session(board)).andExpect(content().string(not(containsString("Deal "))));
        MockHttpSession cro = SignIn.demo(mvc, "cro");
        mvc.perform(get("/pipeline").session(cro)).andExpect(status().isOk());
        mvc.perform(get("/pipeline/import").session(cro)).andExpect(status().isForbidden());
        mvc.perform(multipart("/pipeline/import").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {1}))
                .param("asOf", day.toString()).session(cro).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline/import").session(SignIn.demo(mvc, "admin"))).andExpect(status().isOk());
    }

    @Test
    void theApiStoresAnExportAndAnswersBadLinesWithA422ByLine() throws Exception {
        String token = "Bearer cadence-demo-token";
        String csv = cadenceCsv(deal("ID-1", "Negotiation", "commit", "120000", day.plusMonths(2)));
        mvc.perform(post("/api/v1/pipeline/snapshots").param("date", day.toString()).header("Authorization", token)
                        .contentType("text/csv").content(csv))
                .andExpect(status().isCreated())
                .andExpect(content().string(containsString("\"deals\":1")));
        String bad = cadenceCsv(deal("ID-1", "Negotiation", "commit", "12k", day.plusMonths(2)));
        mvc.perform(post("/api/v1/pipeline/snapshots").param("date", day.plusDays(1).toString()).header("Authorization", token)
                        .contentType("text/csv").content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("\"line\":2")))
                .andExpect(content().string(containsString("is not an amount")));
        mvc.perform(get("/api/v1/pipeline/snapshots").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"asOf\":\"" + day + "\"")));
    }

    private static byte[] utf16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[body.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(body, 0, file, 2, body.length);
        return file;
    }
}
