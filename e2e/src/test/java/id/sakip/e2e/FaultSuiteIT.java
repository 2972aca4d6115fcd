package id.sakip.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.AgencyClient;
import id.sakip.testsupport.ContractRecorder;
import id.sakip.testsupport.SakipSystem;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestFiles;
import id.sakip.testsupport.TopicReader;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite: the four packaged services as separate processes, a real broker and PostgreSQL
 * (through a proxy that can take it away), hurt while data flows, the way Kafka's system tests do.
 * Each fault runs whole collection rounds (order, forms filled, recap approved) for a set of
 * agencies, then compares what came out (MeasurementComputed on the topic, read by an outside
 * consumer; the measurements and summaries over the API) with a direct computation over the
 * approved values: nothing lost, nothing counted twice, every number equal. The report is printed
 * and written to {@code e2e/target/reports/fault-suite.json}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {
    private static final int YEAR = 2026;
    private static final BigDecimal TARGET_1 = new BigDecimal("80");
    private static final BigDecimal TARGET_2 = new BigDecimal("25");
    private static final Random RANDOM = new Random(20261201L);
    private static final Map<String, Map<String, Object>> REPORT = new LinkedHashMap<>();
    private static SakipSystem system;
    private static final String ADMIN = id.sakip.testsupport.TestJwt.as("admin").subject("admin").mint();

    /** One agency's round: what its units reported, and the round once opened. */
    static final class Case {
        final AgencyClient client;
        final int realisasi1;
        final int realisasi2;
        String round;

        Case(AgencyClient client) {
            this.client = client;
            this.realisasi1 = 4 * (15 + RANDOM.nextInt(15)); // 60..116: 1.25 × r is exact to the cent
            this.realisasi2 = 10 + RANDOM.nextInt(20);
        }

        /** IKU-01: r / 80 × 100; IKU-02: r / 25 × 100; the agency: their average (one sasaran). */
        List<BigDecimal> expectedCapaian() {
            return List.of(pct(realisasi1, TARGET_1), pct(realisasi2, TARGET_2));
        }

        BigDecimal expectedAverage() {
            List<BigDecimal> c = expectedCapaian();
            return c.get(0).add(c.get(1)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        }

        private static BigDecimal pct(int r, BigDecimal target) {
            return BigDecimal.valueOf(r).multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractRecorder.install();
        system = SakipSystem.withDatabaseProxy();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            writeReport();
        } finally {
            if (system != null) {
                system.close();
            }
        }
    }

    /** Agencies with a signed PK that collection-service has received. */
    private static List<Case> agencies(String label, int n) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AgencyClient c = new AgencyClient(system, "1506-FS-" + label + "-" + UUID.randomUUID().toString().substring(0, 6));
            c.register("Kecamatan Uji " + label + " " + i, "1506");
            String ikm = c.defineIndicator("IKU-01", "Indeks Kepuasan Masyarakat", "indeks", "HIGHER_IS_BETTER", "AVERAGE",
                    "SEKRETARIAT");
            String docs = c.defineIndicator("IKU-02", "Persentase dokumen perencanaan tepat waktu", "%",
                    "HIGHER_IS_BETTER", "LAST", "SEKSI-PEM");
            c.signAgreement(YEAR, List.of(AgencyClient.item(ikm, 82, TARGET_1, 82, 83, 83),
                    AgencyClient.item(docs, 100, TARGET_2, 50, 75, 100)));
            cases.add(new Case(c));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> cases.stream().allMatch(c -> c.client.collectionHasAgreement(YEAR)));
        return cases;
    }

    /** The collection SOP for one quarter: ordered, forms filled by both units, recap approved. */
    private static void collect(Case c) {
        c.round = c.client.openRound(YEAR, "Q1");
        c.client.fillAndSubmit(c.round, "SEKRETARIAT", "IKU-01", c.realisasi1);
        c.client.fillAndSubmit(c.round, "SEKSI-PEM", "IKU-02", c.realisasi2);
        c.client.compileReportAndApprove(c.round);
    }

    /**
     * What came out for these rounds: MeasurementComputed on the topic (an outside consumer),
     * compared with the direct computation, and the measurements over the API.
     */
    private static Map<String, Object> outcome(String fault, List<Case> cases) {
        Set<String> rounds = cases.stream().map(c -> c.round).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> TopicReader.all(
                system.broker.bootstrapServers(), EventTypes.Topics.MEASUREMENTS, r -> rounds.contains(r.key()),
                Duration.ofSeconds(2)).stream().map(ConsumerRecord::key).collect(Collectors.toSet()).size() == rounds.size());
        List<ConsumerRecord<String, String>> events = TopicReader.all(system.broker.bootstrapServers(),
                EventTypes.Topics.MEASUREMENTS, r -> rounds.contains(r.key())
                        && EventTypes.MEASUREMENT_COMPUTED.equals(TopicReader.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(3));
        Map<String, List<ConsumerRecord<String, String>>> byRound = events.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key));
        int received = 0;
        int redelivered = 0;
        int duplicated = 0;
        int equal = 0;
        List<String> differences = new ArrayList<>();
        for (Case c : cases) {
            List<ConsumerRecord<String, String>> mine = byRound.getOrDefault(c.round, List.of());
            Set<String> ids = mine.stream().map(r -> TopicReader.header(r, CloudEventHeaders.ID)).collect(Collectors.toSet());
            Set<String> measurements = mine.stream().map(r -> new JsonPath(r.value()).getString("measurementId"))
                    .collect(Collectors.toSet());
            if (!mine.isEmpty()) {
                received++;
            }
            redelivered += mine.size() - ids.size(); // the same event id again: at-least-once delivery, absorbed
            duplicated += Math.max(0, measurements.size() - 1); // a second measurement of the same recap: counted twice
            int apiVersions = c.client.at("measurement-service", c.client.as("kepala"))
                    .get("/measurements?allVersions=true&roundId=" + c.round).then().statusCode(200).extract().jsonPath()
                    .getInt("total");
            duplicated += Math.max(0, apiVersions - 1);
            if (mine.isEmpty()) {
                continue;
            }
            JsonPath data = new JsonPath(mine.get(0).value());
            List<Object> raw = data.getList("indicators.capaian");
            List<BigDecimal> capaian = raw.stream().map(v -> new BigDecimal(String.valueOf(v))).toList();
            BigDecimal average = new BigDecimal(data.getString("averageCapaian"));
            boolean same = capaian.size() == 2 && capaian.get(0).compareTo(c.expectedCapaian().get(0)) == 0
                    && capaian.get(1).compareTo(c.expectedCapaian().get(1)) == 0
                    && average.compareTo(c.expectedAverage()) == 0;
            if (same) {
                equal++;
            } else {
                differences.add(c.client.agency + ": expected " + c.expectedCapaian() + " / " + c.expectedAverage()
                        + ", got " + capaian + " / " + average);
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("fault", fault);
        row.put("eventsSent", cases.size()); // RecapApproved acknowledged to the Sekretaris
        row.put("received", received); // MeasurementComputed for those rounds, on the topic
        row.put("lost", cases.size() - received);
        row.put("duplicated", duplicated);
        row.put("redeliveredAndAbsorbed", redelivered);
        row.put("measurementsCompared", received);
        row.put("measurementsEqual", equal);
        row.put("differences", differences);
        REPORT.put(fault, row);
        return row;
    }

    private static void assertClean(Map<String, Object> row) {
        assertThat(row.get("lost")).as(row.get("fault") + ": lost").isEqualTo(0);
        assertThat(row.get("duplicated")).as(row.get("fault") + ": duplicated").isEqualTo(0);
        assertThat(row.get("measurementsEqual")).as(row.get("fault") + ": equal " + row.get("differences"))
                .isEqualTo(row.get("measurementsCompared"));
    }

    /**
     * Restarts the service and kills it (-9) as soon as it has worked off one more item of its
     * backlog, three times, then starts it for good; returns the progress at each kill. If the
     * backlog is gone before a kill can land in it, the kills stop there (and the report shows it).
     */
    private static List<Integer> killMidBacklog(String service, java.util.function.IntSupplier progress, int target)
            throws Exception {
        List<Integer> at = new ArrayList<>();
        for (int kill = 0; kill < 3; kill++) {
            system.restart(service);
            int before = progress.getAsInt();
            if (before >= target) {
                break;
            }
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .until(() -> progress.getAsInt() > before);
            system.kill(service);
            at.add(before + 1);
        }
        if (at.size() == 3) {
            system.restart(service);
        }
        return at;
    }

    @Test
    @Order(1)
    void theBrokerStopsWhileFormsAreSubmittedAndRecapsApproved() throws Exception {
        List<Case> cases = agencies("KAFKA", 6);
        for (int i = 0; i < cases.size(); i++) {
            if (i == 2) {
                system.broker.stop(); // mid-stream: the rounds go on over HTTP, the outbox keeps the events
            }
            collect(cases.get(i));
        }
        Thread.sleep(3000); // relay passes fail meanwhile
        system.broker.start();
        assertClean(outcome("Kafka broker stopped and restarted during submissions and approvals", cases));
    }

    @Test
    @Order(2)
    void measurementServiceIsKilledRepeatedlyWhileItConsumes() throws Exception {
        List<Case> cases = agencies("KILLM", 10);
        java.util.function.IntSupplier measured = () -> given().baseUri(system.url("measurement-service")).auth()
                .oauth2(ADMIN).get("/measurements?year=" + YEAR + "&period=Q1&size=1").then().extract().jsonPath()
                .getInt("total");
        int target = measured.getAsInt() + cases.size();
        system.kill("measurement-service");
        for (Case c : cases) {
            collect(c); // RecapApproved piles up on the topic
        }
        List<Integer> measuredAtKill = killMidBacklog("measurement-service", measured, target);
        Map<String, Object> row = outcome("kill -9 measurement-service 3 times while consuming", cases);
        row.put("measurementsWhenKilled (of all phases so far)", measuredAtKill);
        assertClean(row);
    }

    @Test
    @Order(3)
    void reportingServiceIsKilledRepeatedlyWhileItConsumes() throws Exception {
        List<Case> cases = agencies("KILLR", 6);
        java.util.function.IntSupplier summarised = () -> given().baseUri(system.url("reporting-service")).auth()
                .oauth2(ADMIN).get("/summaries?year=" + YEAR + "&period=Q1&size=1").then().extract().jsonPath()
                .getInt("total");
        int target = summarised.getAsInt() + cases.size();
        system.kill("reporting-service");
        for (Case c : cases) {
            collect(c);
        }
        Map<String, Object> row = outcome("kill -9 reporting-service 3 times while consuming", cases);
        row.put("summariesWhenKilled", killMidBacklog("reporting-service", summarised, target));
        // reporting's read model: one summary per agency, with the measured average
        int summaries = 0;
        int equal = 0;
        int duplicated = 0;
        for (Case c : cases) {
            await().atMost(Duration.ofSeconds(120)).until(() -> c.client.at("reporting-service", c.client.as("kepala"))
                    .get("/summaries?year=" + YEAR + "&period=Q1").then().extract().jsonPath().getInt("total") >= 1);
            JsonPath s = c.client.at("reporting-service", c.client.as("kepala")).get("/summaries?year=" + YEAR + "&period=Q1")
                    .then().statusCode(200).extract().jsonPath();
            summaries++;
            duplicated += s.getInt("total") - 1;
            if (new BigDecimal(s.getString("items[0].averageCapaian")).compareTo(c.expectedAverage()) == 0) {
                equal++;
            }
        }
        row.put("summariesCompared", summaries);
        row.put("summariesEqual", equal);
        row.put("duplicated", (int) row.get("duplicated") + duplicated);
        assertClean(row);
        assertThat(equal).isEqualTo(cases.size());
    }

    @Test
    @Order(4)
    void postgresqlGoesAwayUnderLoadAndComesBack() throws Exception {
        List<Case> cases = agencies("PG", 3);
        Case loaded = cases.get(0);
        loaded.round = loaded.client.openRound(YEAR, "Q1");
        String team = loaded.client.as("tim-sakip");
        String url = system.url("collection-service");
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> badAnswers = new CopyOnWriteArrayList<>();
        List<Long> slowest = new CopyOnWriteArrayList<>(List.of(0L));
        AtomicBoolean running = new AtomicBoolean(true);
        // the load: attachments (bukti dukung) uploaded one after another; each 201 is a promise kept
        Thread load = new Thread(() -> {
            int n = 0;
            while (running.get()) {
                long t0 = System.nanoTime();
                Response r;
                try {
                    r = given().baseUri(url).auth().oauth2(team).contentType("application/pdf")
                            .body(TestFiles.pdf("bukti " + n)).queryParam("fileName", "bukti-" + n + ".pdf")
                            .post("/rounds/{id}/attachments", loaded.round);
                } catch (RuntimeException e) {
                    badAnswers.add("no answer: " + e);
                    continue;
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                slowest.add(ms);
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 201) {
                    acknowledged.add(r.jsonPath().getString("id"));
                } else if (r.statusCode() != 503 || !String.valueOf(r.contentType()).startsWith("application/problem+json")
                        || r.header("Retry-After") == null) {
                    badAnswers.add(r.statusCode() + " " + r.contentType() + " " + r.asString());
                }
                n++;
            }
        }, "pg-fault-load");
        load.start();
        Thread.sleep(2000);
        // and two recaps approved just before the outage: measurement consumes them while the database is away
        for (Case c : cases.subList(1, 3)) {
            collect(c);
        }
        system.database.cut();
        boolean sawDown = false;
        long outageEnd = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        while (System.nanoTime() < outageEnd) {
            int ready = given().baseUri(url).get("/q/health/ready").statusCode();
            sawDown |= ready == 503;
            Thread.sleep(500);
        }
        system.database.restore();
        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(url).get("/q/health/ready").statusCode() == 200);
        Thread.sleep(2000);
        running.set(false);
        load.join(30_000);

        // nothing acknowledged is lost: every attachment answered 201 is there after the outage
        Set<String> stored = new java.util.HashSet<>(given().baseUri(url).auth().oauth2(team)
                .get("/rounds/{id}/attachments", loaded.round).then().statusCode(200).extract().jsonPath()
                .getList("id", String.class));
        long lostAcks = acknowledged.stream().filter(id -> !stored.contains(id)).count();
        Map<String, Object> row = outcome("PostgreSQL unreachable for 8 s under load", cases.subList(1, 3));
        row.put("requests", statuses.values().stream().mapToInt(Integer::intValue).sum());
        row.put("statuses", new HashMap<>(statuses));
        row.put("acknowledgedWrites", acknowledged.size());
        row.put("acknowledgedWritesLost", lostAcks);
        row.put("slowestRequestMs", slowest.stream().mapToLong(Long::longValue).max().orElse(0));
        row.put("readinessWentDown", sawDown);
        row.put("badAnswers", badAnswers.size());
        assertThat(badAnswers).as("answers other than 201 or 503 problem+json with Retry-After").isEmpty();
        assertThat(statuses).containsKey(503).containsKey(201);
        assertThat(lostAcks).isZero();
        assertThat(sawDown).as("readiness DOWN during the outage").isTrue();
        assertThat((long) row.get("slowestRequestMs")).as("no request hangs").isLessThan(10_000);
        assertClean(row);
    }

    @Test
    @Order(5)
    void aPoisonEventGoesToTheDeadLetterTopicAndConsumptionContinues() throws Exception {
        List<Case> cases = agencies("POISON", 2);
        String poisonKey = "poison-" + UUID.randomUUID();
        EventScope scope = new EventScope(cases.get(0).client.agency, "1506", "15");
        TopicReader.send(system.broker.bootstrapServers(), TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                EventTypes.RECAP_APPROVED, poisonKey, scope, "{\"roundId\": \"not a uuid\", \"rows\": 42"));
        TopicReader.send(system.broker.bootstrapServers(), TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                EventTypes.RECAP_APPROVED, poisonKey, scope, "{\"roundId\": null}"));
        for (Case c : cases) {
            collect(c);
        }
        Map<String, Object> row = outcome("poison events on the rounds topic", cases);
        List<ConsumerRecord<String, String>> dead = TopicReader.await(system.broker.bootstrapServers(),
                "sakip.measurement.dlq", r -> poisonKey.equals(r.key()), 2, Duration.ofSeconds(30));
        row.put("poisonSent", 2);
        row.put("poisonDeadLettered", dead.size());
        assertThat(dead).hasSize(2);
        assertClean(row);
    }

    private static void writeReport() throws Exception {
        if (REPORT.isEmpty()) {
            return;
        }
        StringBuilder table = new StringBuilder(String.format("%-62s %5s %8s %4s %10s %8s %8s%n", "fault", "sent",
                "received", "lost", "duplicated", "compared", "equal"));
        REPORT.values().forEach(r -> table.append(String.format("%-62s %5s %8s %4s %10s %8s %8s%n", r.get("fault"),
                r.get("eventsSent"), r.get("received"), r.get("lost"), r.get("duplicated"), r.get("measurementsCompared"),
                r.get("measurementsEqual"))));
        REPORT.values().forEach(r -> {
            Map<String, Object> extra = new LinkedHashMap<>(r);
            List.of("fault", "eventsSent", "received", "lost", "duplicated", "measurementsCompared", "measurementsEqual",
                    "differences").forEach(extra::remove);
            if (!extra.isEmpty()) {
                table.append("  ").append(r.get("fault")).append(": ").append(extra).append('\n');
            }
        });
        System.out.println("FAULT SUITE\n" + table);
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("fault-suite.txt"), table.toString());
        Files.writeString(dir.resolve("fault-suite.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(REPORT.values()));
    }
}
