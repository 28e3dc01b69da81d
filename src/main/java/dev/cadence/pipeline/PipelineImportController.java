package dev.cadence.pipeline;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.RuleViolationException;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Loading a CRM export as a snapshot: upload it with its date, read the preview line by line (and say what
 * stages mean where the export does not), then confirm; and the remembered stage meanings.
 */
@Controller
@RequestMapping("/pipeline")
class PipelineImportController {

    private static final String IMPORT = "pipeline/import";

    private final PipelineImportService imports;
    private final PipelineService pipeline;
    private final Clock clock;

    PipelineImportController(PipelineImportService imports, PipelineService pipeline, Clock clock) {
        this.imports = imports;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @GetMapping("/import")
    String importForm(@AuthenticationPrincipal CadenceUser me, Model model) {
        PipelinePermissions.requireImport(me);
        UploadForm form = new UploadForm();
        form.setAsOf(LocalDate.now(clock));
        return uploadPage(model, form, me);
    }

    @PostMapping("/import")
    String upload(@Valid @ModelAttribute("form") UploadForm form, BindingResult binding, @AuthenticationPrincipal CadenceUser me,
                  OnRefusal onRefusal) throws IOException {
        PipelinePermissions.requireImport(me);
        onRefusal.showForm(IMPORT, binding, (model, refusal) -> uploadPage(model, form, me));
        if (form.getFile() == null || form.getFile().isEmpty()) {
            throw new RuleViolationException("file", "Choose the export to upload.");
        }
        long id = imports.upload(form.getFile().getBytes(), form.getFile().getOriginalFilename(), me);
        return "redirect:/pipeline/import/" + id + "?asOf=" + form.getAsOf();
    }

    @GetMapping("/import/{uploadId}")
    String preview(@PathVariable long uploadId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @AuthenticationPrincipal CadenceUser me, Model model) {
        PipelinePermissions.requireImport(me);
        model.addAttribute("preview", imports.preview(uploadId, asOf, me));
        model.addAttribute("meanings", StageMeaning.values());
        return "pipeline/preview";
    }

    /** Stores the previewed upload; {@code stage} and {@code meaning} pair up the meanings chosen for unmapped stages. */
    @PostMapping("/import/{uploadId}/commit")
    String commit(@PathVariable long uploadId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  @RequestParam(required = false) Long expectedVersion,
                  @RequestParam(name = "stage", required = false) List<String> stages,
                  @RequestParam(name = "meaning", required = false) List<StageMeaning> meanings,
                  @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/pipeline/import/" + uploadId + "?asOf=" + asOf);
        SnapshotSummary stored = imports.commit(uploadId, asOf, expectedVersion, chosen(stages, meanings), me);
        Flash.success(redirect, "The pipeline of " + stored.asOf() + " is in: " + stored.dealCount() + " deals.");
        return "redirect:/pipeline?snapshot=" + stored.asOf();
    }

    @GetMapping("/stages")
    String stages(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("mappings", imports.stageMappings(me));
        model.addAttribute("meanings", StageMeaning.values());
        model.addAttribute("canImport", PipelinePermissions.canImport(me));
        return "pipeline/stages";
    }

    @PostMapping("/stages")
    String mapStage(@RequestParam ExportFormat source, @RequestParam String stage, @RequestParam StageMeaning meaning,
                    @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/pipeline/stages");
        imports.mapStage(source, stage, meaning, me);
        Flash.success(redirect, "\"" + stage.strip() + "\" in " + source.label() + " now means " + meaning.label().toLowerCase() + ".");
        return "redirect:/pipeline/stages";
    }

    private static Map<String, StageMeaning> chosen(List<String> stages, List<StageMeaning> meanings) {
        Map<String, StageMeaning> chosen = new LinkedHashMap<>();
        if (stages == null || meanings == null) {
            return chosen;
        }
        if (stages.size() != meanings.size()) {
            throw new RuleViolationException("Say what each stage means.");
        }
        for (int i = 0; i < stages.size(); i++) {
            chosen.put(stages.get(i), meanings.get(i));
        }
        return chosen;
    }

    private String uploadPage(Model model, UploadForm form, CadenceUser me) {
        model.addAttribute("form", form);
        model.addAttribute("snapshots", pipeline.snapshots(me));
        model.addAttribute("columns", String.join(",", ExportFormat.CADENCE_COLUMNS));
        return IMPORT;
    }
}
