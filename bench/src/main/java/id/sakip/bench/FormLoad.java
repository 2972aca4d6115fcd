package id.sakip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator, in its own process: saves 20-value forms (PUT /forms/{id}) at fixed arrival
 * rates (open loop: a request leaves on schedule whether or not earlier ones have answered), each
 * step for a fixed time; prints one JSON line per step (rate offered, rate achieved, p50/p95/p99).
 *
 * <p>Args: forms file (lines {@code formId token indicatorCodes,...}), base URL, seconds per step,
 * rates...
 */
public final class FormLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Form(String id, String token, List<String> codes, AtomicLong version, AtomicBoolean busy) {
    }

    public static void main(String[] args) throws Exception {
        List<Form> forms = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] p = line.split(" ");
            forms.add(new Form(p[0], p[1], List.of(p[2].split(",")), new AtomicLong(Long.parseLong(p[3])),
                    new AtomicBoolean()));
        }
        String base = args[1];
        int seconds = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
        // warm-up: 20 s at a modest rate, not reported
        step(http, base, forms, 100, 20);
        for (int i = 3; i < args.length; i++) {
            Map<String, Object> r = step(http, base, forms, Integer.parseInt(args[i]), seconds);
            System.out.println(JSON.writeValueAsString(r));
            System.out.flush();
        }
        System.exit(0);
    }

    static Map<String, Object> step(HttpClient http, String base, List<Form> forms, int rate, int seconds)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger next = new AtomicInteger(new Random().nextInt(forms.size()));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long total = (long) rate * seconds;
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            // catch up to the schedule: the number due by now, minus those already sent
            long due = Math.min(total, (System.nanoTime() - start) / periodNanos + 1);
            while (sent.get() < due) {
                sent.incrementAndGet();
                Form f = null;
                for (int tries = 0; tries < forms.size(); tries++) {
                    Form c = forms.get(Math.floorMod(next.getAndIncrement(), forms.size()));
                    if (c.busy().compareAndSet(false, true)) {
                        f = c;
                        break;
                    }
                }
                if (f == null) {
                    skipped.incrementAndGet();
                    continue;
                }
                send(http, base, f, latencies, ok, errors, statuses);
            }
        }, 0, Math.max(100_000, periodNanos), TimeUnit.NANOSECONDS);
        Thread.sleep(seconds * 1000L);
        ticker.shutdownNow();
        // let the requests in flight answer
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ok.get() + errors.get() + skipped.get() < sent.get() && System.nanoTime() < waitUntil) {
            Thread.sleep(20);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("offered", rate);
        r.put("achieved", Math.round(ok.get() / Math.max(elapsed, seconds) * 10) / 10.0);
        r.put("ok", ok.get());
        r.put("errors", errors.get());
        r.put("skipped", skipped.get());
        r.put("statuses", new TreeMap<>(statuses));
        r.put("p50ms", pct(sorted, 0.50));
        r.put("p95ms", pct(sorted, 0.95));
        r.put("p99ms", pct(sorted, 0.99));
        return r;
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return Math.round(sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e4) / 100.0;
    }

    private static void send(HttpClient http, String base, Form f, ConcurrentLinkedQueue<Long> latencies, AtomicInteger ok,
            AtomicInteger errors, Map<String, AtomicInteger> statuses) {
        StringBuilder rows = new StringBuilder();
        for (String code : f.codes()) {
            rows.append(rows.length() == 0 ? "" : ",").append("{\"indicatorCode\":\"").append(code)
                    .append("\",\"realisasi\":").append(20 + (int) (Math.random() * 60))
                    .append(",\"keterangan\":\"Sesuai laporan\"}");
        }
        String body = "{\"version\":" + f.version().get() + ",\"rows\":[" + rows + "]}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/forms/" + f.id())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + f.token()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        long t0 = System.nanoTime();
        http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, ex) -> {
            long t = System.nanoTime() - t0;
            statuses.computeIfAbsent(ex == null ? String.valueOf(resp.statusCode()) : ex.getClass().getSimpleName(),
                    k -> new AtomicInteger()).incrementAndGet();
            try {
                if (ex == null && resp.statusCode() == 200) {
                    latencies.add(t);
                    ok.incrementAndGet();
                    JsonNode n = JSON.readTree(resp.body());
                    f.version().set(n.get("version").asLong());
                } else {
                    errors.incrementAndGet();
                    if (ex == null && resp.statusCode() == 409) {
                        f.version().incrementAndGet(); // someone moved it: try the next version
                    }
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            } finally {
                f.busy().set(false);
            }
        });
    }
}
