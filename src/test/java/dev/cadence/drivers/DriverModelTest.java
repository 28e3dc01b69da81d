package dev.cadence.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formulas, refusals, sensitivity and goal seek against values worked out by hand. */
class DriverModelTest {

    static ModelNode lever(String key, String name, DriverUnit unit, String assumption, String step, boolean relative) {
        return new ModelNode(key, name, NodeKind.LEVER, unit, null, null, new BigDecimal(assumption),
                step == null ? null : new BigDecimal(step), relative);
    }

    static ModelNode computed(String key, String name, DriverUnit unit, String formula) {
        return new ModelNode(key, name, NodeKind.COMPUTED, unit, formula, null, null, null, false);
    }

    /** ending = start + new − churn; new = opportunities × win rate × ASP; churn = start × monthly churn × 12. */
    static List<ModelNode> small() {
        return List.of(
                computed("ending_arr", "Ending ARR", DriverUnit.MONEY, "starting_arr + new_arr - churned_arr"),
                lever("starting_arr", "Starting ARR", DriverUnit.MONEY, "40000000", null, false),
                computed("new_arr", "New ARR", DriverUnit.MONEY, "opportunities * win_rate * asp"),
                lever("opportunities", "Opportunities", DriverUnit.COUNT, "400", "0.10", true),
                lever("win_rate", "Win rate", DriverUnit.PERCENT, "0.25", "0.01", false),
                lever("asp", "ASP", DriverUnit.MONEY, "50000", "5000", false),
                computed("churned_arr", "Churned ARR", DriverUnit.MONEY, "starting_arr * churn_rate * 12"),
                lever("churn_rate", "Monthly churn", DriverUnit.PERCENT, "0.01", "-0.001", false));
    }

    @Test
    void computesTheOutcomeFromTheLevers() {
        DriverModel model = DriverModel.of(small(), "ending_arr");
        Map<String, BigDecimal> values = model.evaluate(model.assumptions());
        // new = 400 × 0.25 × 50,000 = 5,000,000; churn = 40M × 0.01 × 12 = 4,800,000; ending = 40.2M
        assertThat(values.get("new_arr")).isEqualByComparingTo("5000000");
        assertThat(values.get("churned_arr")).isEqualByComparingTo("4800000");
        assertThat(values.get("ending_arr")).isEqualByComparingTo("40200000");
    }

    @Test
    void sensitivityIsOneStepOfEachLeverWrittenAsASentence() {
        DriverModel model = DriverModel.of(small(), "ending_arr");
        List<Sensitivity> s = new DriverAnalysis(model, model.evaluate(model.assumptions())).sensitivities();
        // Starting ARR has no step: it is held, not pulled.
        assertThat(s).extracting(Sensitivity::leverKey).containsExactly("opportunities", "win_rate", "asp", "churn_rate");
        // +1 pt win rate: 400 × 0.01 × 50,000 = +200,000
        assertThat(s.get(1).outcomeDelta()).isEqualByComparingTo("200000");
        assertThat(s.get(1).sentence()).isEqualTo("+1 pt Win rate = +$200K Ending ARR");
        // +10% opportunities: 40 × 0.25 × 50,000 = +500,000
        assertThat(s.get(0).outcomeDelta()).isEqualByComparingTo("500000");
        assertThat(s.get(0).sentence()).isEqualTo("+10% Opportunities = +$500K Ending ARR");
        // +$5K ASP: 400 × 0.25 × 5,000 = +500,000
        assertThat(s.get(2).outcomeDelta()).isEqualByComparingTo("500000");
        // −0.1 pt monthly churn: 40M × 0.001 × 12 = +480,000
        assertThat(s.get(3).outcomeDelta()).isEqualByComparingTo("480000");
        assertThat(s.get(3).sentence()).isEqualTo("−0.1 pts Monthly churn = +$480K Ending ARR");
    }

    @Test
    void tornadoSortsTheLeversByTheRangeOfTheOutcome() {
        DriverModel model = DriverModel.of(small(), "ending_arr");
        List<TornadoBar> bars = new DriverAnalysis(model, model.evaluate(model.assumptions())).tornado(10);
        // ±10% of new ARR's factors moves the outcome ±500,000 each; ±10% of churn ±480,000.
        assertThat(bars).extracting(TornadoBar::leverKey).endsWith("churn_rate");
        assertThat(bars.get(0).lowOutcome()).isEqualByComparingTo("39700000");
        assertThat(bars.get(0).highOutcome()).isEqualByComparingTo("40700000");
        TornadoBar churn = bars.get(3);
        assertThat(churn.lowOutcome()).isEqualByComparingTo("40680000");
        assertThat(churn.highOutcome()).isEqualByComparingTo("39720000");
    }

