package dev.cadence.nrr;

import static dev.cadence.web.UploadedCsv.cell;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.web.NumberFormatter;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.TypedNumber;
import dev.cadence.web.UploadedCsv;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads at-risk accounts from CSV ({@code account,arr,renewal_date,risk,reason,save_plan,owner_email,escalation}): a
 * preview line by line, then a commit that stores every line or none. An account already on the list (same name, any
 * case) is updated; importing the same file twice changes nothing the second time.
 */
@Service
@Transactional
public class AccountImportService {

    public static final List<String> COLUMNS = List.of("account", "arr", "renewal_date", "risk", "reason", "save_plan", "owner_email",
            "escalation");
    static final List<String> REQUIRED = List.of("account", "arr", "renewal_date", "risk", "reason", "owner_email");
    static final int MAX_ROWS = 5_000;

    private final AtRiskAccountRepository accounts;
    private final AtRiskService service;
    private final PersonService people;
    private final NumberFormatter numbers;
    private final Clock clock;

    AccountImportService(AtRiskAccountRepository accounts, AtRiskService service, PersonService people, NumberFormatter numbers,
                         Clock clock) {
        this.accounts = accounts;
        this.service = service;
        this.people = people;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccountImport preview(String csv, CadenceUser me) {
        NrrPermissions.requireEditAccounts(me);
        return plan(csv).report(false);
    }

    /** Stores every line, or none: {@link AccountImportRefusedException} with the report when any line is bad. */
    public AccountImport commit(String csv, CadenceUser me) {
        NrrPermissions.requireEditAccounts(me);
        Plan plan = plan(csv);
        AccountImport report = plan.report(false);
        if (!report.valid()) {
            throw new AccountImportRefusedException(report);
        }
        Instant now = Instant.now(clock);
        // Existing accounts locked in a fixed order (by id), as every save of one locks it first.
        List<Planned> changing = plan.rows().stream().filter(p -> !"unchanged".equals(p.action)).toList();
        changing.stream().filter(p -> p.existingId != null).sorted(Comparator.comparing(p -> p.existingId))
                .forEach(p -> accounts.lockById(p.existingId).orElseThrow().describe(p.spec, me.personId(), now));
        changing.stream().filter(p -> p.existingId == null).forEach(p -> accounts.save(new AtRiskAccount(p.spec, me.personId(), now)));
        accounts.flush();
        return plan.report(true);
    }

    private record Planned(long line, CSVRecord record, AccountSpec spec, Long existingId, String action, String error) {
    }

    private record Plan(List<Planned> rows, List<String> fileErrors) {
        AccountImport report(boolean committed) {
            return new AccountImport(rows.stream().map(p -> new AccountImport.Line(p.line, cell(p.record, "account"), cell(p.record, "arr"),
                    cell(p.record, "renewal_date"), cell(p.record, "risk"), cell(p.record, "owner_email"), cell(p.record, "escalation"),
                    p.error == null ? p.action : null, p.error)).toList(), fileErrors, committed);
        }
    }

    private Plan plan(String csv) {
        UploadedCsv.Read read = UploadedCsv.read(csv, COLUMNS, REQUIRED, MAX_ROWS);
        List<String> fileErrors = read.errors();
        if (read.refused()) {
            return new Plan(List.of(), fileErrors);
        }
        List<CSVRecord> records = read.records();
        Map<String, Long> seen = new HashMap<>();
        List<Planned> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            long line = r.getRecordNumber() + 1;
            AccountSpec spec = null;
            Long existingId = null;
            String action = null;
            String error = UploadedCsv.controlCharacter(r, COLUMNS);
            if (error == null) {
                try {
                    spec = spec(r);
                    Optional<AtRiskAccount> existing = accounts.findByName(spec.account());
                    existingId = existing.map(AtRiskAccount::getId).orElse(null);
                    spec = service.check(spec, existingId);
                    action = existing.isEmpty() ? "create" : existing.get().spec().equals(spec) ? "unchanged" : "update";
                    Long first = seen.putIfAbsent(spec.account().toLowerCase(Locale.ROOT), line);
                    if (first != null) {
                        error = "Duplicate of line " + first + ": one line per account.";
                    }
                } catch (RuleViolationException refused) {
                    error = (refused.field() == null ? "" : column(refused.field()) + ": ") + refused.getMessage();
                }
            }
            rows.add(new Planned(line, r, spec, existingId, action, error));
        }
        return new Plan(rows, fileErrors);
    }

    private AccountSpec spec(CSVRecord r) {
        TypedNumber arr = numbers.read(cell(r, "arr"));
        BigDecimal amount = Money.read(arr, "arr", "The ARR");
        LocalDate renewal;
        try {
            renewal = cell(r, "renewal_date").isEmpty() ? null : LocalDate.parse(cell(r, "renewal_date"));
        } catch (DateTimeParseException bad) {
            throw new RuleViolationException("renewalDate", "\"" + cell(r, "renewal_date") + "\" is not a date: write it as 2027-01-15.");
        }
        Risk risk = null;
        String typedRisk = cell(r, "risk");
        for (Risk k : Risk.values()) {
            if (k.name().equalsIgnoreCase(typedRisk)) {
                risk = k;
            }
        }
        if (risk == null) {
            throw new RuleViolationException("risk", "\"" + typedRisk + "\" is not a risk: write high, medium or low.");
        }
        String email = cell(r, "owner_email");
        PersonView owner = email.isEmpty() ? null : people.findBySignInName(email).orElse(null);
        if (owner == null) {
            throw new RuleViolationException("ownerId", email.isEmpty() ? "The owner's e-mail address is needed."
                    : "Nobody signs in as \"" + email + "\": write the owner's e-mail address.");
        }
        Escalation escalation = Escalation.read(cell(r, "escalation"));
        if (escalation == null) {
            throw new RuleViolationException("escalation", "\"" + cell(r, "escalation")
                    + "\" is not an escalation: write none, vp_cs, cro, ceo, saved or churned.");
        }
        return new AccountSpec(cell(r, "account"), amount, renewal, risk, cell(r, "reason"),
                cell(r, "save_plan").isEmpty() ? null : cell(r, "save_plan"), owner.id(), escalation);
    }

    private static String column(String field) {
        return switch (field) {
            case "renewalDate" -> "renewal_date";
            case "savePlan" -> "save_plan";
            case "ownerId" -> "owner_email";
            default -> field;
        };
    }
}
