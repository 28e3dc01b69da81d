package dev.cadence.nrr;

import dev.cadence.history.AuditedField;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.History;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The at-risk accounts: added, edited in place, closed as saved or churned, each change kept by Envers. A save locks
 * the account's row and checks the version the editor saw; a stale one is refused with what the other person changed.
 */
@Service
@Transactional
public class AtRiskService {

    private final AtRiskAccountRepository accounts;
    private final NrrReads reads;
    private final PersonService people;
    private final History history;
    private final Clock clock;

    AtRiskService(AtRiskAccountRepository accounts, NrrReads reads, PersonService people, History history, Clock clock) {
        this.accounts = accounts;
        this.reads = reads;
        this.people = people;
        this.history = history;
        this.clock = clock;
    }

    /** One account as its row shows it. */
    @Transactional(readOnly = true)
    public AccountView account(long id, CadenceUser me) {
        NrrPermissions.requireSeeAccounts(me);
        return reads.account(id).orElseThrow(() -> new NotFoundException("There is no at-risk account " + id + "."));
    }

    /** The account's changes, newest first: who changed which field from what to what. */
    @Transactional(readOnly = true)
    public List<ChangeSet> history(long id, CadenceUser me) {
        NrrPermissions.requireSeeAccounts(me);
        Map<Long, String> names = new HashMap<>();
        people.everyone().forEach(p -> names.put(p.id(), p.name()));
        List<ChangeSet> sets = new ArrayList<>(history.of(AtRiskAccount.class, id, List.of(
                AuditedField.of("Account", AtRiskAccount::getAccount),
                AuditedField.of("ARR", a -> Money.full(a.getArr())),
                AuditedField.of("Renewal date", AtRiskAccount::getRenewalDate),
                AuditedField.of("Risk", a -> a.getRisk().label()),
                AuditedField.of("Reason", AtRiskAccount::getReason),
                AuditedField.of("Save plan", AtRiskAccount::getSavePlan),
                AuditedField.of("Owner", a -> names.getOrDefault(a.getOwnerId(), "#" + a.getOwnerId())),
                AuditedField.of("Escalation", a -> a.getEscalation().label()))));
        Collections.reverse(sets);
        return sets;
    }

    /** Adds an account (CEO, CRO, VP CS, RevOps, administrators). */
    public AccountView add(AccountSpec spec, CadenceUser me) {
        NrrPermissions.requireEditAccounts(me);
        AccountSpec checked = check(spec, null);
        AtRiskAccount saved = accounts.saveAndFlush(new AtRiskAccount(checked, me.personId(), Instant.now(clock)));
        return reads.account(saved.getId()).orElseThrow();
    }

    /**
     * Saves the account as edited.
     *
     * @param expectedVersion the version the editor saw; another one is refused with what the other person changed
     */
    public AccountView save(long id, AccountSpec spec, long expectedVersion, CadenceUser me) {
        AtRiskAccount account = accounts.lockById(id).orElseThrow(() -> new NotFoundException("There is no at-risk account " + id + "."));
        NrrPermissions.requireEditAccount(me, account.getOwnerId());
        if (account.getVersion() != expectedVersion) {
            throw staleEdit(id, spec);
        }
        AccountSpec checked = check(spec, id);
        if (!checked.equals(account.spec())) {
            account.describe(checked, me.personId(), Instant.now(clock));
            accounts.flush();
        }
        return reads.account(id).orElseThrow();
    }

    /** Closes the account at its renewal: saved or churned. */
    public AccountView close(long id, Escalation outcome, long expectedVersion, CadenceUser me) {
        if (!outcome.closed()) {
            throw new RuleViolationException("An account is closed as saved or churned.");
        }
        AtRiskAccount account = accounts.lockById(id).orElseThrow(() -> new NotFoundException("There is no at-risk account " + id + "."));
        NrrPermissions.requireEditAccount(me, account.getOwnerId());
        if (account.getVersion() != expectedVersion) {
            throw staleEdit(id, null);
        }
        account.close(outcome, me.personId(), Instant.now(clock));
        accounts.flush();
        return reads.account(id).orElseThrow();
    }

