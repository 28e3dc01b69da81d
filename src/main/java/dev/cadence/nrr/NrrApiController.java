package dev.cadence.nrr;

import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A quarter's NRR forecast through the API: baseline, components with owner, forecast and actual, NRR and GRR forecast
 * and actual, and the at-risk accounts (for a token of the board: their count and ARR only).
 */
@RestController
@RequestMapping("/api/v1/nrr")
class NrrApiController {

    private final NrrService nrr;

    NrrApiController(NrrService nrr) {
        this.nrr = nrr;
    }

    @GetMapping
    NrrJson nrr(@RequestParam(required = false) String quarter, @AuthenticationPrincipal CadenceUser me) {
        FiscalQuarter q = nrr.quarter(quarter);
        return NrrJson.of(nrr.now(q, me));
    }

    record Component(String component, Long ownerId, String owner, BigDecimal forecast, String lastReason, Instant lastUpdatedAt,
                     BigDecimal actual) {
    }

    record Retention(BigDecimal forecast, BigDecimal actual) {
    }

    record Account(long id, String account, BigDecimal arr, LocalDate renewalDate, String risk, String reason, String savePlan,
                   String owner, String escalation) {
    }

    /** {@code accounts} is null for a reader who may not see them (the board); {@code atRisk} counts the open ones. */
    record AtRisk(int openAccounts, BigDecimal openArr) {
    }

    record NrrJson(String quarter, LocalDate start, LocalDate end, BigDecimal startingArr, BigDecimal renewalsDue,
                   List<Component> components, Retention nrr, Retention grr, AtRisk atRisk, List<Account> accounts) {

        static NrrJson of(NrrSnapshot s) {
            NrrFigures forecast = s.forecast();
            NrrFigures actual = s.actual();
            return new NrrJson(s.quarter().key(), s.quarter().start(), s.quarter().end(), s.startingArr(), s.renewalsDue(),
                    s.components().stream().map(c -> new Component(c.component().param(), c.ownerId(), c.ownerName(), c.forecast(),
                            c.lastReason(), c.lastAt(), c.actual())).toList(),
                    new Retention(forecast.nrr(), actual == null ? null : actual.nrr()),
                    new Retention(forecast.grr(), actual == null ? null : actual.grr()),
                    new AtRisk(s.openAccounts(), s.openArr()),
                    s.accountsShown() ? s.accounts().stream().map(a -> new Account(a.id(), a.account(), a.arr(), a.renewalDate(),
                            a.risk().param(), a.reason(), a.savePlan(), a.ownerName(), a.escalation().param())).toList() : null);
        }
    }
}
