package dev.cadence.nrr;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.web.KeptReads;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NRR forecast of a fiscal quarter: its baseline (starting ARR, renewals due) set by finance, its three components
 * (churn, contraction, expansion) with exactly one owner each who updates the forecast with a reason, and the actuals
 * at quarter end. Every change locks its row first and checks the version the editor saw. What the page, the API and
 * meetings read comes from {@link NrrReads}, a bounded number of statements whatever the history.
 */
@Service
@Transactional
public class NrrService {

    private final NrrQuarterRepository quarters;
    private final ComponentForecastRepository components;
    private final ForecastUpdateRepository updates;
    private final NrrReads reads;
    private final CompanyService company;
    private final PersonService people;
    private final Clock clock;
    // What a quarter's page reads of NRR's own, kept under nrr_change (V31): one counter row per view until it changes.
    private final KeptReads kept;

    NrrService(NrrQuarterRepository quarters, ComponentForecastRepository components, ForecastUpdateRepository updates,
               NrrReads reads, CompanyService company, PersonService people, Clock clock, JdbcTemplate jdbc,
               PlatformTransactionManager transactions) {
        this.quarters = quarters;
        this.components = components;
        this.updates = updates;
        this.reads = reads;
        this.company = company;
        this.people = people;
        this.clock = clock;
        this.kept = KeptReads.underCounter("nrr_change", jdbc, clock, transactions, 64);
    }

    /** A quarter as stored now: its row, components, at-risk accounts renewing in it and forecast updates. */
    private record Stored(NrrReads.QuarterRow row, Map<NrrComponent, ComponentView> components, List<AccountView> accounts,
                          List<UpdateView> updates) {
    }

    private record StoredOf(String quarterKey) {
    }

    private Stored stored(FiscalQuarter quarter) {
        String key = quarter.key();
        return kept.get(new StoredOf(key), () -> new Stored(reads.quarter(key).orElse(NrrReads.QuarterRow.NONE),
                Map.copyOf(reads.components(key)), List.copyOf(reads.accounts(quarter.start(), quarter.end())),
                List.copyOf(reads.updates(key))));
    }

    // ---- reading ----

    /** The fiscal quarter of today. */
    @Transactional(readOnly = true)
    public FiscalQuarter currentQuarter() {
        return FiscalQuarter.of(LocalDate.now(clock), company.profile().fiscalYearStartMonth());
    }

    /** The quarter a {@code quarter} parameter names ({@code FY2027-Q4}); blank is the current one; anything else refused. */
    @Transactional(readOnly = true)
    public FiscalQuarter quarter(String key) {
        int fiscalStart = company.profile().fiscalYearStartMonth();
        if (key == null || key.isBlank()) {
            return FiscalQuarter.of(LocalDate.now(clock), fiscalStart);
        }
        return Quarters.parse(key.strip(), fiscalStart);
    }

    /**
     * The quarter's NRR forecast as it stood at the end of {@code asOf} (UTC): starting ARR and renewals due then, each
     * component's owner then and its latest update on or before that day (with its reason), the actuals if entered by
     * then, NRR and GRR, and the at-risk accounts renewing in the quarter as they stood that day. A past meeting shows
     * what was true then, whatever changed since. Five statements, or one (the counter) while kept. The accounts are customer-level detail: a
     * caller showing it to a reader passes it through {@link NrrSnapshot#forViewer} (the board sees count and ARR only).
     */
    @Transactional(readOnly = true)
    public NrrSnapshot asOf(FiscalQuarter quarter, LocalDate asOf) {
        // Kept under nrr_change too: every participant of a review opens its page, past meetings included.
        return kept.get(new AsOf(quarter.key(), asOf), () -> {
            Instant before = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            String key = quarter.key();
            NrrReads.QuarterRow row = reads.quarterAsOf(key, before).orElse(NrrReads.QuarterRow.NONE);
            Map<NrrComponent, ComponentView> stored = reads.componentsAsOf(key, before);
            List<AccountView> accounts = reads.accountsAsOf(quarter.start(), quarter.end(), before);
            return snapshot(quarter, asOf, row, stored, accounts, true, null);
        });
    }

    private record AsOf(String quarter, LocalDate day) {
    }

    /** Today's snapshot for a reader: the at-risk list only for those who may see it. */
    @Transactional(readOnly = true)
    public NrrSnapshot now(FiscalQuarter quarter, CadenceUser reader) {
        return current(quarter, stored(quarter), reader);
    }

