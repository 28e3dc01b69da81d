package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.SpreadsheetCsv;
import dev.cadence.web.UploadedCsv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Values in and out of the scorecard: CSV import (preview, then all or nothing) and CSV export. */
@Controller
@RequestMapping("/scorecard")
class ScorecardTransferController {

    /** The importable columns first, so that an export imports back unchanged. */
    private static final List<String> EXPORT_COLUMNS = List.of("metric_key", "period", "segment", "value", "narrative",
            "metric", "owner", "unit", "target", "status", "entered_by");

    private final ValueImportService imports;
    private final ScorecardService scorecard;

    ScorecardTransferController(ValueImportService imports, ScorecardService scorecard) {
        this.imports = imports;
        this.scorecard = scorecard;
    }

    @GetMapping("/import")
    String importForm(@AuthenticationPrincipal CadenceUser me, Model model) {
        requireImport(me);
        model.addAttribute("columns", String.join(",", ValueImportService.COLUMNS));
        return "scorecard/import";
    }

    /** Reads the file (or pasted text) and shows what importing it would do, row by row. */
    @PostMapping("/import")
    String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String csv,
                   @AuthenticationPrincipal CadenceUser me, Model model, HttpServletResponse response) throws IOException {
        requireImport(me);
        String text;
        try {
            text = UploadedCsv.text(file, csv);
        } catch (RuleViolationException both) {
            // Both a file and pasted text: the form again, the text kept, nothing read.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("columns", String.join(",", ValueImportService.COLUMNS));
            model.addAttribute("pasted", csv);
            model.addAttribute("inputError", both.getMessage());
            return "scorecard/import";
        }
        model.addAttribute("columns", String.join(",", ValueImportService.COLUMNS));
        model.addAttribute("report", imports.preview(text, me));
        model.addAttribute("csv", text == null ? "" : text);
        model.addAttribute("fileName", file != null && !file.isEmpty() ? file.getOriginalFilename() : null);
        return "scorecard/import";
    }

    @PostMapping("/import/commit")
    String commit(@RequestParam String csv, @AuthenticationPrincipal CadenceUser me, Model model,
                  RedirectAttributes redirect) {
        requireImport(me);
        try {
            ImportReport report = imports.commit(csv, me);
            Flash.success(redirect, "Imported: " + report.summary() + ".");
            return "redirect:/scorecard";
        } catch (ImportRefusedException refused) {
            model.addAttribute("columns", String.join(",", ValueImportService.COLUMNS));
            model.addAttribute("report", refused.report());
            model.addAttribute("csv", csv);
            model.addAttribute("refused", refused.getMessage());
            return "scorecard/import";
        }
    }

    /** The scorecard as shown (segment, trailing periods) as CSV; its first five columns import back as they are. */
    @GetMapping(value = "/export.csv")
    ResponseEntity<String> export(@RequestParam(required = false) String segment, @AuthenticationPrincipal CadenceUser me) {
        ScorecardView view = scorecard.scorecard(segment, me);
        List<List<Object>> rows = new ArrayList<>();
        for (ScorecardSection section : view.sections()) {
            for (ScorecardRow row : section.rows()) {
                for (CellView cell : row.cells()) {
                    rows.add(Arrays.asList(cell.metricKey(), cell.periodKey(), cell.segmentKey(), cell.value(), cell.narrative(),
                            row.metric().name(), row.metric().ownerName(), row.metric().unit().name(), cell.target(),
                            cell.status().label(), cell.enteredBy()));
                }
            }
        }
        String name = "scorecard-" + (view.segment() == null ? "all" : view.segment().key()) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(SpreadsheetCsv.write(EXPORT_COLUMNS, rows));
    }

    private static void requireImport(CadenceUser me) {
        if (!ScorecardPermissions.canPropose(me)) {
            throw new AccessDeniedException("Board members read the scorecard; they do not load values.");
        }
    }
}
