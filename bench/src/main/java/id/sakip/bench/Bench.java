package id.sakip.bench;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.AgencyRegistered;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.testsupport.AgencyClient;
import id.sakip.testsupport.KafkaBroker;
import id.sakip.testsupport.PackagedService;
import id.sakip.testsupport.PostgresDatabases;
import id.sakip.testsupport.SakipSystem;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestJwt;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The benchmark (issue 9): the four packaged services as processes with a real broker and
 * PostgreSQL, a province-sized data set, and five measurements each printed beside its raw limit
 * on the same machine in the same run. Writes {@code bench/target/bench-result.json}.
 *
 * <p>Settings (system properties): {@code kabupaten} (24), {@code agencies} (40 per kabupaten),
 * {@code indicators} (60 per agency, 20 per unit), {@code rates} (form/s steps), {@code stepSeconds},
 * {@code approvals} (50), {@code approvalRate} (5/s).
 */
public final class Bench {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final String PROVINCE = "15";
    static final int YEAR = 2026;
    static final List<String> UNITS = List.of("SEKRETARIAT", "BIDANG-A", "BIDANG-B");

    final int kabupaten = Integer.getInteger("kabupaten", 24);
    final int perKabupaten = Integer.getInteger("agencies", 40);
    final int indicators = Integer.getInteger("indicators", 60);
    final String rates = System.getProperty("rates", "100,200,400,600,800,1000,1200");
    final int stepSeconds = Integer.getInteger("stepSeconds", 10);
    final int approvals = Integer.getInteger("approvals", 50);
    final double approvalRate = Double.parseDouble(System.getProperty("approvalRate", "5"));
    final Map<String, Object> result = new LinkedHashMap<>();
    final List<String[]> table = new ArrayList<>();
    SakipSystem system;
    final List<String> agencies = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Bench().run();
        System.exit(0);
    }

    void run() throws Exception {
        Path root = Path.of(System.getProperty("sakip.root", ".")).toAbsolutePath().normalize();
        long t0 = System.nanoTime();
        system = SakipSystem.start(root);
        log("system ready in %.1f s", (System.nanoTime() - t0) / 1e9);
        try {
            seed();
            Map<String, List<String[]>> forms = openRounds();
            formSubmission(root, forms);
            approvalToDashboard(forms);
            provinceRecompute();
            reports();
            footprint(root);
        } finally {
            print();
            system.close();
        }
    }

    // ---------------------------------------------------------------- seeding

    static String token(String role, String agency, String unit) {
        TestJwt.Builder b = TestJwt.as(role).subject(role + "@" + agency + (unit == null ? "" : "/" + unit)).agency(agency);
        return (unit == null ? b : b.unit(unit)).expiresIn(Duration.ofHours(6)).mint();
    }

    List<PerformanceAgreementSigned.Item> items(BigDecimal factor) {
        List<PerformanceAgreementSigned.Item> items = new ArrayList<>();
        for (int i = 1; i <= indicators; i++) {
            String unit = UNITS.get((i - 1) * UNITS.size() / indicators);
            BigDecimal q = new BigDecimal(20 + i % 30).multiply(factor);
            items.add(new PerformanceAgreementSigned.Item(String.format("IKU-%03d", i), "Indikator kinerja " + i, "IKU",
                    "Sasaran " + (1 + i % 5), "%", i % 7 == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
                    i % 3 == 0 ? "CUMULATIVE" : "AVERAGE", "QUARTERLY", unit, q.multiply(BigDecimal.valueOf(4)),
                    List.of(q, q, q, q), null, null, null, null, null, "Tujuan " + (1 + i % 2), null, null));
        }
        return items;
    }

    void seed() throws Exception {
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> p = producer()) {
            for (int k = 1; k <= kabupaten; k++) {
                String region = PROVINCE + String.format("%02d", k);
                for (int a = 1; a <= perKabupaten; a++) {
                    String agency = region + "-DINAS-" + String.format("%02d", a);
                    agencies.add(agency);
                    EventScope scope = new EventScope(agency, region, PROVINCE);
                    p.send(TestEvents.record(EventTypes.Topics.AGENCIES, UUID.randomUUID(), EventTypes.AGENCY_REGISTERED,
                            agency, scope, JSON.writeValueAsString(new AgencyRegistered(agency,
                                    region, PROVINCE, "Dinas " + a + " Kabupaten " + k, "DINAS"))));
                    PerformanceAgreementSigned pk = new PerformanceAgreementSigned(UUID.randomUUID(), agency, region,
                            PROVINCE, YEAR, 1, "HEAD", null, null, OffsetDateTime.now(ZoneOffset.UTC),
                            new PerformanceAgreementSigned.Signatory("Kepala Dinas " + a, "197501012000031001",
                                    "Kepala Dinas"), items(BigDecimal.ONE));
                    p.send(TestEvents.record(EventTypes.Topics.AGREEMENTS, UUID.randomUUID(), EventTypes.AGREEMENT_SIGNED,
                            agency + "/" + YEAR + "/HEAD", scope, JSON.writeValueAsString(pk)));
                }
            }
            p.flush();
        }
        String admin = TestJwt.as("admin").subject("admin").expiresIn(Duration.ofHours(6)).mint();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (given().baseUri(system.url("collection-service")).auth().oauth2(admin).get("/agreements?year=" + YEAR)
                .then().extract().jsonPath().getInt("total") < agencies.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the signed PKs did not reach collection-service");
            }
            Thread.sleep(1000);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        log("seeded %d agencies x %d indicators (%d PK targets) in %.1f s", agencies.size(), indicators,
                agencies.size() * indicators, s);
        result.put("seed", Map.of("agencies", agencies.size(), "indicators", agencies.size() * indicators, "seconds", s));
    }

    /** Opens the Q1 round of every agency (SOP steps 1-6 over HTTP); returns agency → [formId, unit, codes]. */
    Map<String, List<String[]>> openRounds() throws Exception {
        long t0 = System.nanoTime();
        String url = system.url("collection-service");
        Map<String, List<String[]>> forms = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (String agency : agencies) {
            done.add(pool.submit(() -> {
                String round = new AgencyClient(system, agency).openRound(YEAR, "Q1");
                List<Map<String, Object>> list = given().baseUri(url).auth().oauth2(token("tim-sakip", agency, null))
                        .get("/rounds/{id}/forms", round).then().statusCode(200).extract().jsonPath().getList("$");
                List<String[]> mine = new ArrayList<>();
                for (Map<String, Object> f : list) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> rows = (List<Map<String, Object>>) f.get("rows");
                    mine.add(new String[] { (String) f.get("id"), (String) f.get("unitCode"),
                        String.join(",", rows.stream().map(r -> (String) r.get("indicatorCode")).toList()), round,
                        String.valueOf(f.get("version")) });
                }
                forms.put(agency, mine);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double s = (System.nanoTime() - t0) / 1e9;
        log("opened %d rounds (6 SOP steps each over HTTP) in %.1f s", agencies.size(), s);
        result.put("openRounds", Map.of("rounds", agencies.size(), "seconds", s));
        return forms;
    }

    // ---------------------------------------------------------------- 1. form submission

    void formSubmission(Path root, Map<String, List<String[]>> forms) throws Exception {
        // the forms of all but the agencies kept for the approval measurement
        Path file = Files.createTempFile("bench-forms", ".txt");
        List<String> lines = new ArrayList<>();
        for (String agency : agencies.subList(approvals, agencies.size())) {
            for (String[] f : forms.get(agency)) {
                lines.add(f[0] + " " + token("unit", agency, f[1]) + " " + f[2] + " " + f[4]);
            }
        }
        Files.write(file, lines);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), FormLoad.class.getName(), file.toString(),
                system.url("collection-service"), Integer.toString(stepSeconds)));
        cmd.addAll(List.of(rates.split(",")));
        // let the system digest the rounds just opened (960 CollectionRoundOpened through the outbox to
        // reporting) before measuring: the load generator also warms up for 20 s before its first step
        Thread.sleep(20_000);
        log("form load: %d forms of 20 values, steps %s forms/s x %d s (separate process)", lines.size(), rates, stepSeconds);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Map<String, Object>> steps = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("{")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = JSON.readValue(line, Map.class);
                    steps.add(m);
                    log("  offered %s/s: achieved %s/s, p50 %s ms, p95 %s ms, p99 %s ms, answers %s", m.get("offered"),
                            m.get("achieved"), m.get("p50ms"), m.get("p95ms"), m.get("p99ms"), m.get("statuses"));
                }
            }
        }
        p.waitFor();
        double best = steps.stream().filter(m -> ((Number) m.get("p99ms")).doubleValue() <= 50
                && ((Number) m.get("errors")).intValue() == 0
                && ((Number) m.get("achieved")).doubleValue() >= 0.95 * ((Number) m.get("offered")).doubleValue())
                .mapToDouble(m -> ((Number) m.get("achieved")).doubleValue()).max().orElse(0);
        // raw limit: the same 20 rows per transaction, plain JDBC, on the same PostgreSQL
        Map<Integer, Double> raw = new LinkedHashMap<>();
        for (int threads : List.of(4, 8, 16, 32)) {
            raw.put(threads, rawInserts(threads, stepSeconds));
        }
        double rawBest = Collections.max(raw.values());
        log("  raw JDBC: 20-row transactions/s by threads %s", raw);
        result.put("formSubmission", Map.of("steps", steps, "highestRateWithP99Under50ms", best, "rawTransactionsPerSecond",
                raw, "ratio", best / rawBest));
        table.add(new String[] { "1. form submission (20 values), highest rate with p99 <= 50 ms",
            String.format("%.0f forms/s", best), String.format("%.0f tx/s", rawBest), String.format("%.2f", best / rawBest),
            ">= 0.50", best / rawBest >= 0.5 ? "met" : "NOT met" });
    }

    double rawInserts(int threads, int seconds) throws Exception {
        String db = scratchDatabase();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("create table if not exists raw_row (id bigserial primary key, form_id uuid not null, "
                    + "indicator_code varchar(40) not null, realisasi numeric(20,4), keterangan varchar(2000), "
                    + "updated_at timestamptz not null)");
        }
        AtomicLong count = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try (Connection c = connect(db)) {
                    c.setAutoCommit(false);
                    PreparedStatement ps = c.prepareStatement("insert into raw_row (form_id, indicator_code, realisasi, "
                            + "keterangan, updated_at) values (?, ?, ?, ?, now())");
                    while (running.get()) {
                        UUID form = UUID.randomUUID();
                        for (int i = 0; i < 20; i++) {
                            ps.setObject(1, form);
                            ps.setString(2, String.format("IKU-%03d", i));
                            ps.setBigDecimal(3, BigDecimal.valueOf(20 + i));
                            ps.setString(4, "Sesuai laporan");
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        c.commit();
                        count.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            th.start();
            ts.add(th);
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread th : ts) {
            th.join();
        }
        return Math.round(count.get() / (double) seconds * 10) / 10.0;
    }

    private String scratch;

    String scratchDatabase() {
        if (scratch == null) {
            scratch = PostgresDatabases.create("bench_raw");
            system.onClose(() -> PostgresDatabases.drop(scratch));
        }
        return scratch;
    }

    static Connection connect(String db) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", PostgresDatabases.user());
        p.setProperty("password", PostgresDatabases.password());
        return DriverManager.getConnection(PostgresDatabases.jdbcUrl(db), p);
    }

    // ---------------------------------------------------------------- 2. approval to dashboard

    void approvalToDashboard(Map<String, List<String[]>> forms) throws Exception {
        String url = system.url("collection-service");
        List<String> chosen = agencies.subList(0, approvals);
        Map<String, String> roundOf = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> prepared = new ArrayList<>();
        for (String agency : chosen) {
            prepared.add(pool.submit(() -> {
                String round = null;
                for (String[] f : forms.get(agency)) {
                    round = f[3];
                    String unitToken = token("unit", agency, f[1]);
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
                String team = token("tim-sakip", agency, null);
                long v = given().baseUri(url).auth().oauth2(team).get("/rounds/{id}", round).then().extract().jsonPath()
                        .getLong("version");
                given().baseUri(url).auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", v))
                        .post("/rounds/{id}/recap", round).then().statusCode(200);
                new AgencyClient(system, agency).step(team, round, "REPORT_RECAP");
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
        Thread listener = listener(EventTypes.Topics.MEASUREMENTS, seen, listening);
        Map<String, Long> approvedAt = new LinkedHashMap<>();
        long interval = (long) (1e9 / approvalRate);
        long next = System.nanoTime();
        for (String agency : chosen) {
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            next += interval;
            String round = roundOf.get(agency);
            String sek = token("sekretaris", agency, null);
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
        List<Double> raw = rawEventLatency(approvals, approvalRate);
        double p99 = pct(lat, 0.99);
        double rawP99 = pct(raw, 0.99);
        log("approval -> MeasurementComputed seen: p50 %.1f ms, p99 %.1f ms (%d of %d); raw commit->produce->consume->commit: p50 %.1f ms, p99 %.1f ms",
                pct(lat, 0.5), p99, lat.size(), approvedAt.size(), pct(raw, 0.5), rawP99);
        result.put("approvalToDashboard", Map.of("approvals", approvedAt.size(), "seen", lat.size(), "p50ms", pct(lat, 0.5),
                "p99ms", p99, "rawP50ms", pct(raw, 0.5), "rawP99ms", rawP99, "ratio", p99 / rawP99));
        table.add(new String[] { "2. approval -> MeasurementComputed at an outside consumer, p99",
            String.format("%.0f ms", p99), String.format("%.1f ms", rawP99), String.format("%.1f", p99 / rawP99), "<= 3",
            p99 / rawP99 <= 3 ? "met" : "NOT met" });
    }

    Thread listener(String topic, Map<String, Long> seen, AtomicBoolean listening) throws InterruptedException {
        AtomicBoolean assigned = new AtomicBoolean();
        Thread t = new Thread(() -> {
            try (KafkaConsumer<String, String> c = consumer()) {
                c.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> p) {
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> p) {
                        c.seekToEnd(p);
                        p.forEach(c::position);
                        assigned.set(true);
                    }
                });
                while (listening.get()) {
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(5))) {
                        seen.putIfAbsent(r.key(), System.nanoTime());
                    }
                }
            }
        }, "bench-listener");
        t.start();
        while (!assigned.get()) {
            Thread.sleep(20);
        }
        return t;
    }

    /** The bare path: commit a row, produce (acks=all), a consumer receives it and commits a row. */
    List<Double> rawEventLatency(int n, double rate) throws Exception {
        String db = scratchDatabase();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("create table if not exists raw_event (id uuid primary key, at timestamptz not null)");
            s.execute("create table if not exists raw_seen (id uuid primary key, at timestamptz not null)");
        }
        String topic = "bench.raw." + UUID.randomUUID();
        Map<String, Long> started = new ConcurrentHashMap<>();
        Map<String, Long> finished = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        try (KafkaProducer<String, String> p = producer()) {
            p.send(new ProducerRecord<>(topic, "warm", "warm")).get(); // creates the topic
            Thread consumerThread = new Thread(() -> {
                try (KafkaConsumer<String, String> c = consumer(); Connection db2 = connect(db)) {
                    c.subscribe(List.of(topic));
                    PreparedStatement ps = db2.prepareStatement("insert into raw_seen (id, at) values (?, now())");
                    while (running.get()) {
                        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(5))) {
                            if (r.key().equals("warm")) {
                                continue;
                            }
                            ps.setObject(1, UUID.fromString(r.key()));
                            ps.executeUpdate();
                            finished.put(r.key(), System.nanoTime());
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            consumerThread.start();
            Thread.sleep(3000); // the consumer joins its group
            try (Connection c = connect(db)) {
                PreparedStatement ps = c.prepareStatement("insert into raw_event (id, at) values (?, now())");
                long interval = (long) (1e9 / rate);
                long next = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    while (System.nanoTime() < next) {
                        Thread.onSpinWait();
                    }
                    next += interval;
                    UUID id = UUID.randomUUID();
                    started.put(id.toString(), System.nanoTime());
                    ps.setObject(1, id);
                    ps.executeUpdate();
                    p.send(new ProducerRecord<>(topic, id.toString(), "{}")).get();
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (finished.size() < n && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            running.set(false);
            consumerThread.join();
        }
        List<Double> lat = new ArrayList<>();
        started.forEach((id, s) -> {
            Long f = finished.get(id);
            if (f != null) {
                lat.add((f - s) / 1e6);
            }
        });
        Collections.sort(lat);
        return lat;
    }

    // ---------------------------------------------------------------- 3. province recompute

    void provinceRecompute() throws Exception {
        // every agency's four quarters measured from approved recaps (sent as collection would)
        Map<String, Long> computed = new ConcurrentHashMap<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        int periods = 4;
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> p = producer()) {
            for (String agency : agencies) {
                String region = agency.substring(0, 4);
                List<PerformanceAgreementSigned.Item> items = items(BigDecimal.ONE);
                for (int q = 1; q <= periods; q++) {
                    List<RecapApproved.Row> rows = new ArrayList<>();
                    for (PerformanceAgreementSigned.Item i : items) {
                        rows.add(new RecapApproved.Row(i.indicatorCode(), i.indicatorName(), i.sasaran(), i.unitOfMeasure(),
                                i.polarity(), i.responsibleUnit(), i.annualTarget(), i.quarterTargets().get(q - 1),
                                i.quarterTargets().get(q - 1).add(BigDecimal.valueOf(q - 2)), null, null, null));
                    }
                    UUID round = UUID.nameUUIDFromBytes((agency + "/bench/Q" + q).getBytes());
                    RecapApproved recap = new RecapApproved(round, agency, region, PROVINCE, YEAR - 1, "Q" + q, null, 1, 1,
                            "sekretaris", OffsetDateTime.now(ZoneOffset.UTC), rows);
                    p.send(TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(), EventTypes.RECAP_APPROVED,
                            round.toString(), new EventScope(agency, region, PROVINCE), JSON.writeValueAsString(recap)));
                }
            }
            p.flush();
        }
        String admin = TestJwt.as("admin").subject("admin").expiresIn(Duration.ofHours(6)).mint();
        int expected = agencies.size() * periods;
        awaitMeasurements(admin, YEAR - 1, expected, false);
        double firstSeconds = (System.nanoTime() - t0) / 1e9;
        log("first computation: %d measurements (%d values) in %.1f s", expected, expected * indicators, firstSeconds);
        // the year's PK revised for every agency: measurement recomputes every period as a new version
        long t1 = System.nanoTime();
        try (KafkaProducer<String, String> p = producer()) {
            for (String agency : agencies) {
                String region = agency.substring(0, 4);
                PerformanceAgreementSigned pk = new PerformanceAgreementSigned(UUID.randomUUID(), agency, region, PROVINCE,
                        YEAR - 1, 2, "HEAD", null, UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC),
                        new PerformanceAgreementSigned.Signatory("Kepala Dinas", "197501012000031001", "Kepala Dinas"),
                        items(new BigDecimal("1.1")));
                p.send(TestEvents.record(EventTypes.Topics.AGREEMENTS, UUID.randomUUID(), EventTypes.AGREEMENT_REVISED,
                        agency + "/" + (YEAR - 1) + "/HEAD", new EventScope(agency, region, PROVINCE),
                        JSON.writeValueAsString(pk)));
            }
            p.flush();
        }
        awaitMeasurements(admin, YEAR - 1, expected, true);
        double seconds = (System.nanoTime() - t1) / 1e9;
        long values = (long) expected * indicators;
        double rate = values / seconds;
        double raw = rawInsertSelect(values);
        log("recompute after a PK revision: %d values in %.1f s = %.0f values/s; raw INSERT ... SELECT %.0f rows/s", values,
                seconds, rate, raw);
        result.put("provinceRecompute", Map.of("measurements", expected, "values", values, "seconds", seconds,
                "valuesPerSecond", rate, "firstComputationSeconds", firstSeconds, "rawRowsPerSecond", raw, "ratio", rate / raw));
        table.add(new String[] { "3. province recompute after a PK revision (" + values + " values)",
            String.format("%.0f values/s", rate), String.format("%.0f rows/s", raw), String.format("%.3f", rate / raw),
            ">= 0.50", rate / raw >= 0.5 ? "met" : "NOT met" });
    }

    void awaitMeasurements(String admin, int year, int expected, boolean revised) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        String url = system.url("measurement-service");
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

    double rawInsertSelect(long rows) throws Exception {
        String db = scratchDatabase();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("create table if not exists raw_value (id bigserial primary key, measurement_id uuid not null, "
                    + "indicator_code varchar(40) not null, target numeric(20,4), realisasi numeric(20,4), "
                    + "capaian numeric(12,2), category varchar(20))");
            long t0 = System.nanoTime();
            s.execute("insert into raw_value (measurement_id, indicator_code, target, realisasi, capaian, category) "
                    + "select md5(g::text)::uuid, 'IKU-' || (g % 60), 20 + g % 30, 21 + g % 30, "
                    + "round((21 + g % 30) * 100.0 / (20 + g % 30), 2), 'TINGGI' from generate_series(1, " + rows + ") g");
            return rows / ((System.nanoTime() - t0) / 1e9);
        }
    }

    // ---------------------------------------------------------------- 4. reports

    void reports() throws Exception {
        String agency = agencies.get(0);
        String region = agency.substring(0, 4);
        UUID measurement = UUID.randomUUID();
        UUID round = UUID.randomUUID();
        List<MeasurementComputed.IndicatorResult> results = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            results.add(new MeasurementComputed.IndicatorResult(String.format("IKK-%03d", i),
                    "Indikator kinerja kegiatan nomor " + i + " dengan nama yang cukup panjang", "Sasaran " + (1 + i % 5),
                    "HIGHER_IS_BETTER", new BigDecimal("50"), null, new BigDecimal(40 + i % 20),
                    new BigDecimal(80 + i % 40), i % 40 >= 20 ? "SANGAT_TINGGI" : "TINGGI", 80 + i % 40 >= 100));
        }
        var m = new MeasurementComputed(measurement, 1, round, agency, region, PROVINCE, YEAR, "Q2",
                OffsetDateTime.now(ZoneOffset.UTC), new BigDecimal("95.50"), "SANGAT_TINGGI", 50, 50, List.of(), results);
        try (KafkaProducer<String, String> p = producer()) {
            p.send(TestEvents.record(EventTypes.Topics.MEASUREMENTS, UUID.randomUUID(), EventTypes.MEASUREMENT_COMPUTED,
                    round.toString(), new EventScope(agency, region, PROVINCE), JSON.writeValueAsString(m))).get();
        }
        String url = system.url("reporting-service");
        String kepala = token("kepala", agency, null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (given().baseUri(url).auth().oauth2(kepala).get("/documents/measurement/{id}?format=json", measurement)
                .statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the 100-indicator measurement did not reach reporting-service");
            }
            Thread.sleep(200);
        }
        List<Double> pdf = time(20, () -> given().baseUri(url).auth().oauth2(kepala)
                .get("/documents/measurement/{id}?format=pdf", measurement).then().statusCode(200));
        String provinsi = TestJwt.as("provinsi").subject("provinsi").province(PROVINCE).expiresIn(Duration.ofHours(6)).mint();
        List<Double> xlsx = time(10, () -> given().baseUri(url).auth().oauth2(provinsi)
                .get("/provinces/" + PROVINCE + "/overview?year=" + YEAR + "&period=Q1&format=xlsx").then().statusCode(200));
        log("100-indicator measurement PDF: median %.0f ms, max %.0f ms; province XLSX (%d agencies): median %.0f ms",
                pct(pdf, 0.5), pdf.get(pdf.size() - 1), agencies.size(), pct(xlsx, 0.5));
        result.put("reports", Map.of("pdfMedianMs", pct(pdf, 0.5), "pdfMaxMs", pdf.get(pdf.size() - 1), "xlsxMedianMs",
                pct(xlsx, 0.5), "xlsxAgencies", agencies.size()));
        table.add(new String[] { "4a. 100-indicator measurement PDF over HTTP, warm median", String.format("%.0f ms", pct(pdf, 0.5)),
            "-", "-", "< 300 ms", pct(pdf, 0.5) < 300 ? "met" : "NOT met" });
        table.add(new String[] { "4b. province XLSX (" + agencies.size() + " agencies), warm median",
            String.format("%.0f ms", pct(xlsx, 0.5)), "-", "-", "-", "-" });
    }

    static List<Double> time(int n, Runnable call) {
        for (int i = 0; i < 5; i++) {
            call.run(); // warm
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.run();
            out.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(out);
        return out;
    }

    // ---------------------------------------------------------------- 5. footprint

    void footprint(Path root) throws Exception {
        // RSS after the run (warm); then each service restarted alone (the others idle), timed to ready,
        // as the bare application is below: four services starting at once on two cores would say little
        Map<String, Object> services = new LinkedHashMap<>();
        Map<String, Double> rssAfterRun = new LinkedHashMap<>();
        Map<String, Long> readyAlone = new LinkedHashMap<>();
        for (String s : SakipSystem.SERVICES) {
            rssAfterRun.put(s, rssMb(system.pid(s)));
        }
        for (String s : SakipSystem.SERVICES) {
            system.kill(s);
            system.restart(s);
            readyAlone.put(s, system.readyMillis(s));
            services.put(s, Map.of("readyAloneMs", readyAlone.get(s), "rssAfterRunMb", rssAfterRun.get(s)));
        }
        var bare = PackagedService.start(root, "bench/bare-app",
                KafkaBroker.freePort(), Map.of());
        bare.awaitReady(Duration.ofSeconds(60));
        for (int i = 0; i < 2000; i++) {
            given().baseUri(bare.url()).get("/hello").then().statusCode(200);
        }
        long bareReady = bare.readyMillis();
        double bareRss = rssMb(bare.pid());
        bare.close();
        services.put("bare Quarkus REST", Map.of("readyMs", bareReady, "rssMb", bareRss));
        result.put("footprint", services);
        for (String s : SakipSystem.SERVICES) {
            long ready = readyAlone.get(s);
            double rss = rssAfterRun.get(s);
            table.add(new String[] { "5. " + s + " time to ready (alone) / RSS after the run", ready + " ms / " + Math.round(rss) + " MB",
                bareReady + " ms / " + Math.round(bareRss) + " MB",
                String.format("%.1f / %.1f", ready / (double) bareReady, rss / bareRss), "<= 1.5",
                ready <= 1.5 * bareReady && rss <= 1.5 * bareRss ? "met" : "NOT met" });
        }
    }

    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            // not on Linux
        }
        return Double.NaN;
    }

    // ---------------------------------------------------------------- output

    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    void print() throws Exception {
        StringBuilder sb = new StringBuilder();
        String fmt = "| %s | %s | %s | %s | %s | %s |%n";
        sb.append(String.format(fmt, "measure", "system", "raw limit", "ratio", "goal", "goal met"));
        sb.append("|---|---|---|---|---|---|\n");
        for (String[] r : table) {
            sb.append(String.format(fmt, (Object[]) r));
        }
        System.out.println("\nBENCHMARK (" + OffsetDateTime.now(ZoneOffset.UTC) + ", " + Runtime.getRuntime().availableProcessors()
                + " cores)\n" + sb);
        result.put("table", table);
        Path out = Path.of(System.getProperty("bench.out", "bench/target/bench-result.json"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        Files.writeString(out.resolveSibling("bench-table.md"), sb.toString());
        log("written %s", out);
    }

    static void log(String fmt, Object... args) {
        System.out.printf("[bench] " + fmt + "%n", args);
        System.out.flush();
    }
}
