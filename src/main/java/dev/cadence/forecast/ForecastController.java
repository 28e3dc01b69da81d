package dev.cadence.forecast;

import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.web.Flash;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.StaleEditException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The call ({@code /forecast}), its accuracy, and the bookings targets. */
@Controller
@RequestMapping("/forecast")
class ForecastController {

    private final ForecastService forecast;

    ForecastController(ForecastService forecast) {
        this.forecast = forecast;
    }

    @GetMapping
    String call(@RequestParam(required = false) String quarter, @AuthenticationPrincipal CadenceUser me, Model model) {
        ForecastPage page = forecast.page(quarter, me);
        model.addAttribute("page", page);
        model.addAttribute("form", CallForm.from(page.now(), page.callWeek()));
        return "forecast/index";
    }

    @PostMapping("/calls")
    String saveCall(@Valid @ModelAttribute("form") CallForm form, BindingResult binding, @AuthenticationPrincipal CadenceUser me,
                    OnRefusal onRefusal, RedirectAttributes redirect) {
        ForecastPermissions.requireCall(me);
        onRefusal.showForm("forecast/index", binding, (model, refusal) -> {
            ForecastPage page = forecast.page(form.getQuarter(), me);
            if (refusal instanceof StaleEditException) {
                // Saving again, knowingly, replaces what the other person saved.
                List<CallForm.Line> stored = CallForm.from(page.now(), page.callWeek()).getLines();
                for (CallForm.Line line : form.getLines()) {
                    stored.stream().filter(s -> s.getSegment().equals(line.getSegment())).findFirst()
                            .ifPresent(s -> line.setVersion(s.getVersion()));
                }
            }
            for (CallForm.Line line : form.getLines()) {
                page.now().segments().stream().filter(f -> f.segmentKey().equals(line.getSegment())).findFirst()
                        .ifPresent(f -> line.setSegmentName(f.segmentName()));
            }
            model.addAttribute("page", page);
            model.addAttribute("entering", true);
        });
        FiscalQuarter quarter = forecast.saveCall(form, me);
        Flash.success(redirect, "Call saved for week " + form.getWeek() + " of " + quarter.label() + ".");
        return "redirect:" + withQuarter("/forecast", quarter) + "#call";
    }

    @GetMapping("/accuracy")
    String accuracy(@AuthenticationPrincipal CadenceUser me, Model model) {
        model.addAttribute("page", forecast.accuracy(me));
        return "forecast/accuracy";
    }

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) String quarter, @AuthenticationPrincipal CadenceUser me, Model model) {
        ForecastService.TargetsPage page = forecast.targetsPage(quarter, me);
        model.addAttribute("page", page);
        model.addAttribute("form", page.form());
        return "forecast/targets";
    }

    @PostMapping("/targets")
    String setTargets(@ModelAttribute("form") TargetsForm form, BindingResult binding, @AuthenticationPrincipal CadenceUser me,
                      OnRefusal onRefusal, RedirectAttributes redirect) {
        ForecastPermissions.requireSetTargets(me);
        onRefusal.showForm("forecast/targets", binding, (model, refusal) -> {
            ForecastService.TargetsPage page = forecast.targetsPage(form.getQuarter(), me);
            if (refusal instanceof StaleEditException) {
                for (TargetsForm.Line line : form.getLines()) {
                    page.form().getLines().stream().filter(s -> s.getSegment().equals(line.getSegment())).findFirst()
                            .ifPresent(s -> line.setVersion(s.getVersion()));
                }
            }
            for (TargetsForm.Line line : form.getLines()) {
                page.form().getLines().stream().filter(s -> s.getSegment().equals(line.getSegment())).findFirst()
                        .ifPresent(s -> line.setSegmentName(s.getSegmentName()));
            }
            model.addAttribute("page", page);
        });
        FiscalQuarter quarter = forecast.setTargets(form, me);
        Flash.success(redirect, "Targets for " + quarter.label() + " saved.");
        return "redirect:" + withQuarter("/forecast/targets", quarter);
    }

    private static String withQuarter(String path, FiscalQuarter quarter) {
        return UriComponentsBuilder.fromPath(path).queryParam("quarter", quarter.key()).build().toUriString();
    }
}
