package dev.cadence.nrr;

import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.web.OnRefusal;
import dev.cadence.web.StaleEditException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRefreshView;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * The NRR page of a quarter, and its small forms (htmx, in place): a component's forecast update and owner, the
 * baseline, the actuals. A refused form comes back in place with every error beside its field; a saved one reloads
 * the page, whose numbers all move together.
 */
@Controller
@RequestMapping("/nrr")
class NrrController {

    private final NrrService nrr;

    NrrController(NrrService nrr) {
        this.nrr = nrr;
    }

    /** The quarter's page; with {@code asOf}, the quarter as it stood at the end of that day (read only). */
    @GetMapping
    String page(@RequestParam(required = false) String quarter,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @AuthenticationPrincipal CadenceUser me, Model model) {
        if (asOf != null) {
            model.addAttribute("snapshot", nrr.asOf(nrr.quarter(quarter), asOf).forViewer(me));
            return "nrr/as-of";
        }
        NrrPage page = nrr.page(quarter, me);
        model.addAttribute("page", page);
        forms(model, page);
        return "nrr/index";
    }

    @PostMapping("/{quarter}/components/{component}/forecast")
    ModelAndView forecast(@PathVariable String quarter, @PathVariable String component,
                          @Valid @ModelAttribute("forecastForm") NrrForms.Forecast form, BindingResult binding,
                          @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal) {
        NrrComponent c = NrrComponent.ofParam(component);
        FiscalQuarter q = nrr.quarter(quarter);
        form.setComponent(c.param());
        onRefusal.showFormInPlace("#forecast-" + c.param(), "nrr/index :: forecast-form", binding, (refused, why) -> {
            NrrPage page = nrr.page(q.key(), me);
            ComponentView current = page.snapshot().component(c);
            if (why instanceof StaleEditException) {
                form.setVersion(current.version());
            }
            refused.addAttribute("page", page);
            refused.addAttribute("c", current);
        });
        nrr.updateForecast(q, c, form.getAmount(), form.getReason(), form.getVersion(), me);
        return refresh();
    }

    @PostMapping("/{quarter}/components/{component}/owner")
    ModelAndView owner(@PathVariable String quarter, @PathVariable String component,
                       @Valid @ModelAttribute("ownerForm") NrrForms.Owner form, BindingResult binding,
                       @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal) {
        NrrComponent c = NrrComponent.ofParam(component);
        FiscalQuarter q = nrr.quarter(quarter);
        form.setComponent(c.param());
        onRefusal.showFormInPlace("#owner-" + c.param(), "nrr/index :: owner-form", binding, (refused, why) -> {
            NrrPage page = nrr.page(q.key(), me);
            ComponentView current = page.snapshot().component(c);
            if (why instanceof StaleEditException) {
                form.setVersion(current.version());
            }
            refused.addAttribute("page", page);
            refused.addAttribute("c", current);
        });
        nrr.assignOwner(q, c, form.getOwnerId(), form.getVersion(), me);
        return refresh();
    }

    @PostMapping("/{quarter}/baseline")
    ModelAndView baseline(@PathVariable String quarter, @Valid @ModelAttribute("baselineForm") NrrForms.Baseline form,
                          BindingResult binding, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal) {
        FiscalQuarter q = nrr.quarter(quarter);
        onRefusal.showFormInPlace("#baseline-form", "nrr/index :: baseline-form", binding, (refused, why) -> {
            NrrPage page = nrr.page(q.key(), me);
            if (why instanceof StaleEditException) {
                form.setVersion(page.quarterVersion());
            }
            refused.addAttribute("page", page);
        });
        nrr.setBaseline(q, form.getStartingArr(), form.getRenewalsDue(), form.getVersion(), me);
        return refresh();
    }

    @PostMapping("/{quarter}/actuals")
    ModelAndView actuals(@PathVariable String quarter, @Valid @ModelAttribute("actualsForm") NrrForms.Actuals form,
                         BindingResult binding, @AuthenticationPrincipal CadenceUser me, OnRefusal onRefusal) {
        FiscalQuarter q = nrr.quarter(quarter);
        onRefusal.showFormInPlace("#actuals-form", "nrr/index :: actuals-form", binding, (refused, why) -> {
            NrrPage page = nrr.page(q.key(), me);
            if (why instanceof StaleEditException) {
                form.setVersion(page.quarterVersion());
            }
            refused.addAttribute("page", page);
        });
        nrr.enterActuals(q, form.getChurn(), form.getContraction(), form.getExpansion(), form.getVersion(), me);
        return refresh();
    }

    /** Saved: the page again, every number moved together. */
    private static ModelAndView refresh() {
        return new ModelAndView(new HtmxRefreshView());
    }

    private static void forms(Model model, NrrPage page) {
        model.addAttribute("forecastForm", new NrrForms.Forecast());
        model.addAttribute("ownerForm", new NrrForms.Owner());
        model.addAttribute("baselineForm", NrrForms.Baseline.of(page));
        model.addAttribute("actualsForm", NrrForms.Actuals.of(page));
        NrrForms.Account add = new NrrForms.Account();
        add.setRenewalDate(page.snapshot().quarter().end());
        model.addAttribute("accountForm", add);
    }
}
