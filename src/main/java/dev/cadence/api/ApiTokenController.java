package dev.cadence.api;

import dev.cadence.web.OnRefusal;
import dev.cadence.api.ApiTokenService.ApiTokenView;
import dev.cadence.api.ApiTokenService.NewApiToken;
import dev.cadence.people.CadenceUser;
import dev.cadence.web.Flash;
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

/** {@code /settings/api-tokens}: RevOps and administrators create, see and revoke API tokens. */
@Controller
@RequestMapping("/settings/api-tokens")
class ApiTokenController {

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CadenceUser me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ApiTokenForm());
        }
        model.addAttribute("tokens", tokens.all(me));
        model.addAttribute("scopes", ApiScope.values());
        return "api/tokens";
    }

    @PostMapping
    String create(@ModelAttribute("form") ApiTokenForm form, BindingResult binding, @AuthenticationPrincipal CadenceUser me,
                  OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.showForm("api/tokens", binding, (model, refusal) -> list(me, model));
        NewApiToken created = tokens.create(form.getName(), form.getScope(), me);
        redirect.addFlashAttribute("newToken", created);
        return "redirect:/settings/api-tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CadenceUser me,
                  OnRefusal onRefusal, RedirectAttributes redirect) {
        onRefusal.redirectTo("/settings/api-tokens");
        ApiTokenView revoked = tokens.revoke(id, version, me);
        Flash.success(redirect, "Revoked \"" + revoked.name() + "\": requests with it are now refused.");
        return "redirect:/settings/api-tokens";
    }
}
