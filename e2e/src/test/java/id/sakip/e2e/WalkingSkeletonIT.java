package id.sakip.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.AgencyClient;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.ContractRecorder;
import id.sakip.testsupport.SakipSystem;
import id.sakip.testsupport.TestJwt;
import id.sakip.testsupport.TopicReader;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The walking skeleton through the four packaged services, over HTTP and a real Kafka broker:
 * agency, indicators and a signed agreement (indicator) → forms filled, recap approved (collection)
 * → capaian (measurement, MeasurementComputed) → summary (reporting).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {
    private static final String AGENCY = "1506-KEC-KB-" + UUID.randomUUID().toString().substring(0, 6);
    private static SakipSystem system;
    private static AgencyClient client;

    @BeforeAll
    static void start() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractRecorder.install();
        system = SakipSystem.start();
        client = new AgencyClient(system, AGENCY);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    private static RequestSpecification at(String service, String token) {
        return client.at(service, token);
    }

    private static String as(String role) {
        return client.as(role);
    }

    private static String asUnit(String unit) {
        return client.asUnit(unit);
    }

    @Test
    @Order(1)
    void anApprovedRecapTurnsIntoAMeasurementComputedEventAndASummary() {
        at("indicator-service", TestJwt.as("admin").subject("admin").mint())
                .body(Map.of("code", AGENCY, "name", "Kecamatan Kuala Betara", "type", "KECAMATAN", "regionCode", "1506"))
                .post("/agencies").then().statusCode(201);
        String ikm = defineIndicator("IKU-01", "Indeks Kepuasan Masyarakat", "indeks", "HIGHER_IS_BETTER", "AVERAGE",
                "SEKRETARIAT");
        String docs = defineIndicator("IKU-02", "Persentase dokumen perencanaan tepat waktu", "%", "HIGHER_IS_BETTER",
                "LAST", "SEKSI-PEM");
        String agreementId = signAgreement(2026, List.of(
                item(ikm, 82, 80, 82, 83, 83), item(docs, 100, 25, 50, 75, 100)));

        String team = as("tim-sakip");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> at("collection-service", team)
                .get("/agreements?year=2026").then().statusCode(200).body("items[0].agreementId", equalTo(agreementId)));

        String roundId = openRound(2026, "Q1");
        List<Map<String, Object>> forms = at("collection-service", team).get("/rounds/{id}/forms", roundId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        fillAndSubmit(forms, "SEKRETARIAT", "IKU-01", 84);
        fillAndSubmit(forms, "SEKSI-PEM", "IKU-02", 20);

        long v = compileAndReport(roundId);
        at("collection-service", as("sekretaris")).body(Map.of("version", v)).post("/rounds/{id}/recap/approve", roundId)
                .then().statusCode(200).body("status", equalTo("APPROVED"));

        // what a provincial dashboard sees: a plain Kafka consumer on the measurements topic
        List<ConsumerRecord<String, String>> computed = TopicReader.await(system.broker.bootstrapServers(),
                EventTypes.Topics.MEASUREMENTS, r -> AGENCY.equals(TopicReader.header(r, CloudEventHeaders.AGENCY)), 1,
                Duration.ofSeconds(60));
        assertThat(computed).hasSize(1);
        ConsumerRecord<String, String> event = computed.get(0);
        assertThat(TopicReader.header(event, CloudEventHeaders.SPECVERSION)).isEqualTo("1.0");
        assertThat(TopicReader.header(event, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.MEASUREMENT_COMPUTED);
        assertThat(TopicReader.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/sakip/measurement-service");
        assertThat(UUID.fromString(TopicReader.header(event, CloudEventHeaders.ID))).isNotNull();
        assertThat(TopicReader.header(event, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(TopicReader.header(event, CloudEventHeaders.PROVINCE)).isEqualTo("15");
        assertThat(TopicReader.header(event, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(EventSchemas.violations(EventTypes.MEASUREMENT_COMPUTED, event.value())).isEmpty();

        JsonPath data = new JsonPath(event.value());
        assertThat(event.key()).isEqualTo(roundId);
        assertThat(data.getInt("measurementVersion")).isEqualTo(1);
        assertThat(data.getString("roundId")).isEqualTo(roundId);
        assertThat(data.getString("period")).isEqualTo("Q1");
        // IKU-01: 84 / 80 = 105.00 %; IKU-02: 20 / 25 = 80.00 %
        assertThat(data.getList("indicators.indicatorCode")).containsExactly("IKU-01", "IKU-02");
        assertThat(data.getList("indicators.capaian", Float.class)).containsExactly(105.0f, 80.0f);
        assertThat(data.getInt("achievedCount")).isEqualTo(1);

        // the request's trace continues through Kafka: RecapApproved and MeasurementComputed share its trace id
        ConsumerRecord<String, String> approved = TopicReader.await(system.broker.bootstrapServers(),
                EventTypes.Topics.ROUNDS, r -> roundId.equals(r.key())
                        && EventTypes.RECAP_APPROVED.equals(TopicReader.header(r, CloudEventHeaders.TYPE)),
                1, Duration.ofSeconds(10)).get(0);
        assertThat(traceId(event)).isNotNull().isEqualTo(traceId(approved));

        String measurementId = data.getString("measurementId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> at("reporting-service", as("kepala"))
                .get("/summaries/{id}", measurementId).then().statusCode(200)
                .body("averageCapaian", equalTo(92.5f)).body("agencyCode", equalTo(AGENCY)));

        // a correction: the Sekretaris reopens the round (audited), the unit corrects, the recap is approved again
        String sekretaris = as("sekretaris");
        long rv = at("collection-service", team).get("/rounds/{id}", roundId).then().extract().jsonPath().getLong("version");
        String docsForm = forms.stream().filter(f -> "SEKSI-PEM".equals(f.get("unitCode"))).map(f -> (String) f.get("id"))
                .findFirst().orElseThrow();
        at("collection-service", sekretaris)
                .body(Map.of("version", rv, "reason", "Realisasi IKU-02 dikoreksi", "formIds", List.of(docsForm)))
                .post("/rounds/{id}/recap/reopen", roundId).then().statusCode(200);
        long fv = at("collection-service", asUnit("SEKSI-PEM")).get("/forms/{id}", docsForm).then().extract().jsonPath()
                .getLong("version");
        fillAndSubmit(docsForm, "SEKSI-PEM", "IKU-02", 30, fv);
        rv = compileAndReport(roundId);
        at("collection-service", sekretaris).body(Map.of("version", rv)).post("/rounds/{id}/recap/approve", roundId)
                .then().statusCode(200);
        List<ConsumerRecord<String, String>> versions = TopicReader.await(system.broker.bootstrapServers(),
                EventTypes.Topics.MEASUREMENTS, r -> roundId.equals(r.key()), 2, Duration.ofSeconds(60));
        assertThat(versions).hasSize(2);
        JsonPath corrected = new JsonPath(versions.get(1).value());
        assertThat(corrected.getInt("measurementVersion")).isEqualTo(2);
        // IKU-02 now 30 / 25 = 120.00; the sasaran (and the agency) (105 + 120) / 2 = 112.50
        assertThat(corrected.getList("indicators.capaian", Float.class)).containsExactly(105.0f, 120.0f);
        assertThat(corrected.getFloat("averageCapaian")).isEqualTo(112.5f);
        // the first version stays readable
        at("measurement-service", as("kepala")).get("/measurements/{id}", measurementId).then().statusCode(200)
                .body("versionNo", equalTo(1)).body("current", equalTo(false)).body("averageCapaian", equalTo(92.5f));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> at("reporting-service", as("kepala"))
                .get("/summaries?year=2026&period=Q1").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].measurementVersion", equalTo(2)));
    }

    @Test
    @Order(2)
    void aChangeMadeWhileTheBrokerIsDownIsDeliveredExactlyOnceWhenItReturns() {
        String ikm = at("indicator-service", as("tim-sakip")).get("/agencies/{a}/indicators?sort=code", AGENCY)
                .then().statusCode(200).extract().jsonPath().getString("items[0].id");

        system.broker.stop();
        String agreementId;
        try {
            // the state change commits with its outbox row although Kafka is unreachable
            agreementId = signAgreement(2027, List.of(item(ikm, 85, 84, 85, 85, 86)));
            at("indicator-service", as("tim-sakip")).get("/agreements/{id}", agreementId).then().statusCode(200)
                    .body("status", equalTo("SIGNED"));
            sleep(Duration.ofSeconds(3)); // relay passes fail meanwhile
            at("collection-service", as("tim-sakip")).get("/agreements?year=2027").then().statusCode(200)
                    .body("total", equalTo(0));
        } finally {
            system.broker.start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> at("collection-service", as("tim-sakip"))
                .get("/agreements?year=2027").then().statusCode(200).body("total", equalTo(1)));
        sleep(Duration.ofSeconds(3));
        at("collection-service", as("tim-sakip")).get("/agreements?year=2027").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].agreementId", equalTo(agreementId))
                .body("items[0].targets.size()", equalTo(1));
        String id = agreementId;
        assertThat(TopicReader.all(system.broker.bootstrapServers(), EventTypes.Topics.AGREEMENTS,
                r -> ("agreements/" + id).equals(TopicReader.header(r, CloudEventHeaders.SUBJECT)), Duration.ofSeconds(3)))
                .hasSize(1);
    }

    /**
     * A predicate indicator (the audit opinion) from PK to document with its labels: targets signed as
     * labels, the realisasi filled as a label, scored through the scale, printed as labels.
     */
    @Test
    @Order(3)
    void aPredicateIndicatorGoesFromPkToFormToMeasurementToDocumentWithItsLabels() throws Exception {
        Map<String, Object> opinion = new HashMap<>(Map.of("code", "IKU-09", "name", "Opini BPK atas LKPD",
                "kind", "IKU", "sasaran", "Meningkatnya akuntabilitas keuangan", "unitOfMeasure", "predikat",
                "polarity", "HIGHER_IS_BETTER", "aggregation", "LAST", "frequency", "QUARTERLY",
                "responsibleUnit", "SEKRETARIAT"));
        opinion.put("predicateScale", List.of(Map.of("label", "WTP", "value", 4), Map.of("label", "WDP", "value", 3),
                Map.of("label", "TW", "value", 2), Map.of("label", "TMP", "value", 1)));
        String id = at("indicator-service", as("tim-sakip")).body(opinion).post("/agencies/{a}/indicators", AGENCY).then()
                .statusCode(201).extract().path("id");
        String draft = at("indicator-service", as("tim-sakip")).body(Map.of("year", 2028, "items", List.of(Map.of(
                "indicatorId", id, "annualTargetLabel", "WTP", "quarterTargetLabels", List.of("WDP", "WDP", "WTP", "WTP")))))
                .post("/agencies/{a}/agreements", AGENCY).then().statusCode(201).body("items[0].annualTarget", equalTo(4))
                .extract().path("id");
        at("indicator-service", as("kepala")).body(Map.of("version", 0, "signatoryName", "H. Ahmad Fauzi, S.Sos",
                "signatoryNip", "197501012000031001", "signatoryPosition", "Camat Kuala Betara"))
                .post("/agreements/{id}/sign", draft).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> client.collectionHasAgreement(2028));
        String round = openRound(2028, "Q1");
        String form = at("collection-service", as("tim-sakip")).get("/rounds/{id}/forms", round).then().extract()
                .jsonPath().getString("[0].id");
        long formVersion = at("collection-service", asUnit("SEKRETARIAT")).get("/forms/{id}", form).then()
                .body("rows[0].periodTargetLabel", equalTo("WDP")).extract().jsonPath().getLong("version");
        long filled = at("collection-service", asUnit("SEKRETARIAT")).body(Map.of("version", formVersion, "rows",
                List.of(Map.of("indicatorCode", "IKU-09", "realisasiLabel", "TW", "keterangan", "Temuan pengelolaan aset"))))
                .put("/forms/{id}", form).then().statusCode(200).body("rows[0].realisasi", equalTo(2)).extract().jsonPath()
                .getLong("version");
        at("collection-service", asUnit("SEKRETARIAT")).body(Map.of("version", filled)).post("/forms/{id}/submit", form)
                .then().statusCode(200);
        long v = compileAndReport(round);
        at("collection-service", as("sekretaris")).body(Map.of("version", v)).post("/rounds/{id}/recap/approve", round)
                .then().statusCode(200);
        ConsumerRecord<String, String> computed = TopicReader.await(system.broker.bootstrapServers(),
                EventTypes.Topics.MEASUREMENTS, r -> round.equals(r.key()), 1, Duration.ofSeconds(60)).get(0);
        JsonPath data = new JsonPath(computed.value());
        assertThat(data.getString("indicators[0].targetLabel")).isEqualTo("WDP");
        assertThat(data.getString("indicators[0].realisasiLabel")).isEqualTo("TW");
        assertThat(data.getFloat("indicators[0].capaian")).isEqualTo(66.67f);
        assertThat(EventSchemas.violations(EventTypes.MEASUREMENT_COMPUTED, computed.value())).isEmpty();
        String measurement = data.getString("measurementId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> at("reporting-service", as("kepala"))
                .get("/documents/measurement/{id}?format=json", measurement).then().statusCode(200));
        byte[] pdf = at("reporting-service", as("kepala")).get("/documents/measurement/{id}?format=pdf", measurement).then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("IKU-09", "WDP", "TW");
        }
    }

    private static String defineIndicator(String code, String name, String unit, String polarity, String aggregation,
            String responsibleUnit) {
        return client.defineIndicator(code, name, unit, polarity, aggregation, responsibleUnit);
    }

    private static Map<String, Object> item(String indicatorId, Number annual, Number... quarters) {
        return AgencyClient.item(indicatorId, annual, quarters);
    }

    private static String signAgreement(int year, List<Map<String, Object>> items) {
        return client.signAgreement(year, items);
    }

    private static String openRound(int year, String period) {
        return client.openRound(year, period);
    }

    /** SOP steps 8 and 9: Tim SAKIP compiles the recap and reports it to the Sekretaris; returns the round version. */
    private static long compileAndReport(String round) {
        at("collection-service", as("tim-sakip")).body(Map.of("version", client.roundVersion(round)))
                .post("/rounds/{id}/recap", round).then().statusCode(200);
        return client.step(as("tim-sakip"), round, "REPORT_RECAP");
    }

    private static void fillAndSubmit(List<Map<String, Object>> forms, String unit, String indicator, Number value) {
        String formId = forms.stream().filter(f -> unit.equals(f.get("unitCode"))).map(f -> (String) f.get("id"))
                .findFirst().orElseThrow();
        long version = at("collection-service", asUnit(unit)).get("/forms/{id}", formId).then().extract().jsonPath()
                .getLong("version");
        fillAndSubmit(formId, unit, indicator, value, version);
    }

    private static void fillAndSubmit(String formId, String unit, String indicator, Number value, long version) {
        String token = asUnit(unit);
        long v = at("collection-service", token)
                .body(Map.of("version", version, "rows", List.of(Map.of("indicatorCode", indicator, "realisasi", value,
                        "keterangan", "Data dari laporan desa"))))
                .put("/forms/{id}", formId).then().statusCode(200).extract().jsonPath().getLong("version");
        at("collection-service", token).body(Map.of("version", v)).post("/forms/{id}/submit", formId)
                .then().statusCode(200);
    }

    private static String traceId(ConsumerRecord<String, String> r) {
        String tp = TopicReader.header(r, CloudEventHeaders.TRACEPARENT);
        return tp == null ? null : tp.split("-")[1];
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
