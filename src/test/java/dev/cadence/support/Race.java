package dev.cadence.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.web.Flash;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Two saves of the same thing at the same moment, made to collide for certain. Both are released
 * together by a barrier; then each waits, just before its first write to one of the given tables, for
 * the other to reach its own first write (up to {@link #MEETING_SECONDS}). Where nothing serializes the
 * saves, both have read and checked the same version before either writes: the lost update, or the crash,
 * shows every time. Where the first holds a row lock, the second is held at its read until the first has
 * committed, and the first goes on alone after the wait.
 *
 * <p>{@link StatementCounting}'s connection calls {@link #beforeStatement} for every statement.
 */
public final class Race {

    static final int MEETING_SECONDS = 2;

    private record Rendezvous(Pattern firstWrite, CountDownLatch bothAboutToWrite) {
    }

    private static final ThreadLocal<Rendezvous> ARMED = new ThreadLocal<>();

    private Race() {
    }

    /** Runs both saves at once (see above) and gives their outcomes in order. */
    public static <T> List<T> between(List<String> writtenTables, Callable<T> first, Callable<T> second) throws Exception {
        Pattern firstWrite = Pattern.compile("^\\s*(update|insert into|delete from)\\s+(" + String.join("|", writtenTables)
                + ")\\b", Pattern.CASE_INSENSITIVE);
        CyclicBarrier start = new CyclicBarrier(2);
        CountDownLatch bothAboutToWrite = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> save : List.of(first, second)) {
                running.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    ARMED.set(new Rendezvous(firstWrite, bothAboutToWrite));
                    try {
                        return save.call();
                    } finally {
                        ARMED.remove();
                    }
                }));
            }
            List<T> outcomes = new ArrayList<>();
            for (Future<T> outcome : running) {
                outcomes.add(outcome.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    public static <T> List<T> between(String writtenTable, Callable<T> first, Callable<T> second) throws Exception {
        return between(List.of(writtenTable), first, second);
    }

    /** Two requests at once (see above). */
    public static List<Outcome> requests(MockMvc mvc, List<String> writtenTables, RequestBuilder first, RequestBuilder second)
            throws Exception {
        return between(writtenTables, () -> Outcome.of(mvc, first), () -> Outcome.of(mvc, second));
    }

    public static List<Outcome> requests(MockMvc mvc, String writtenTable, RequestBuilder first, RequestBuilder second)
            throws Exception {
        return requests(mvc, List.of(writtenTable), first, second);
    }

    /**
     * What a request came to: its status and body, the flash it left for the page it redirects to, or what
     * escaped every handler ({@code crash}: a 500 in a real server).
     */
    public record Outcome(int status, String body, Flash flash, Throwable crash) {

        static Outcome of(MockMvc mvc, RequestBuilder request) {
            try {
                MvcResult result = mvc.perform(request).andReturn();
                return new Outcome(result.getResponse().getStatus(), result.getResponse().getContentAsString(),
                        (Flash) result.getFlashMap().get(Flash.ATTRIBUTE), null);
            } catch (Exception escaped) {
                return new Outcome(500, String.valueOf(escaped), null, escaped);
            }
        }

        /** Saved: no error status, and no error shown on the page it redirects to. */
        public boolean saved() {
            return crash == null && status < 400 && (flash == null || !flash.kind().equals("error"));
        }

        /** What a person reads: the body, or the flash after a redirect. */
        public String message() {
            return flash == null ? body : flash.message();
        }

        @Override
        public String toString() {
            String text = message();
            return status + " " + (text.length() > 800 ? text.substring(0, 800) + "…" : text);
        }
    }

    /**
     * Asserts that exactly one of the two was saved and the other refused with {@code refusedStatus} (never a
     * crash), and gives the refused one.
     */
    public static Outcome oneSavedOneRefused(List<Outcome> outcomes, int refusedStatus) {
        assertThat(outcomes).as("no save may crash (a 500)").allSatisfy(o -> assertThat(o.crash()).as(o.toString()).isNull());
        assertThat(outcomes).as("exactly one save succeeds").filteredOn(Outcome::saved).hasSize(1);
        Outcome refused = outcomes.stream().filter(o -> !o.saved()).findFirst().orElseThrow();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(refusedStatus);
        return refused;
    }

    /** Called by the counting connection before it executes a statement, on the thread that executes it. */
    static void beforeStatement(String sql) {
        Rendezvous armed = ARMED.get();
        if (armed == null || sql == null || !armed.firstWrite().matcher(sql).find()) {
            return;
        }
        ARMED.remove();
        armed.bothAboutToWrite().countDown();
        try {
            armed.bothAboutToWrite().await(MEETING_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
