package id.sakip.bench;

import static id.sakip.bench.Stats.pct;
import static id.sakip.bench.Stats.time;
import static io.restassured.RestAssured.given;

import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.testsupport.AgencyClient;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Measure 2: from the Sekretaris' approval to MeasurementComputed at an outside consumer, beside the bare Kafka round trip. */
final class ApprovalToDashboard {
    private final Bench bench;
    private final RawLimits limits;

    ApprovalToDashboard(Bench bench, RawLimits limits) {
        this.bench = bench;
        this.limits = limits;
    }

    void run(Map<String, List<String[]>> forms) throws Exception {
        String url = bench.system.url("collection-service");
        List<String> chosen = bench.agencies.subList(0, bench.approvals);
        Map<String, String> roundOf = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> prepared = new ArrayList<>();
        for (String agency : chosen) {
            prepared.add(pool.submit(() -> {
                String round = null;
                for (String[] f : forms.get(agency)) {
                    round = f[3];
                    String unitToken = Bench.token("unit", agency, f[1]);
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (String code : f[2].split(",")) {
                        rows.add(Map.of("indicatorCode", code, "realisasi", 25, "keterangan", "Sesuai laporan"));
                    }
                    long v = given().baseUri(url).auth().oauth2(unitToken).get("/forms/{id}", f[0]).then().extract()
                            .jsonPath().getLong("version");
                    v = given().baseUri(url).auth().oauth2(unitToken).contentType(ContentType.JSON)
                            .body(Map.of("version", v, "rows", rows)).put("/forms/{id}", f[0]).then().statusCode(200)
                            .extract().jsonPath().getLong("version");
                    given().baseUri(url).auth().oauth2(unitToken).contentType(ContentType.JSON).body(Map.of("version", v))
                            .post("/forms/{id}/submit", f[0]).then().statusCode(200);
                }
                String team = Bench.token("tim-sakip", agency, null);
                long v = given().baseUri(url).auth().oauth2(team).get("/rounds/{id}", round).then().extract().jsonPath()
                        .getLong("version");
                given().baseUri(url).auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", v))
                        .post("/rounds/{id}/recap", round).then().statusCode(200);
                new AgencyClient(bench.system, agency).step(team, round, "REPORT_RECAP");
                synchronized (roundOf) {
                    roundOf.put(agency, round);
                }
                return null;
            }));
        }
        for (Future<?> f : prepared) {
            f.get();
        }
        pool.shutdown();
        // an outside consumer, as a provincial dashboard: the time each MeasurementComputed is seen
        Map<String, Long> seen = new ConcurrentHashMap<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        Thread listener = limits.listener(EventTypes.Topics.MEASUREMENTS, seen, listening);
        Map<String, Long> approvedAt = new LinkedHashMap<>();
        long interval = (long) (1e9 / bench.approvalRate);
        long next = System.nanoTime();
        for (String agency : chosen) {
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            next += interval;
            String round = roundOf.get(agency);
            String sek = Bench.token("sekretaris", agency, null);
            long v = given().baseUri(url).auth().oauth2(sek).get("/rounds/{id}", round).then().extract().jsonPath()
                    .getLong("version");
            given().baseUri(url).auth().oauth2(sek).contentType(ContentType.JSON).body(Map.of("version", v))
                    .post("/rounds/{id}/recap/approve", round).then().statusCode(200);
            approvedAt.put(round, System.nanoTime());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!seen.keySet().containsAll(approvedAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        listening.set(false);
        listener.join();
        List<Double> lat = new ArrayList<>();
        approvedAt.forEach((round, at) -> {
            Long s = seen.get(round);
            if (s != null) {
                lat.add((s - at) / 1e6);
            }
        });
        Collections.sort(lat);
        List<Double> raw = limits.eventLatency(bench.approvals, bench.approvalRate);
        double p99 = pct(lat, 0.99);
        double rawP99 = pct(raw, 0.99);
        Bench.log("approval -> MeasurementComputed seen: p50 %.1f ms, p99 %.1f ms (%d of %d); raw commit->produce->consume->commit: p50 %.1f ms, p99 %.1f ms",
                pct(lat, 0.5), p99, lat.size(), approvedAt.size(), pct(raw, 0.5), rawP99);
        bench.result.put("approvalToDashboard", Map.of("approvals", approvedAt.size(), "seen", lat.size(), "p50ms", pct(lat, 0.5),
                "p99ms", p99, "rawP50ms", pct(raw, 0.5), "rawP99ms", rawP99, "ratio", p99 / rawP99));
        bench.table.add(new String[] { "2. approval -> MeasurementComputed at an outside consumer, p99",
            String.format("%.0f ms", p99), String.format("%.1f ms", rawP99), String.format("%.1f", p99 / rawP99), "<= 3",
            p99 / rawP99 <= 3 ? "met" : "NOT met" });
    }
}
