package dev.cadence.nrr;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

/** A quarter of one test's own (long past, so that it has ended, in a year no demo and almost no other test uses). */
final class NrrFixture {

    private NrrFixture() {
    }

    static FiscalQuarter pastQuarter(CompanyService company) {
        return new FiscalQuarter(ThreadLocalRandom.current().nextInt(1000, 2000), ThreadLocalRandom.current().nextInt(1, 5),
                company.profile().fiscalYearStartMonth());
    }

    static TypedNumber money(long amount) {
        return TypedNumber.of(BigDecimal.valueOf(amount));
    }

    static long version(NrrService nrr, FiscalQuarter q, NrrComponent c, CadenceUser reader) {
        return nrr.page(q.key(), reader).snapshot().component(c).version();
    }

    /** The demo map's owners: the VP CS owns churn and contraction, the CRO expansion. */
    static void owners(NrrService nrr, FiscalQuarter q, CadenceUser vpcs, CadenceUser cro) {
        nrr.assignOwner(q, NrrComponent.CHURN, vpcs.personId(), version(nrr, q, NrrComponent.CHURN, cro), cro);
        nrr.assignOwner(q, NrrComponent.CONTRACTION, vpcs.personId(), version(nrr, q, NrrComponent.CONTRACTION, cro), cro);
        nrr.assignOwner(q, NrrComponent.EXPANSION, cro.personId(), version(nrr, q, NrrComponent.EXPANSION, cro), cro);
    }

    static void update(NrrService nrr, FiscalQuarter q, NrrComponent c, long amount, String reason, CadenceUser owner) {
        nrr.updateForecast(q, c, money(amount), reason, version(nrr, q, c, owner), owner);
    }
}
