package dev.cadence.pipeline;

import dev.cadence.people.CadenceUser;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pipeline snapshots through the API: load a CRM export as the snapshot of a date, and list the snapshots. */
@RestController
@RequestMapping("/api/v1/pipeline")
class PipelineApiController {

    private final PipelineImportService imports;
    private final PipelineService pipeline;

    PipelineApiController(PipelineImportService imports, PipelineService pipeline) {
        this.imports = imports;
        this.pipeline = pipeline;
    }

    /**
     * The body is the export as the CRM wrote it (Salesforce, HubSpot — UTF-16 too — or Cadence's columns).
     * A date that has a snapshot answers 409 unless {@code replace=true}; the same file again changes nothing.
     */
    @PostMapping(value = "/snapshots", consumes = {"text/csv", "text/tab-separated-values", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<SnapshotJson> importSnapshot(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                                @RequestParam(defaultValue = "false") boolean replace,
                                                @RequestBody byte[] export, @AuthenticationPrincipal CadenceUser me) {
        SnapshotSummary stored = imports.importExport(export, null, date, replace, me);
        return ResponseEntity.created(URI.create("/pipeline?snapshot=" + stored.asOf())).body(SnapshotJson.of(stored));
    }

    @GetMapping("/snapshots")
    List<SnapshotJson> snapshots(@AuthenticationPrincipal CadenceUser me) {
        return pipeline.snapshots(me).stream().map(SnapshotJson::of).toList();
    }

    /** A refused export answers 422 with what is wrong with the file and with each line; nothing was stored. */
    @ExceptionHandler
    ProblemDetail refused(ExportRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
        problem.setType(URI.create("https://cadence.dev/problems/import-refused"));
        problem.setProperty("fileErrors", refused.fileErrors());
        problem.setProperty("errors", refused.lineErrors());
        return problem;
    }

    record SnapshotJson(LocalDate asOf, String source, int deals, java.math.BigDecimal openAmount, String importedBy,
                        java.time.Instant importedAt, long version) {

        static SnapshotJson of(SnapshotSummary s) {
            return new SnapshotJson(s.asOf(), s.source().name(), s.dealCount(), s.openAmount(), s.importedBy(), s.importedAt(),
                    s.version());
        }
    }
}
