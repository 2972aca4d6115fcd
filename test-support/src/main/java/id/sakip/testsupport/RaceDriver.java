package id.sakip.testsupport;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs every pair of transitions of an SOP at the same moment, many times: a fresh aggregate is
 * brought to the state where both are possible, both requests leave together (released by one
 * latch, each on its own connection), and then:
 * <ul>
 * <li>every answer is a 2xx or a 409 (never a 5xx, never another 4xx: both were valid alone);
 * <li>at most one of the two succeeds (both were made at the same version);
 * <li>the aggregate's state is what the winner alone would have made ({@link Race#consistent});
 * <li>the events it published are exactly those of the winner ({@link Race#events}).
 * </ul>
 * The report under target/reports/ gives, per pair, the runs and the answers.
 */
public final class RaceDriver implements AutoCloseable {
    private final String service;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int runs;

    public RaceDriver(String service) {
        this.service = service;
    }

    /** An aggregate brought to a state: its id and whatever the transitions need (tokens, version). */
    public interface Subject {
        String id();
    }

    /** One transition: its name, the request, and the events (type → count) it publishes when it wins. */
    public record Transition<S extends Subject>(String name, Function<S, Response> call, Map<String, Integer> events) {
    }

    /**
     * A pair of transitions possible in one state: how to reach the state, both transitions, what the
     * aggregate must look like after the winner ({@code consistent} gets the winner's name, "both" when
     * both may win, and returns the problem or null), and how to count the aggregate's events by type.
     * {@code exclusive}: made at the same version, exactly one may win; otherwise (two units' forms)
     * both must.
     */
    public record Race<S extends Subject>(String state, Supplier<S> reach, Transition<S> a, Transition<S> b,
            boolean exclusive, BiFunction<S, String, String> consistent, Function<S, Map<String, Integer>> events) {
    }

    /** Runs the race {@code times} times. */
    public <S extends Subject> RaceDriver run(Race<S> race, int times) {
        String pair = race.state() + ": " + race.a().name() + " + " + race.b().name();
        for (int i = 0; i < times; i++) {
            S s = race.reach().get();
            Map<String, Integer> before = race.events().apply(s);
            CountDownLatch go = new CountDownLatch(1);
            Future<Response> fa = pool.submit(() -> {
                go.await();
                return race.a().call().apply(s);
            });
            Future<Response> fb = pool.submit(() -> {
                go.await();
                return race.b().call().apply(s);
            });
            go.countDown();
            Response ra;
            Response rb;
            try {
                ra = fa.get();
                rb = fb.get();
            } catch (Exception e) {
                failures.add(pair + ": no answer (" + e + ")");
                continue;
            }
            runs++;
            Map<String, Integer> a = answers.computeIfAbsent(pair, k -> new TreeMap<>());
            a.merge(race.a().name() + " " + ra.statusCode(), 1, Integer::sum);
            a.merge(race.b().name() + " " + rb.statusCode(), 1, Integer::sum);
            boolean aWon = ra.statusCode() < 300;
            boolean bWon = rb.statusCode() < 300;
            for (Response r : List.of(ra, rb)) {
                if (r.statusCode() >= 300 && r.statusCode() != 409) {
                    failures.add(pair + " run " + i + ": answered " + r.statusCode() + " " + abbreviate(r.asString()));
                }
            }
            if (race.exclusive() && aWon && bWon) {
                failures.add(pair + " run " + i + ": both succeeded at the same version");
                continue;
            }
            if (!aWon && !bWon) {
                failures.add(pair + " run " + i + ": neither succeeded although each was valid alone ("
                        + ra.statusCode() + ", " + rb.statusCode() + ")");
                continue;
            }
            if (!race.exclusive() && !(aWon && bWon)) {
                failures.add(pair + " run " + i + ": only one succeeded; both were valid together");
                continue;
            }
            String won = aWon && bWon ? "both" : aWon ? race.a().name() : race.b().name();
            String problem = race.consistent().apply(s, won);
            if (problem != null) {
                failures.add(pair + " run " + i + " (" + won + " won): " + problem);
            }
            Map<String, Integer> expected = new TreeMap<>();
            if (aWon) {
                race.a().events().forEach((t, n) -> expected.merge(t, n, Integer::sum));
            }
            if (bWon) {
                race.b().events().forEach((t, n) -> expected.merge(t, n, Integer::sum));
            }
            expected.values().removeIf(v -> v == 0);
            Map<String, Integer> published = diff(before, race.events().apply(s));
            if (!published.equals(expected)) {
                failures.add(pair + " run " + i + " (" + won + " won): published " + published + ", expected " + expected);
            }
        }
        return this;
    }

    private static Map<String, Integer> diff(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> d = new TreeMap<>();
        after.forEach((type, n) -> {
            int delta = n - before.getOrDefault(type, 0);
            if (delta != 0) {
                d.put(type, delta);
            }
        });
        return d;
    }

    /** Writes the report and fails with the list of problems. */
    public void verify(int minimumRunsPerPair) {
        StringBuilder sb = new StringBuilder("race driver " + service + ": " + answers.size() + " transition pairs, " + runs
                + " runs, " + failures.size() + " failures\n");
        answers.forEach((pair, a) -> {
            int n = a.values().stream().mapToInt(Integer::intValue).sum() / 2;
            sb.append("  ").append(pair).append(": ").append(n).append(" runs, answers ").append(a).append('\n');
            if (n < minimumRunsPerPair) {
                failures.add(pair + ": only " + n + " runs");
            }
        });
        failures.stream().limit(100).forEach(f -> sb.append("FAIL ").append(f).append('\n'));
        System.out.print(sb);
        try {
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("race-driver-" + service + ".txt"), sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(sb.toString().lines().limit(60).reduce("", (x, y) -> x + "\n" + y));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
