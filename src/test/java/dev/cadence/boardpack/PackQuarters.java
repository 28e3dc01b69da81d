package dev.cadence.boardpack;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fiscal quarter of its own for each test: long past, so nothing else (the demo company, other tests) ever writes to
 * its pack or its NRR forecast. Tests run in any order in one database; a quarter is never handed out twice in a JVM, and
 * its year comes from the clock so that another run on the same database does not meet it either.
 */
final class PackQuarters {

    private static final AtomicInteger NEXT = new AtomicInteger((int) ((System.nanoTime() / 1000) % 3000));

    private PackQuarters() {
    }

    /** {@code FY1234-Q3}, never the same twice in this JVM. */
    static String fresh() {
        int n = NEXT.getAndIncrement() % 3200;
        return "FY" + (1100 + n / 4) + "-Q" + (n % 4 + 1);
    }
}