    private NrrSnapshot current(FiscalQuarter quarter, Stored stored, CadenceUser reader) {
        if (NrrPermissions.canSeeAccounts(reader)) {
            return snapshot(quarter, LocalDate.now(clock), stored.row(), stored.components(), stored.accounts(), true, null);
        }
        // Those who may not see the accounts see how many are open and their ARR.
        List<AccountView> open = stored.accounts().stream().filter(a -> !a.closed()).toList();
        return snapshot(quarter, LocalDate.now(clock), stored.row(), stored.components(), List.of(), false,
                new NrrReads.OpenTotal(open.size(), open.stream().map(AccountView::arr).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    private static NrrSnapshot snapshot(FiscalQuarter quarter, LocalDate asOf, NrrReads.QuarterRow row,
                                        Map<NrrComponent, ComponentView> stored, List<AccountView> accounts, boolean shown,
                                        NrrReads.OpenTotal total) {
        List<ComponentView> views = new ArrayList<>();
        for (NrrComponent c : NrrComponent.values()) {
            ComponentView v = stored.getOrDefault(c, new ComponentView(c, null, null, null, null, null, null, null, 0));
            views.add(v.withActual(row.actual(c)));
        }
        if (total == null) {
            List<AccountView> open = accounts.stream().filter(a -> !a.closed()).toList();
            total = new NrrReads.OpenTotal(open.size(), open.stream().map(AccountView::arr).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return new NrrSnapshot(quarter, asOf, row.startingArr(), row.renewalsDue(), views, row.actualsEntered(), accounts, shown,
                total.accounts(), total.arr());
    }

    /** The page of a quarter ({@code null}: the current one). */
    @Transactional(readOnly = true)
    public NrrPage page(String quarterKey, CadenceUser me) {
        FiscalQuarter quarter = quarter(quarterKey);
        Stored stored = stored(quarter);
        NrrReads.QuarterRow row = stored.row();
        NrrSnapshot snapshot = current(quarter, stored, me);
        List<UpdateView> path = stored.updates();
        Map<NrrComponent, BigDecimal> actuals = new EnumMap<>(NrrComponent.class);
        snapshot.components().forEach(c -> actuals.put(c.component(), c.actual()));
        LocalDate today = LocalDate.now(clock);
        boolean canAssign = NrrPermissions.canAssignOwners(me);
        boolean canAdd = NrrPermissions.canEditAccounts(me);
        List<PersonView> owners = canAssign || canAdd || NrrPermissions.canSeeAccounts(me) ? people.leadershipTeam() : List.of();
        return new NrrPage(snapshot, row.version(), row.changedBy(), row.changedAt(), path, NrrChart.of(quarter, today, clock.getZone(), path, actuals),
                quarters(quarter, today), owners, today.isAfter(quarter.end()), NrrPermissions.canSetBaseline(me), canAssign, canAdd,
                me.personId());
    }

    private List<String> quarters(FiscalQuarter chosen, LocalDate today) {
        FiscalQuarter current = FiscalQuarter.of(today, chosen.fiscalYearStartMonth());
        List<String> keys = new ArrayList<>();
        for (int i = 1; i >= -3; i--) {
            keys.add(current.plus(i).key());
        }
        if (!keys.contains(chosen.key())) {
            keys.add(chosen.key());
        }
        return keys;
    }

    // ---- changing ----

    /**
     * Sets the quarter's starting ARR and renewals due (the CFO or RevOps); the earlier values stay in its history.
     *
     * @param expectedVersion the quarter's version the editor saw (0 for a quarter never stored)
     */
    public void setBaseline(FiscalQuarter quarter, TypedNumber startingArr, TypedNumber renewalsDue, long expectedVersion,
                            CadenceUser me) {
        NrrPermissions.requireBaseline(me);
        BigDecimal start = Money.read(startingArr, "startingArr", "The starting ARR");
        BigDecimal renewals = Money.read(renewalsDue, "renewalsDue", "The ARR up for renewal");
        NrrQuarter q = lockOrCreate(quarter, me);
        if (q.getVersion() != expectedVersion) {
            throw new StaleEditException(who(q) + " set this quarter's baseline in the meantime: starting ARR "
                    + Money.full(q.getStartingArr()) + ", renewals due " + Money.full(q.getRenewalsDue())
                    + ". Your figures are still in the form: save again to replace theirs.");
        }
        q.setBaseline(start, renewals, me.personId(), Instant.now(clock));
        quarters.flush();
    }

    /** Enters the quarter's actual churn, contraction and expansion once it has ended (the CFO or RevOps). */
    public void enterActuals(FiscalQuarter quarter, TypedNumber churn, TypedNumber contraction, TypedNumber expansion,
                             long expectedVersion, CadenceUser me) {
        NrrPermissions.requireBaseline(me);
        BigDecimal ch = Money.read(churn, "churn", "The actual churn");
        BigDecimal co = Money.read(contraction, "contraction", "The actual contraction");
        BigDecimal ex = Money.read(expansion, "expansion", "The actual expansion");
        if (!LocalDate.now(clock).isAfter(quarter.end())) {
            throw new RuleViolationException("The actuals are entered once the quarter has ended, after " + quarter.end() + ".");
        }
        NrrQuarter q = lockOrCreate(quarter, me);
        if (q.getVersion() != expectedVersion) {
            throw new StaleEditException(who(q) + " changed this quarter in the meantime: actual churn " + Money.full(q.getActualChurn())
                    + ", contraction " + Money.full(q.getActualContraction()) + ", expansion " + Money.full(q.getActualExpansion())
                    + ". Your figures are still in the form: save again to replace theirs.");
        }
        q.enterActuals(ch, co, ex, me.personId(), Instant.now(clock));
        quarters.flush();
    }

    /** Names the component's one owner (the CEO, the CRO or an administrator). */
    public void assignOwner(FiscalQuarter quarter, NrrComponent component, long ownerId, long expectedVersion, CadenceUser me) {
        NrrPermissions.requireAssignOwners(me);
        PersonView owner;
        try {
            owner = people.get(ownerId);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("ownerId", "There is no such person: choose the owner from the list.");
        }
        if (!owner.mayOwnWork()) {
            throw new RuleViolationException("ownerId", owner.name() + " cannot own a forecast: choose an active member of the leadership team.");
        }
        NrrQuarter q = lockOrCreate(quarter, me);
        ComponentForecast c = components.lock(q.getId(), component).orElseThrow();
        if (c.getVersion() != expectedVersion) {
            throw stale(c);
        }
        c.assignOwner(ownerId, me.personId(), Instant.now(clock));
        components.flush();
    }

    /**
     * Updates the component's forecast: only its owner, always with a reason; every update is kept.
     *
     * @throws AccessDeniedException when {@code me} is not the component's owner (403)
     */
    public void updateForecast(FiscalQuarter quarter, NrrComponent component, TypedNumber amount, String reason,
                               long expectedVersion, CadenceUser me) {
        BigDecimal value = Money.read(amount, "amount", "The forecast");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "Say why: every forecast update needs its reason (what changed, which accounts).");
        }
        if (reason.strip().length() > 2000) {
            throw new RuleViolationException("reason", "The reason is at most 2,000 characters.");
        }
        NrrQuarter q = lockOrCreate(quarter, me);
        ComponentForecast c = components.lock(q.getId(), component).orElseThrow();
        if (c.getOwnerId() == null || c.getOwnerId() != me.personId()) {
            throw new AccessDeniedException(c.getOwnerId() == null
                    ? component.label() + " has no owner yet: the CEO or the CRO names one first."
                    : "Only the owner of " + component.label().toLowerCase() + " updates its forecast.");
        }
        if (q.getActualChurn() != null) {
            throw new RuleViolationException("amount", "The actuals of this quarter are entered: its forecast is closed.");
        }
        if (c.getVersion() != expectedVersion) {
            throw stale(c);
        }
        Instant now = Instant.now(clock);
        c.forecast(value, me.personId(), now);
        updates.save(new ForecastUpdate(c.getId(), value, reason.strip(), me.personId(), now));
        components.flush();
    }

    private StaleEditException stale(ComponentForecast c) {
        ComponentView now = reads.components(quarterKeyOf(c)).get(c.getComponent());
        String owner = now == null || now.ownerName() == null ? "no one" : now.ownerName();
        String forecast = now == null || now.forecast() == null ? "no forecast"
                : Money.full(now.forecast()) + (now.lastReason() == null ? "" : " (" + now.lastBy() + ": “" + now.lastReason() + "”)");
        return new StaleEditException("Someone changed " + c.getComponent().label().toLowerCase() + " in the meantime: it is now owned by "
                + owner + ", forecast " + forecast + ". What you typed is still in the form: save again to replace it.");
    }

    private String quarterKeyOf(ComponentForecast c) {
        return quarters.findById(c.getQuarterId()).map(NrrQuarter::getQuarterKey).orElseThrow();
    }

    private String who(NrrQuarter q) {
        return q.getChangedBy() == null ? "Someone" : people.get(q.getChangedBy()).name();
    }

    /** The quarter's row, locked; created with its three components when it has none. */
    private NrrQuarter lockOrCreate(FiscalQuarter quarter, CadenceUser me) {
        return quarters.lockByKey(quarter.key()).orElseGet(() -> {
            Instant now = Instant.now(clock);
            NrrQuarter q = quarters.saveAndFlush(new NrrQuarter(quarter.key(), me.personId(), now));
            for (NrrComponent c : NrrComponent.values()) {
                components.save(new ComponentForecast(q.getId(), c, me.personId(), now));
            }
            components.flush();
            return q;
        });
    }
}
