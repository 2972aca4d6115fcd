package id.sakip.bench;

import static id.sakip.bench.Stats.pct;
import static id.sakip.bench.Stats.rssMb;
import static id.sakip.bench.Stats.time;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.AgencyRegistered;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.AgencyClient;
import id.sakip.testsupport.KafkaBroker;
import id.sakip.testsupport.PackagedService;
import id.sakip.testsupport.SakipSystem;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestJwt;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;

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
    RawLimits limits;
    final List<String> agencies = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Bench().run();
        System.exit(0);
    }

    void run() throws Exception {
        Path root = Path.of(System.getProperty("sakip.root", ".")).toAbsolutePath().normalize();
        long t0 = System.nanoTime();
        system = SakipSystem.start(root);
        limits = new RawLimits(system);
        log("system ready in %.1f s", (System.nanoTime() - t0) / 1e9);
        try {
            seed();
            Map<String, List<String[]>> forms = openRounds();
            formSubmission(root, forms);
            new ApprovalToDashboard(this, limits).run(forms);
            new ProvinceRecompute(this, limits).run();
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
                    "Sasaran " + (1 + i % 5), "%", i % 7 == 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER,
                    i % 3 == 0 ? Aggregation.CUMULATIVE : Aggregation.AVERAGE, "QUARTERLY", unit, q.multiply(BigDecimal.valueOf(4)),
                    List.of(q, q, q, q), null, null, null, null, null, "Tujuan " + (1 + i % 2), null, null));
        }
        return items;
    }

    void seed() throws Exception {
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> p = limits.producer()) {
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
                            PROVINCE, YEAR, 1, AgreementKind.HEAD, null, null, OffsetDateTime.now(ZoneOffset.UTC),
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
            raw.put(threads, limits.inserts(threads, stepSeconds));
        }
        double rawBest = Collections.max(raw.values());
        log("  raw JDBC: 20-row transactions/s by threads %s", raw);
        result.put("formSubmission", Map.of("steps", steps, "highestRateWithP99Under50ms", best, "rawTransactionsPerSecond",
                raw, "ratio", best / rawBest));
        table.add(new String[] { "1. form submission (20 values), highest rate with p99 <= 50 ms",
            String.format("%.0f forms/s", best), String.format("%.0f tx/s", rawBest), String.format("%.2f", best / rawBest),
            ">= 0.50", best / rawBest >= 0.5 ? "met" : "NOT met" });
    }

    // ---------------------------------------------------------------- 2. approval to dashboard

    // ---------------------------------------------------------------- 3. province recompute

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
                    Polarity.HIGHER_IS_BETTER, new BigDecimal("50"), null, new BigDecimal(40 + i % 20),
                    new BigDecimal(80 + i % 40), i % 40 >= 20 ? "SANGAT_TINGGI" : "TINGGI", 80 + i % 40 >= 100));
        }
        var m = new MeasurementComputed(measurement, 1, round, agency, region, PROVINCE, YEAR, "Q2",
                OffsetDateTime.now(ZoneOffset.UTC), new BigDecimal("95.50"), "SANGAT_TINGGI", 50, 50, List.of(), results);
        try (KafkaProducer<String, String> p = limits.producer()) {
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

    // ---------------------------------------------------------------- output

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
