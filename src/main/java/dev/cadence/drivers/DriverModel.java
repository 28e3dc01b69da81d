package dev.cadence.drivers;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.data.DataAccessorIfc;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.AverageFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.functions.basic.SumFunction;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tree's nodes compiled: each formula parsed once (EvalEx, restricted to arithmetic, comparisons for IF and a short
 * list of functions over numbers: nothing that reaches Java, the clock, text or chance), its keys checked, the nodes
 * ordered so that each comes after what it uses (a cycle is refused), and for each lever the nodes it moves, so that
 * moving one lever recomputes only those. Once built it never changes: formulas read their variables from the values
 * being computed on the calling thread ({@link #VALUES}), never from the parsed expressions, so one model serves
 * concurrent views (the service keeps it while the tree's nodes are unchanged).
 */
final class DriverModel {

    static final MathContext MATH = MathContext.DECIMAL64;
    /** The values a formula reads while it is computed on this thread. */
    private static final ThreadLocal<Map<String, BigDecimal>> VALUES = new ThreadLocal<>();
    private static final DataAccessorIfc VARIABLES = new DataAccessorIfc() {
        @Override
        public EvaluationValue getData(String variable) {
            Map<String, BigDecimal> values = VALUES.get();
            BigDecimal value = values == null ? null : values.get(variable);
            return value == null ? null : EvaluationValue.numberValue(value);
        }

        @Override
        public void setData(String variable, EvaluationValue value) {
            throw new UnsupportedOperationException("A formula's variables are the tree's nodes.");
        }
    };
    /**
     * The functions a formula may call: arithmetic's few, nothing that reads the clock, draws a random number,
     * handles text or dates, or could take long (factorials). Upper case here; formulas may write them in any case.
     */
    static final List<String> FUNCTIONS = List.of("ABS", "AVERAGE", "CEILING", "FLOOR", "IF", "MAX", "MIN", "ROUND", "SUM");
    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .mathContext(MATH).dataAccessorSupplier(() -> VARIABLES)
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                    Map.entry("ABS", new AbsFunction()), Map.entry("AVERAGE", new AverageFunction()),
                    Map.entry("CEILING", new CeilingFunction()), Map.entry("FLOOR", new FloorFunction()),
                    Map.entry("IF", new IfFunction()), Map.entry("MAX", new MaxFunction()), Map.entry("MIN", new MinFunction()),
                    Map.entry("ROUND", new RoundFunction()), Map.entry("SUM", new SumFunction())))
            // No constants (PI, E, NULL, dates' formats): every name in a formula is a node's key.
            .defaultConstants(Map.of())
            .arraysAllowed(false).structuresAllowed(false).singleQuoteStringLiteralsAllowed(false)
            .build();
    /** What a refusal tells the author a formula may hold. */
    static final String ALLOWED = "node keys, numbers, + − * / ^ %, parentheses, comparisons inside IF, and the functions "
            + String.join(", ", FUNCTIONS);

    private final Map<String, ModelNode> nodes = new LinkedHashMap<>();
    private final String outcomeKey;
    private final Map<String, Expression> expressions = new HashMap<>();
    private final Map<String, List<String>> uses = new HashMap<>();
    private final List<String> order;
    private final Map<String, List<String>> downstream = new HashMap<>();

    private DriverModel(List<ModelNode> list, String outcomeKey) {
        list.forEach(n -> nodes.put(n.key(), n));
        this.outcomeKey = outcomeKey;
        for (ModelNode n : list) {
            if (n.kind() == NodeKind.COMPUTED) {
                compile(n);
            }
        }
        order = topologicalOrder();
        for (ModelNode n : list) {
            if (n.lever()) {
                downstream.put(n.key(), movedBy(n.key()));
            }
        }
    }

    /**
     * Compiles the nodes; refused (on {@code formula}, naming the node) when a formula cannot be read, uses a key
     * the tree does not have, or the formulas go round in a cycle.
     */
    static DriverModel of(List<ModelNode> nodes, String outcomeKey) {
        return new DriverModel(nodes, outcomeKey);
    }

    private void compile(ModelNode n) {
        String text = n.formula() == null ? "" : n.formula().trim();
        if (text.isEmpty()) {
            throw new RuleViolationException("formula", n.name() + " needs a formula over other nodes' keys, e.g. pipeline * win_rate.");
        }
        Expression expression = new Expression(text, CONFIGURATION);
        Set<String> used;
        try {
            expression.validate();
            requireArithmetic(n, expression.getAbstractSyntaxTree());
            used = new TreeSet<>(expression.getUndefinedVariables());
        } catch (ParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("Undefined function")) {
                throw new RuleViolationException("formula", "The formula of " + n.name() + " calls " + e.getTokenString()
                        + ", which formulas do not offer: write it with " + ALLOWED + ".");
            }
            throw new RuleViolationException("formula", "The formula of " + n.name() + " cannot be read: " + message
                    + ". Write it with " + ALLOWED + ".");
        }
        List<String> unknown = used.stream().filter(k -> !nodes.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("formula", "The formula of " + n.name() + " uses " + (unknown.size() == 1
                    ? "the unknown key " : "unknown keys ") + String.join(", ", unknown) + ": use the keys of this tree's nodes.");
        }
        if (used.contains(n.key())) {
            throw new RuleViolationException("formula", "The formula of " + n.name() + " uses its own key " + n.key()
                    + ": a node cannot be computed from itself.");
        }
        expressions.put(n.key(), expression);
        uses.put(n.key(), List.copyOf(used));
    }

    /** Refuses what the configuration parses but a node's number has no use for: text in quotes. */
    private static void requireArithmetic(ModelNode n, ASTNode node) {
        if (node.getToken().getType() == Token.TokenType.STRING_LITERAL) {
            throw new RuleViolationException("formula", "The formula of " + n.name() + " holds the text \"" + node.getToken().getValue()
                    + "\": a formula computes a number from " + ALLOWED + ".");
        }
        for (ASTNode p : node.getParameters()) {
            requireArithmetic(n, p);
        }
    }

    /** Every node after the nodes its formula uses; a cycle is refused, naming its nodes in order. */
    private List<String> topologicalOrder() {
        List<String> sorted = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (String key : nodes.keySet()) {
            visit(key, state, sorted, new ArrayDeque<>());
        }
        return sorted;
    }

    private void visit(String key, Map<String, Integer> state, List<String> sorted, Deque<String> path) {
        Integer s = state.get(key);
        if (s != null && s == 2) {
            return;
        }
        path.addLast(key);
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path);
            cycle = cycle.subList(cycle.indexOf(key), cycle.size());
            throw new RuleViolationException("formula", "The formulas go round in a cycle: " + String.join(" → ",
                    cycle.stream().map(k -> nodes.get(k).name() + " (" + k + ")").toList())
                    + ". A node cannot depend on itself, even through others.");
        }
        state.put(key, 1);
        for (String used : uses.getOrDefault(key, List.of())) {
            visit(used, state, sorted, path);
        }
        state.put(key, 2);
        path.removeLast();
        sorted.add(key);
    }

    /** The computed nodes whose value depends on this lever, in the order they are computed. */
    private List<String> movedBy(String lever) {
        Set<String> moved = new LinkedHashSet<>();
        moved.add(lever);
        List<String> out = new ArrayList<>();
        for (String key : order) {
            if (uses.getOrDefault(key, List.of()).stream().anyMatch(moved::contains)) {
                moved.add(key);
                out.add(key);
            }
        }
        return out;
    }

    String outcomeKey() {
        return outcomeKey;
    }

    ModelNode node(String key) {
        return nodes.get(key);
    }

    List<ModelNode> nodes() {
        return List.copyOf(nodes.values());
    }

    List<ModelNode> levers() {
        return nodes.values().stream().filter(ModelNode::lever).toList();
    }

    /** Moving {@code lever} moves {@code key}: a formula on the way to {@code key} uses the lever. */
    boolean moves(String lever, String key) {
        return downstream.getOrDefault(lever, List.of()).contains(key);
    }

    List<String> uses(String key) {
        return uses.getOrDefault(key, List.of());
    }

    /** The levers' assumptions. */
    Map<String, BigDecimal> assumptions() {
        Map<String, BigDecimal> values = new HashMap<>();
        levers().forEach(l -> values.put(l.key(), l.assumption()));
        return values;
    }

    /** The levers' baselines (a lever without one at its assumption). */
    Map<String, BigDecimal> baselines() {
        Map<String, BigDecimal> values = new HashMap<>();
        levers().forEach(l -> values.put(l.key(), l.baseline() != null ? l.baseline() : l.assumption()));
        return values;
    }

    /**
     * Every node's value for these lever values (a lever missing from them at its assumption); refused (on
     * {@code formula}, naming the node) when a formula divides by zero or does not give a number.
     */
    Map<String, BigDecimal> evaluate(Map<String, BigDecimal> leverValues) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (String key : order) {
            ModelNode n = nodes.get(key);
            if (n.lever()) {
                BigDecimal v = leverValues.get(key);
                values.put(key, v != null ? v : n.assumption() != null ? n.assumption() : BigDecimal.ZERO);
            } else {
                values.put(key, compute(key, values));
            }
        }
        return values;
    }

    /** The values with one lever moved: only the nodes that lever moves are computed again. */
    Map<String, BigDecimal> moved(Map<String, BigDecimal> base, String lever, BigDecimal value) {
        Map<String, BigDecimal> values = new HashMap<>(base);
        values.put(lever, value);
        for (String key : downstream.getOrDefault(lever, List.of())) {
            values.put(key, compute(key, values));
        }
        return values;
    }

    /**
     * The outcome with one lever moved, from the values at the plan: the few values it moves are kept over the
     * plan's, which are not copied (sensitivity, tornado and goal seek ask this hundreds of times a view).
     */
    BigDecimal outcomeWith(Map<String, BigDecimal> base, String lever, BigDecimal value) {
        Map<String, BigDecimal> changed = new HashMap<>();
        changed.put(lever, value);
        Map<String, BigDecimal> values = new java.util.AbstractMap<>() {
            @Override
            public BigDecimal get(Object key) {
                BigDecimal v = changed.get(key);
                return v != null ? v : base.get(key);
            }

            @Override
            public Set<Entry<String, BigDecimal>> entrySet() {
                throw new UnsupportedOperationException();
            }
        };
        for (String key : downstream.getOrDefault(lever, List.of())) {
            changed.put(key, compute(key, values));
        }
        return values.get(outcomeKey);
    }

    private BigDecimal compute(String key, Map<String, BigDecimal> values) {
        Expression expression = expressions.get(key);
        EvaluationValue result;
        VALUES.set(values);
        try {
            result = expression.evaluate();
        } catch (EvaluationException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.toLowerCase().contains("division by zero")) {
                throw new RuleViolationException("formula", "The formula of " + nodes.get(key).name()
                        + " divides by zero with these values: check what it divides by.");
            }
            throw new RuleViolationException("formula", "The formula of " + nodes.get(key).name() + " cannot be computed: " + message + ".");
        } catch (ParseException e) {
            throw new RuleViolationException("formula", "The formula of " + nodes.get(key).name() + " cannot be read: " + e.getMessage() + ".");
        } catch (ArithmeticException e) {
            if (String.valueOf(e.getMessage()).toLowerCase().contains("division by zero")) {
                throw new RuleViolationException("formula", "The formula of " + nodes.get(key).name()
                        + " divides by zero with these values: check what it divides by.");
            }
            throw new RuleViolationException("formula", "The formula of " + nodes.get(key).name()
                    + " cannot be computed with these values (" + e.getMessage() + ").");
        } finally {
            VALUES.remove();
        }
        if (!result.isNumberValue()) {
            throw new RuleViolationException("formula", "The formula of " + nodes.get(key).name() + " gives "
                    + (result.isBooleanValue() ? "true or false" : result.isStringValue() ? "text" : "something else")
                    + ", not a number: a node's value is a number.");
        }
        return result.getNumberValue();
    }
}