    /** The refusal of a stale save: who changed the account since, and which fields (against what the editor sent). */
    private StaleEditException staleEdit(long id, AccountSpec mine) {
        AccountView theirs = reads.account(id).orElseThrow();
        List<String> differences = new ArrayList<>();
        if (mine != null) {
            AccountSpec t = theirs.spec();
            compare(differences, "ARR", Money.full(t.arr()), mine.arr() == null ? null : Money.full(mine.arr()));
            compare(differences, "renewal date", t.renewalDate(), mine.renewalDate());
            compare(differences, "risk", t.risk().label(), mine.risk() == null ? null : mine.risk().label());
            compare(differences, "reason", t.reason(), mine.reason());
            compare(differences, "save plan", t.savePlan(), mine.savePlan());
            compare(differences, "owner", theirs.ownerName(), mine.ownerId() == t.ownerId() ? theirs.ownerName() : "another owner");
            compare(differences, "escalation", t.escalation().label(), mine.escalation() == null ? null : mine.escalation().label());
        }
        String what = differences.isEmpty() ? "" : " It now reads: " + String.join("; ", differences) + ".";
        return new StaleEditException(theirs.changedBy() + " changed " + theirs.account() + " in the meantime." + what
                + (mine == null ? " Look at it again." : " Your version is still in the form: save again to replace theirs."));
    }

    private static void compare(List<String> differences, String field, Object theirs, Object mine) {
        if (!Objects.equals(theirs, mine)) {
            differences.add(field + " “" + (theirs == null ? "—" : theirs) + "”");
        }
    }

    /** The spec tidied and checked against the rules that need the database; refusals name their field. */
    AccountSpec check(AccountSpec spec, Long id) {
        String name = spec.account() == null ? "" : spec.account().strip();
        if (name.isEmpty()) {
            throw new RuleViolationException("account", "Name the account.");
        }
        if (name.length() > 160) {
            throw new RuleViolationException("account", "The account's name is at most 160 characters.");
        }
        if (accounts.nameTaken(name, id)) {
            throw new RuleViolationException("account", name + " is already on the at-risk list: edit it there.");
        }
        if (spec.arr() == null) {
            throw new RuleViolationException("arr", "The ARR at stake is needed, e.g. $120k.");
        }
        Money.read(spec.arr(), null, spec.arr().toPlainString(), "arr", "The ARR");
        if (spec.renewalDate() == null) {
            throw new RuleViolationException("renewalDate", "The renewal date is needed.");
        }
        if (spec.risk() == null) {
            throw new RuleViolationException("risk", "Choose the risk: high, medium or low.");
        }
        String reason = spec.reason() == null ? "" : spec.reason().strip();
        if (reason.isEmpty()) {
            throw new RuleViolationException("reason", "Say why the account is at risk.");
        }
        if (reason.length() > 2000) {
            throw new RuleViolationException("reason", "The reason is at most 2,000 characters.");
        }
        String plan = spec.savePlan() == null || spec.savePlan().isBlank() ? null : spec.savePlan().strip();
        if (plan != null && plan.length() > 2000) {
            throw new RuleViolationException("savePlan", "The save plan is at most 2,000 characters.");
        }
        PersonView owner;
        try {
            owner = people.get(spec.ownerId());
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("ownerId", "There is no such person: choose the owner from the list.");
        }
        if (!owner.mayOwnWork()) {
            throw new RuleViolationException("ownerId", owner.name() + " cannot own an account: choose an active member of the team.");
        }
        if (spec.escalation() == null) {
            throw new RuleViolationException("escalation", "Choose the escalation.");
        }
        return new AccountSpec(name, spec.arr().setScale(2, java.math.RoundingMode.UNNECESSARY), spec.renewalDate(), spec.risk(),
                reason, plan, spec.ownerId(), spec.escalation());
    }
}
