package dev.cadence.nrr;

import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarter's NRR forecast as it stood on a day: starting ARR and renewals due, each component (owner, forecast, last
 * reason, actual), NRR and GRR forecast and actual, and the at-risk accounts renewing in the quarter.
 *
 * @param asOf          the day it stood so (the end of that day, UTC); today for the live page
 * @param accounts      the at-risk accounts renewing in the quarter, open ones first, largest first; empty when the
 *                      reader may not see them ({@link #accountsShown()} false)
 * @param openAccounts  how many at-risk accounts are still open (neither saved nor churned)
 * @param openArr       their ARR
 */
public record NrrSnapshot(FiscalQuarter quarter, LocalDate asOf, BigDecimal startingArr, BigDecimal renewalsDue,
                          List<ComponentView> components, boolean actualsEntered, List<AccountView> accounts,
                          boolean accountsShown, int openAccounts, BigDecimal openArr) {

    public ComponentView component(NrrComponent c) {
        return components.stream().filter(v -> v.component() == c).findFirst().orElseThrow();
    }

    public NrrFigures forecast() {
        return new NrrFigures(startingArr, component(NrrComponent.CHURN).forecast(), component(NrrComponent.CONTRACTION).forecast(),
                component(NrrComponent.EXPANSION).forecast());
    }

    /** The actual figures, or null before they are entered. */
    public NrrFigures actual() {
        return actualsEntered ? new NrrFigures(startingArr, component(NrrComponent.CHURN).actual(),
                component(NrrComponent.CONTRACTION).actual(), component(NrrComponent.EXPANSION).actual()) : null;
    }

    public String startingArrFull() {
        return Money.full(startingArr);
    }

    public String renewalsDueFull() {
        return Money.full(renewalsDue);
    }

    public String startingArrShown() {
        return Money.brief(startingArr);
    }

    public String renewalsDueShown() {
        return Money.brief(renewalsDue);
    }

    public String openArrShown() {
        return Money.brief(openArr);
    }

    /** Renewals due as a share of starting ARR: {@code 23.4%}. */
    public String renewalsShare() {
        return new NrrFigures(startingArr, null, null, null).hasBase() && renewalsDue != null
                ? NrrFigures.percent(renewalsDue.divide(startingArr, 6, java.math.RoundingMode.HALF_EVEN)) : null;
    }

    /** NRR actual against forecast in points ({@code +1.2 pts}), null before the actuals. */
    public String nrrMiss() {
        return actualsEntered ? NrrFigures.points(actual().nrr(), forecast().nrr()) : null;
    }

    public String grrMiss() {
        return actualsEntered ? NrrFigures.points(actual().grr(), forecast().grr()) : null;
    }

    /** The same without the accounts' detail, for a reader who may not see it (the board): count and ARR stay. */
    public NrrSnapshot forViewer(CadenceUser viewer) {
        if (NrrPermissions.canSeeAccounts(viewer)) {
            return this;
        }
        return new NrrSnapshot(quarter, asOf, startingArr, renewalsDue, components, actualsEntered, List.of(), false, openAccounts,
                openArr);
    }
}
