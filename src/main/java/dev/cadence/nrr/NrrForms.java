package dev.cadence.nrr;

import dev.cadence.web.TypedNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The NRR page's forms: one object per form, Bean Validation for shape; the services check the rules. */
final class NrrForms {

    private NrrForms() {
    }

    /** A component's forecast update: the amount and why. */
    static class Forecast {
        @NotNull(message = "The forecast is needed: an amount such as $120k or 1,200,000.")
        private TypedNumber amount;
        @NotBlank(message = "Say why: every forecast update needs its reason (what changed, which accounts).")
        @Size(max = 2000, message = "The reason is at most 2,000 characters.")
        private String reason;
        private long version;
        /** Which component the form was sent for (from the path): only its editor shows what was typed. */
        private String component;

        public TypedNumber getAmount() {
            return amount;
        }

        public void setAmount(TypedNumber amount) {
            this.amount = amount;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getComponent() {
            return component;
        }

        public void setComponent(String component) {
            this.component = component;
        }
    }

    /** A component's owner. */
    static class Owner {
        @NotNull(message = "Choose the owner.")
        private Long ownerId;
        private long version;
        private String component;

        public Long getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(Long ownerId) {
            this.ownerId = ownerId;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getComponent() {
            return component;
        }

        public void setComponent(String component) {
            this.component = component;
        }
    }

    /** The quarter's starting ARR and renewals due. */
    static class Baseline {
        @NotNull(message = "The starting ARR is needed, e.g. $42.6M.")
        private TypedNumber startingArr;
        @NotNull(message = "The ARR up for renewal is needed, e.g. $9.8M.")
        private TypedNumber renewalsDue;
        private long version;

        static Baseline of(NrrPage page) {
            Baseline f = new Baseline();
            f.startingArr = TypedNumber.of(page.snapshot().startingArr());
            f.renewalsDue = TypedNumber.of(page.snapshot().renewalsDue());
            f.version = page.quarterVersion();
            return f;
        }

        public TypedNumber getStartingArr() {
            return startingArr;
        }

        public void setStartingArr(TypedNumber startingArr) {
            this.startingArr = startingArr;
        }

        public TypedNumber getRenewalsDue() {
            return renewalsDue;
        }

        public void setRenewalsDue(TypedNumber renewalsDue) {
            this.renewalsDue = renewalsDue;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** The quarter's actual components. */
    static class Actuals {
        @NotNull(message = "The actual churn is needed ($0 when none).")
        private TypedNumber churn;
        @NotNull(message = "The actual contraction is needed ($0 when none).")
        private TypedNumber contraction;
        @NotNull(message = "The actual expansion is needed ($0 when none).")
        private TypedNumber expansion;
        private long version;

        static Actuals of(NrrPage page) {
            Actuals f = new Actuals();
            NrrSnapshot s = page.snapshot();
            f.churn = TypedNumber.of(s.component(NrrComponent.CHURN).actual());
            f.contraction = TypedNumber.of(s.component(NrrComponent.CONTRACTION).actual());
            f.expansion = TypedNumber.of(s.component(NrrComponent.EXPANSION).actual());
            f.version = page.quarterVersion();
            return f;
        }

        public TypedNumber getChurn() {
            return churn;
        }

        public void setChurn(TypedNumber churn) {
            this.churn = churn;
        }

        public TypedNumber getContraction() {
            return contraction;
        }

        public void setContraction(TypedNumber contraction) {
            this.contraction = contraction;
        }

        public TypedNumber getExpansion() {
            return expansion;
        }

        public void setExpansion(TypedNumber expansion) {
            this.expansion = expansion;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** An at-risk account, added or edited in place. */
    static class Account {
        @NotBlank(message = "Name the account.")
        @Size(max = 160, message = "The account's name is at most 160 characters.")
        private String account;
        @NotNull(message = "The ARR at stake is needed, e.g. $120k.")
        private TypedNumber arr;
        @NotNull(message = "The renewal date is needed.")
        private LocalDate renewalDate;
        @NotNull(message = "Choose the risk.")
        private Risk risk;
        @NotBlank(message = "Say why the account is at risk.")
        @Size(max = 2000, message = "The reason is at most 2,000 characters.")
        private String reason;
        @Size(max = 2000, message = "The save plan is at most 2,000 characters.")
        private String savePlan;
        @NotNull(message = "Choose the account's owner.")
        private Long ownerId;
        @NotNull(message = "Choose the escalation.")
        private Escalation escalation = Escalation.NONE;
        private long version;

        static Account from(AccountView a) {
            Account f = new Account();
            f.account = a.account();
            f.arr = TypedNumber.of(a.arr().stripTrailingZeros());
            f.renewalDate = a.renewalDate();
            f.risk = a.risk();
            f.reason = a.reason();
            f.savePlan = a.savePlan();
            f.ownerId = a.ownerId();
            f.escalation = a.escalation();
            f.version = a.version();
            return f;
        }

        /** The choices of the risk and escalation selects. */
        public Risk[] getRisks() {
            return Risk.values();
        }

        public Escalation[] getEscalations() {
            return Escalation.values();
        }

        AccountSpec spec() {
            return new AccountSpec(account, Money.read(arr, "arr", "The ARR"), renewalDate, risk, reason, savePlan, ownerId, escalation);
        }

        public String getAccount() {
            return account;
        }

        public void setAccount(String account) {
            this.account = account;
        }

        public TypedNumber getArr() {
            return arr;
        }

        public void setArr(TypedNumber arr) {
            this.arr = arr;
        }

        public LocalDate getRenewalDate() {
            return renewalDate;
        }

        public void setRenewalDate(LocalDate renewalDate) {
            this.renewalDate = renewalDate;
        }

        public Risk getRisk() {
            return risk;
        }

        public void setRisk(Risk risk) {
            this.risk = risk;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getSavePlan() {
            return savePlan;
        }

        public void setSavePlan(String savePlan) {
            this.savePlan = savePlan;
        }

        public Long getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(Long ownerId) {
            this.ownerId = ownerId;
        }

        public Escalation getEscalation() {
            return escalation;
        }

        public void setEscalation(Escalation escalation) {
            this.escalation = escalation;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