    @Test
    void goalSeekFindsTheValueThatClosesTheGapHoldingTheOthers() {
        DriverModel model = DriverModel.of(small(), "ending_arr");
        DriverAnalysis analysis = new DriverAnalysis(model, model.evaluate(model.assumptions()));
        // Reach 41M: new ARR must be 5.8M → win rate 5.8M / (400 × 50,000) = 0.29
        GoalSeek winRate = analysis.goalSeek(model.node("win_rate"), new BigDecimal("41000000"));
        assertThat(winRate.possible()).isTrue();
        assertThat(winRate.value()).isEqualByComparingTo("0.29");
        assertThat(winRate.sentence()).startsWith("Win rate would need to be 29%");
        // Churn: 40M × c × 12 = 40M + 5M − 41M = 4M → c = 1/120
        GoalSeek churn = analysis.goalSeek(model.node("churn_rate"), new BigDecimal("41000000"));
        assertThat(churn.value().doubleValue()).isCloseTo(1.0 / 120, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void goalSeekSaysWhenNoValueCan() {
        DriverModel model = DriverModel.of(small(), "ending_arr");
        DriverAnalysis analysis = new DriverAnalysis(model, model.evaluate(model.assumptions()));
        // 60M needs new ARR of 24.8M: a win rate of 124%.
        GoalSeek winRate = analysis.goalSeek(model.node("win_rate"), new BigDecimal("60000000"));
        assertThat(winRate.possible()).isFalse();
        assertThat(winRate.value()).isEqualByComparingTo("1.24");
        assertThat(winRate.sentence()).contains("124%").contains("cannot exceed 100%");
        // 50M by churn alone would need churn below zero.
        GoalSeek churn = analysis.goalSeek(model.node("churn_rate"), new BigDecimal("50000000"));
        assertThat(churn.possible()).isFalse();
        assertThat(churn.sentence()).contains("below zero");
    }

    @Test
    void goalSeekWorksForAnyLeverAlsoOneWithoutAStep() {
        DriverModel model = DriverModel.of(small(), "ending_arr");
        DriverAnalysis analysis = new DriverAnalysis(model, model.evaluate(model.assumptions()));
        // Starting ARR has no step (it is held in the sensitivity), yet it can be sought: S + 5M − 0.12 S = 41M → S = 36M / 0.88.
        GoalSeek start = analysis.goalSeek(model.node("starting_arr"), new BigDecimal("41000000"));
        assertThat(start.answer()).isEqualTo(GoalSeek.Answer.FOUND);
        assertThat(start.value().doubleValue()).isCloseTo(36_000_000 / 0.88, org.assertj.core.data.Offset.offset(0.01));
        // ASP: 400 × 0.25 × a = 5.8M → a = $58,000, +$8,000 from $50,000.
        GoalSeek asp = analysis.goalSeek(model.node("asp"), new BigDecimal("41000000"));
        assertThat(asp.value()).isEqualByComparingTo("58000");
        assertThat(asp.changeLabel()).isEqualTo("+$8,000");
        assertThat(asp.sentence()).isEqualTo("ASP would need to be $58K, +$8,000 from $50K, for Ending ARR to reach $41M with the other "
                + "levers held.");
        // Already there: the lever stays.
        GoalSeek there = analysis.goalSeek(model.node("win_rate"), new BigDecimal("40200000"));
        assertThat(there.answer()).isEqualTo(GoalSeek.Answer.AT_TARGET);
        assertThat(there.possible()).isTrue();
    }

    @Test
    void goalSeekRefusesANegativeCountAndALeverTheOutcomeDoesNotUse() {
        List<ModelNode> nodes = new ArrayList<>(small());
        nodes.add(lever("headcount", "Headcount", DriverUnit.COUNT, "120", "0.10", true));
        DriverModel model = DriverModel.of(nodes, "ending_arr");
        DriverAnalysis analysis = new DriverAnalysis(model, model.evaluate(model.assumptions()));
        // 30M needs new ARR of 30M − 40M + 4.8M = −5.2M: −5.2M / (0.25 × 50,000) = −416 opportunities.
        GoalSeek opportunities = analysis.goalSeek(model.node("opportunities"), new BigDecimal("30000000"));
        assertThat(opportunities.answer()).isEqualTo(GoalSeek.Answer.BELOW_RANGE);
        assertThat(opportunities.value()).isEqualByComparingTo("-416");
        assertThat(opportunities.sentence()).isEqualTo("Impossible: Opportunities would need to be −416 for Ending ARR to reach $30M, "
                + "and it cannot be below zero.");
        // No formula uses headcount: no value of it moves the outcome.
        GoalSeek headcount = analysis.goalSeek(model.node("headcount"), new BigDecimal("41000000"));
        assertThat(headcount.answer()).isEqualTo(GoalSeek.Answer.NOT_USED);
        assertThat(headcount.value()).isNull();
        assertThat(headcount.sentence()).startsWith("Ending ARR is not computed from Headcount");
    }

    @Test
    void goalSeekFindsAValueWhereTheOutcomeBendsAndSaysWhenItLevelsOff() {
        // outcome = 1,000 × MAX(0, x − 100) + 1,000 × MIN(y, 100): at x = 50, y = 80 it is 80,000, and moving x a little moves nothing.
        List<ModelNode> nodes = List.of(
                computed("outcome", "Outcome", DriverUnit.MONEY, "1000 * MAX(0, x - 100) + 1000 * MIN(y, 100)"),
                lever("x", "Lever x", DriverUnit.COUNT, "50", "1", false),
                lever("y", "Lever y", DriverUnit.COUNT, "80", "1", false));
        DriverModel model = DriverModel.of(nodes, "outcome");
        DriverAnalysis analysis = new DriverAnalysis(model, model.evaluate(model.assumptions()));
        // 130,000 needs 1,000 × (x − 100) = 50,000: x = 150.
        GoalSeek x = analysis.goalSeek(model.node("x"), new BigDecimal("130000"));
        assertThat(x.answer()).isEqualTo(GoalSeek.Answer.FOUND);
        assertThat(x.value().doubleValue()).isCloseTo(150, org.assertj.core.data.Offset.offset(1e-6));
        // y adds at most 20,000 more (capped at 100): 130,000 is out of its reach.
        GoalSeek y = analysis.goalSeek(model.node("y"), new BigDecimal("130000"));
        assertThat(y.answer()).isEqualTo(GoalSeek.Answer.UNREACHABLE);
        assertThat(y.possible()).isFalse();
        assertThat(y.sentence()).contains("No value of Lever y brings Outcome to $130K").contains("levels off below the target");
        // 95,000 is: y = 95.
        assertThat(analysis.goalSeek(model.node("y"), new BigDecimal("95000")).value().doubleValue())
                .isCloseTo(95, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aRateMayExceedAHundredPercentOnlyWhenItIsPlannedAboveIt() {
        // Net retention planned at 105%: 40M × r = 48M → r = 120%, a value such a rate can take.
        List<ModelNode> nodes = List.of(
                computed("ending", "Ending ARR", DriverUnit.MONEY, "starting * nrr"),
                lever("starting", "Starting ARR", DriverUnit.MONEY, "40000000", null, false),
                lever("nrr", "Net retention", DriverUnit.PERCENT, "1.05", "0.01", false));
        DriverModel model = DriverModel.of(nodes, "ending");
        GoalSeek nrr = new DriverAnalysis(model, model.evaluate(model.assumptions())).goalSeek(model.node("nrr"), new BigDecimal("48000000"));
        assertThat(nrr.answer()).isEqualTo(GoalSeek.Answer.FOUND);
        assertThat(nrr.value()).isEqualByComparingTo("1.2");
        assertThat(nrr.valueLabel()).isEqualTo("120%");
    }

    @Test
    void formulasComputeWithArithmeticAndTheAllowedFunctions() {
        List<ModelNode> nodes = List.of(
                computed("outcome", "Outcome", DriverUnit.MONEY,
                        "MIN(a, 300) + max(a, b) + ROUND(c, 1) + IF(a > b && b >= 0, 1000, 0) + ABS(b - a) + FLOOR(c) + CEILING(c) "
                                + "+ SUM(a, b) + AVERAGE(a, b) + a % 7 + 2 ^ 3"),
                lever("a", "A", DriverUnit.COUNT, "400", null, false),
                lever("b", "B", DriverUnit.COUNT, "100", null, false),
                lever("c", "C", DriverUnit.RATIO, "2.34", null, false));
        DriverModel model = DriverModel.of(nodes, "outcome");
        // 300 + 400 + 2.3 + 1000 + 300 + 2 + 3 + 500 + 250 + 1 + 8 = 2,766.3
        assertThat(model.evaluate(model.assumptions()).get("outcome")).isEqualByComparingTo("2766.3");
    }

    @Test
    void anythingBeyondArithmeticAndTheAllowedFunctionsIsRefusedNamingTheNode() {
        for (String formula : List.of("STR_LENGTH(\"abc\") * win_rate", "DT_NOW()", "RANDOM() * asp", "FACT(200)", "SQRT(asp)",
                "LOG(asp)", "str_lower(\"x\")")) {
            List<ModelNode> nodes = new ArrayList<>(small());
            nodes.set(2, computed("new_arr", "New ARR", DriverUnit.MONEY, formula));
            assertThatThrownBy(() -> DriverModel.of(nodes, "ending_arr")).as(formula).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("The formula of New ARR calls").hasMessageContaining("which formulas do not offer")
                    .hasMessageContaining("MIN, ROUND")
                    .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("formula"));
        }
        List<ModelNode> text = new ArrayList<>(small());
        text.set(2, computed("new_arr", "New ARR", DriverUnit.MONEY, "\"1000\" + asp"));
        assertThatThrownBy(() -> DriverModel.of(text, "ending_arr")).hasMessageContaining("The formula of New ARR holds the text \"1000\"");
        for (String formula : List.of("asp[0]", "asp.value")) {
            List<ModelNode> nodes = new ArrayList<>(small());
            nodes.set(2, computed("new_arr", "New ARR", DriverUnit.MONEY, formula));
            assertThatThrownBy(() -> DriverModel.of(nodes, "ending_arr")).as(formula)
                    .hasMessageContaining("The formula of New ARR cannot be read");
        }
        // No constants: PI is a key like any other, and this tree has none.
        List<ModelNode> constant = new ArrayList<>(small());
        constant.set(2, computed("new_arr", "New ARR", DriverUnit.MONEY, "PI * asp"));
        assertThatThrownBy(() -> DriverModel.of(constant, "ending_arr")).hasMessageContaining("uses the unknown key PI");
    }

    @Test
    void anUnknownKeyIsRefusedNamingTheNode() {
        List<ModelNode> nodes = new ArrayList<>(small());
        nodes.set(2, computed("new_arr", "New ARR", DriverUnit.MONEY, "opportunites * win_rate * asp"));
        assertThatThrownBy(() -> DriverModel.of(nodes, "ending_arr")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("New ARR").hasMessageContaining("opportunites")
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("formula"));
    }

    @Test
    void aCycleIsRefusedNamingItsNodes() {
        List<ModelNode> nodes = new ArrayList<>(small());
        nodes.set(6, computed("churned_arr", "Churned ARR", DriverUnit.MONEY, "ending_arr * churn_rate * 12"));
        assertThatThrownBy(() -> DriverModel.of(nodes, "ending_arr")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cycle").hasMessageContaining("Ending ARR (ending_arr)").hasMessageContaining("Churned ARR (churned_arr)");
    }

    @Test
    void divisionByZeroAndTypeErrorsAreRefusedNamingTheNode() {
        List<ModelNode> nodes = new ArrayList<>(small());
        nodes.set(6, computed("churned_arr", "Churned ARR", DriverUnit.MONEY, "starting_arr / (churn_rate - 0.01)"));
        DriverModel model = DriverModel.of(nodes, "ending_arr");
        assertThatThrownBy(() -> model.evaluate(model.assumptions())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Churned ARR").hasMessageContaining("divides by zero");

        nodes.set(6, computed("churned_arr", "Churned ARR", DriverUnit.MONEY, "starting_arr > churn_rate"));
        DriverModel typed = DriverModel.of(nodes, "ending_arr");
        assertThatThrownBy(() -> typed.evaluate(typed.assumptions())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Churned ARR").hasMessageContaining("not a number");

        nodes.set(6, computed("churned_arr", "Churned ARR", DriverUnit.MONEY, "starting_arr * (churn_rate"));
        assertThatThrownBy(() -> DriverModel.of(nodes, "ending_arr")).hasMessageContaining("Churned ARR").hasMessageContaining("cannot be read");
    }

    @Test
    void movingOneLeverRecomputesWhatItMovesOnly() {
        DriverModel model = DriverModel.of(small(), "ending_arr");
        Map<String, BigDecimal> base = model.evaluate(model.assumptions());
        Map<String, BigDecimal> moved = model.moved(base, "asp", new BigDecimal("60000"));
        assertThat(moved.get("new_arr")).isEqualByComparingTo("6000000");
        assertThat(moved.get("ending_arr")).isEqualByComparingTo("41200000");
        assertThat(moved.get("churned_arr")).isEqualByComparingTo("4800000");
    }
}
