package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class ScorecardCacheTest {

    private final AtomicLong counter = new AtomicLong(1);
    private final AtomicInteger reads = new AtomicInteger();
    private final PlatformTransactionManager transactions = new NoDatabase();
    private final ScorecardCache cache = new ScorecardCache(new ScorecardChanges(null) {
        @Override
        long counter() {
            return counter.get();
        }
    }, Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC), transactions);

    @Test
    void anEntryIsReadOncePerChangeOfTheCounter() {
        assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
        assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
        assertThat(cache.get("other page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 2");
        counter.incrementAndGet();
        assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 3");
    }

    @Test
    void whenManyAskAtOnceOneReadsAndTheOthersWaitForIt() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> cache.get("page", () -> {
            reads.incrementAndGet();
            reading.countDown();
            await(release);
            return new Object();
        }));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        Thread second = new Thread(() -> cache.get("page", () -> reads.incrementAndGet()));
        second.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (second.getState() != Thread.State.WAITING && second.isAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(second.getState()).as("the second caller waits for the first one's read").isEqualTo(Thread.State.WAITING);
        release.countDown();
        second.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(first.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aReadThatFailsIsNotKept() {
        assertThatThrownBy(() -> cache.get("page", () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
    }

    @Test
    void withinATransactionNothingIsKept() {
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        inTransaction.executeWithoutResult(status -> {
            assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
            assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 2");
        });
        assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 3");
    }

    @Test
    void withinAReadOnlyTransactionEntriesAreKeptAndShared() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> {
            assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
            assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
        });
        assertThat(cache.get("page", () -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Transactions without a database: enough for the cache's read-only transaction and for "within one". */
    private static final class NoDatabase extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
