package dev.cadence.drivers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Times the computing of bench/drivers.sh's tree of 200 nodes (120 levers with a step, a fixed base, 60 products of two
 * levers, 12 sums of five products, 6 sums of two sums and the outcome): a measurement to read, not a test (nothing
 * here can fail on a slow machine). Run after {@code ./mvnw test-compile}:
 * <pre>
 *   ./mvnw -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) dev.cadence.drivers.DriverModelBenchmark
 * </pre>
 */
public final class DriverModelBenchmark {

    private DriverModelBenchmark() {
    }

    static List<ModelNode> benchTree() {
        List<ModelNode> nodes = new ArrayList<>();
        nodes.add(new ModelNode("outcome", "Outcome", NodeKind.COMPUTED, DriverUnit.MONEY,
                "base + pair_1 + pair_2 + pair_3 + pair_4 + pair_5 + pair_6", null, null, null, false));
        nodes.add(new ModelNode("base", "Base", NodeKind.LEVER, DriverUnit.MONEY, null, new BigDecimal("50000000"),
                new BigDecimal("50000000"), null, false));
        for (int n = 1; n <= 120; n++) {
            boolean rate = n % 2 == 0;
            nodes.add(new ModelNode("lever_" + n, "Lever " + n, NodeKind.LEVER, rate ? DriverUnit.PERCENT : DriverUnit.COUNT, null,
                    rate ? new BigDecimal("0.24") : BigDecimal.valueOf(900 + n), rate ? new BigDecimal("0.25") : BigDecimal.valueOf(1000 + n),
                    rate ? new BigDecimal("0.01") : new BigDecimal("0.1"), !rate));
        }
        for (int n = 1; n <= 60; n++) {
            nodes.add(new ModelNode("product_" + n, "Product " + n, NodeKind.COMPUTED, DriverUnit.MONEY,
                    "lever_" + (2 * n - 1) + " * lever_" + (2 * n) + " * 1000", null, null, null, false));
        }
        for (int g = 1; g <= 12; g++) {
            List<String> terms = new ArrayList<>();
            for (int n = 5 * g - 4; n <= 5 * g; n++) {
                terms.add("product_" + n);
            }
            nodes.add(new ModelNode("group_" + g, "Group " + g, NodeKind.COMPUTED, DriverUnit.MONEY, String.join(" + ", terms), null, null,
                    null, false));
        }
        for (int h = 1; h <= 6; h++) {
            nodes.add(new ModelNode("pair_" + h, "Pair " + h, NodeKind.COMPUTED, DriverUnit.MONEY,
                    "group_" + (2 * h - 1) + " + group_" + (2 * h), null, null, null, false));
        }
        return nodes;
    }

    public static void main(String[] args) {
        List<ModelNode> nodes = benchTree();
        BigDecimal target = new BigDecimal("100000000");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double[] compile = new double[rounds];
        double[] compute = new double[rounds];
        double[] seekAll = new double[rounds];
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                DriverModel model = DriverModel.of(nodes, "outcome");
                long t1 = System.nanoTime();
                // What a view of the tree computes: the plan, the baselines, every lever's sensitivity, the tornado, one goal seek.
                Map<String, BigDecimal> plan = model.evaluate(model.assumptions());
                model.evaluate(model.baselines());
                DriverAnalysis analysis = new DriverAnalysis(model, plan);
                analysis.sensitivities();
                analysis.tornado(DriverAnalysis.DEFAULT_SWING_PERCENT);
                analysis.goalSeek(model.node("lever_2"), target);
                long t2 = System.nanoTime();
                // The API's tree: a goal seek for every lever.
                model.levers().forEach(l -> analysis.goalSeek(l, target));
                long t3 = System.nanoTime();
                compile[i] = (t1 - t0) / 1e6;
                compute[i] = (t2 - t1) / 1e6;
                seekAll[i] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf("200 nodes, %d rounds after as many to warm up (ms): median / 90th percentile%n", rounds);
        System.out.printf("  compile the formulas (once per change of the tree, kept): %s%n", figures(compile));
        System.out.printf("  plan + baselines + 120 sensitivities + tornado (240 outcomes) + one goal seek: %s%n", figures(compute));
        System.out.printf("  a goal seek for each of the 121 levers (the API's tree): %s%n", figures(seekAll));
        System.out.printf("  %d processors, %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static String figures(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format("%.2f / %.2f", sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)]);
    }
}
