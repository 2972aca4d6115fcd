package id.sakip.bench;

import static io.restassured.RestAssured.given;

import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestJwt;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;

/** Measure 3: a province's measurements recomputed after a PK revision, beside a bare INSERT ... SELECT. */
final class ProvinceRecompute {
    private final Bench bench;
    private final RawLimits limits;

    ProvinceRecompute(Bench bench, RawLimits limits) {
        this.bench = bench;
        this.limits = limits;
    }

    void run() throws Exception {
        // every agency's four quarters measured from approved recaps (sent as collection would)
        Map<String, Long> computed = new ConcurrentHashMap<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        int periods = 4;
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> p = limits.producer()) {
            for (String agency : bench.agencies) {
                String region = agency.substring(0, 4);
                List<PerformanceAgreementSigned.Item> items = bench.items(BigDecimal.ONE);
                for (int q = 1; q <= periods; q++) {
                    List<RecapApproved.Row> rows = new ArrayList<>();
                    for (PerformanceAgreementSigned.Item i : items) {
                        rows.add(new RecapApproved.Row(i.indicatorCode(), i.indicatorName(), i.sasaran(), i.unitOfMeasure(),
                                i.polarity(), i.responsibleUnit(), i.annualTarget(), i.quarterTargets().get(q - 1),
                                i.quarterTargets().get(q - 1).add(BigDecimal.valueOf(q - 2)), null, null, null));
                    }
                    UUID round = UUID.nameUUIDFromBytes((agency + "/bench/Q" + q).getBytes());
                    RecapApproved recap = new RecapApproved(round, agency, region, Bench.PROVINCE, Bench.YEAR - 1, "Q" + q, null, 1, 1,
                            "sekretaris", OffsetDateTime.now(ZoneOffset.UTC), rows);
                    p.send(TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(), EventTypes.RECAP_APPROVED,
                            round.toString(), new EventScope(agency, region, Bench.PROVINCE), Bench.JSON.writeValueAsString(recap)));
                }
            }
            p.flush();
        }
        String admin = TestJwt.as("admin").subject("admin").expiresIn(Duration.ofHours(6)).mint();
        int expected = bench.agencies.size() * periods;
        awaitMeasurements(admin, Bench.YEAR - 1, expected, false);
        double firstSeconds = (System.nanoTime() - t0) / 1e9;
        Bench.log("first computation: %d measurements (%d values) in %.1f s", expected, expected * bench.indicators, firstSeconds);
        // the year's PK revised for every agency: measurement recomputes every period as a new version
        long t1 = System.nanoTime();
        try (KafkaProducer<String, String> p = limits.producer()) {
            for (String agency : bench.agencies) {
                String region = agency.substring(0, 4);
                PerformanceAgreementSigned pk = new PerformanceAgreementSigned(UUID.randomUUID(), agency, region, Bench.PROVINCE,
                        Bench.YEAR - 1, 2, AgreementKind.HEAD, null, UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC),
                        new PerformanceAgreementSigned.Signatory("Kepala Dinas", "197501012000031001", "Kepala Dinas"),
                        bench.items(new BigDecimal("1.1")));
                p.send(TestEvents.record(EventTypes.Topics.AGREEMENTS, UUID.randomUUID(), EventTypes.AGREEMENT_REVISED,
                        agency + "/" + (Bench.YEAR - 1) + "/HEAD", new EventScope(agency, region, Bench.PROVINCE),
                        Bench.JSON.writeValueAsString(pk)));
            }
            p.flush();
        }
        awaitMeasurements(admin, Bench.YEAR - 1, expected, true);
        double seconds = (System.nanoTime() - t1) / 1e9;
        long values = (long) expected * bench.indicators;
        double rate = values / seconds;
        double raw = limits.insertSelect(values);
        Bench.log("recompute after a PK revision: %d values in %.1f s = %.0f values/s; raw INSERT ... SELECT %.0f rows/s", values,
                seconds, rate, raw);
        bench.result.put("provinceRecompute", Map.of("measurements", expected, "values", values, "seconds", seconds,
                "valuesPerSecond", rate, "firstComputationSeconds", firstSeconds, "rawRowsPerSecond", raw, "ratio", rate / raw));
        bench.table.add(new String[] { "3. province recompute after a PK revision (" + values + " values)",
            String.format("%.0f values/s", rate), String.format("%.0f rows/s", raw), String.format("%.3f", rate / raw),
            ">= 0.50", rate / raw >= 0.5 ? "met" : "NOT met" });
    }

    void awaitMeasurements(String admin, int year, int expected, boolean revised) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        String url = bench.system.url("measurement-service");
        while (true) {
            JsonPath j = given().baseUri(url).auth().oauth2(admin)
                    .get("/measurements?year=" + year + "&size=1" + (revised ? "&sort=versionNo,asc" : "")).then()
                    .extract().jsonPath();
            int total = j.getInt("total");
            boolean ok = total >= expected && (!revised || j.getInt("items[0].versionNo") >= 2);
            if (ok) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("measurements did not arrive: " + total + " of " + expected);
            }
            Thread.sleep(500);
        }
    }
}
