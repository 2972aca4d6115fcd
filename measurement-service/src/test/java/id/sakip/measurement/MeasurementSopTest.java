package id.sakip.measurement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestAgencies;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestJwt;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The measurement SOP as data: seed 003's sixteen steps through the API, the default ten, the province view. */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "measurement"))
class MeasurementSopTest {
    @Inject
    ObjectMapper mapper;

    private static String as(String role, String agency) {
        return TestJwt.as(role).subject(role + "@" + agency).agency(agency).mint();
    }

    /** Seed 003 (DISPERMADES PPKB Banjarnegara): 16 steps with the coordination meeting, the head's correction and signature. */
    static List<Map<String, Object>> seed003() {
        List<Map<String, Object>> s = new ArrayList<>();
        s.add(step("ORDER", "ORDER", "kepala", "PT10M", "Kepala Dinas memerintahkan Sekretaris untuk melakukan pengukuran kinerja", "Disposisi"));
        s.add(step("BRIEFING", "RECORD", "sekretaris", "PT4H", "Sekretaris melakukan rapat dengan Tim SAKIP untuk memberikan arahan", "Notulen Rapat"));
        s.add(step("PLAN", "RECORD", "tim-sakip", "P1D", "Tim SAKIP menyusun rencana kegiatan pengukuran kinerja", "Program Kerja Kegiatan"));
        s.add(step("METHODOLOGY", "RECORD", "tim-sakip", "P2D", "Tim SAKIP menyiapkan metodologi pengukuran", "Kertas Kerja Pengukuran Kinerja"));
        s.add(step("INVITE", "RECORD", "sekretaris", "PT30M", "Mengundang pejabat terkait untuk rapat koordinasi pengukuran kinerja", "Undangan rapat"));
        s.add(step("COORDINATION", "RECORD", "sekretaris", "P1D", "Melaksanakan rapat koordinasi pembahasan pengukuran kinerja", "Draft Pengukuran Kinerja"));
        s.add(step("GATHER", "RECORD", "tim-sakip", "P2D", "Menghimpun data dan informasi pengukuran kinerja masing-masing bidang dan sekretariat", "Kertas kerja Pengukuran Kinerja"));
        s.add(step("COMPUTE", "COMPUTE", "tim-sakip", "P3D", "Tim SAKIP melakukan pengukuran capaian kinerja", "Draft Pengukuran Kinerja"));
        s.add(step("RECAP", "RECORD", "tim-sakip", "P1D", "Tim SAKIP merekap seluruh hasil pengukuran capaian kinerja", "Draft Pengukuran Kinerja"));
        s.add(step("REPORT", "RECORD", "tim-sakip", "PT30M", "Tim SAKIP melaporkan hasil rekapitulasi pengukuran kinerja kepada Sekretaris", "Kertas kerja Pengukuran Kinerja"));
        s.add(step("REVIEW", "REVIEW", "sekretaris", "P1D", "Sekretaris menganalisa hasil rekapitulasi pengukuran kinerja", "Draft Laporan Hasil Pengukuran Data Kinerja"));
        s.add(step("HEAD_CORRECTION", "RECORD", "kepala", "P1D", "Kepala Dinas melaksanakan koreksi atas laporan pengukuran capaian kinerja", "Draft Laporan Hasil Pengukuran Data Kinerja"));
        s.add(step("REPORT_TO_HEAD", "RECORD", "sekretaris", "PT1H", "Sekretaris menyampaikan data pengukuran kinerja kepada Kepala Dinas berdasarkan hasil koreksi", "Draft Laporan Hasil Pengukuran Data Kinerja"));
        s.add(step("SIGN", "SIGN", "kepala", "PT15M", "Penandatanganan dokumen pengukuran kinerja oleh Kepala Dinas", "Laporan Hasil Pengukuran Data Kinerja"));
        s.add(step("COPIES", "RECORD", "staf", "P1D", "Penggandaan Dokumen", "Dokumen Laporan Hasil Pengukuran Data Kinerja"));
        s.add(step("ARCHIVE", "ARCHIVE", "staf", null, "Pengarsipan", "Arsip Dokumen Laporan Hasil Pengukuran Kinerja"));
        return s;
    }

    private static Map<String, Object> step(String key, String action, String role, String standard, String name,
            String output) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", key);
        m.put("action", action);
        m.put("roles", List.of(role));
        m.put("standard", standard);
        m.put("name", name);
        m.put("output", output);
        return m;
    }

    private static long version(String token, String id) {
        return given().auth().oauth2(token).get("/measurement-rounds/{id}", id).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    private static io.restassured.response.ValidatableResponse complete(String token, String id, String key,
            Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", version(token, id));
        body.putIfAbsent("document", Map.of("documentTitle", "Dokumen " + key));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/measurement-rounds/{id}/steps/{key}", id, key).then();
    }

    private void approveRecap(String agency, UUID roundId, int recapVersion, String realisasi2) throws Exception {
        RecapApproved recap = new RecapApproved(roundId, agency, "3304", "33", 2026, "Q1", UUID.randomUUID(), 1,
                recapVersion, "sekretaris", OffsetDateTime.now(), List.of(
                        new RecapApproved.Row("IKU-01", "Persentase desa mandiri", "Meningkatnya kemandirian desa", "%",
                                Polarity.HIGHER_IS_BETTER, "BIDANG-PMD", new BigDecimal("40"), new BigDecimal("20"),
                                new BigDecimal("21"), "Sesuai data IDM", null, null),
                        new RecapApproved.Row("IKU-02", "Angka kelahiran total", "Terkendalinya pertumbuhan penduduk",
                                "angka", Polarity.LOWER_IS_BETTER, "BIDANG-KB", new BigDecimal("2.1"), new BigDecimal("2.1"),
                                new BigDecimal(realisasi2), "Pendataan keluarga belum selesai di 3 kecamatan", null, null)));
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                EventTypes.RECAP_APPROVED, roundId.toString(), new EventScope(agency, "3304", "33"),
                mapper.writeValueAsString(recap)));
    }

    @Test
    void theSixteenStepVariantOfSeed003RunsThroughTheApiWithATokenPerRole() throws Exception {
        String agency = TestAgencies.register("DISPERMADES-" + UUID.randomUUID().toString().substring(0, 6), "3304");
        String kepala = as("kepala", agency);
        String sekretaris = as("sekretaris", agency);
        String team = as("tim-sakip", agency);
        String staf = as("staf", agency);

        given().auth().oauth2(sekretaris).contentType(ContentType.JSON)
                .body(Map.of("name", "SOP Pengukuran Kinerja DISPERMADES PPKB Banjarnegara (16 langkah)", "steps", seed003()))
                .put("/sop-templates/measurement").then().statusCode(200).body("version", equalTo(1))
                .body("steps.size()", equalTo(16));

        // 1. the head orders; Tim SAKIP may not
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("year", 2026, "period", "Q1"))
                .post("/measurement-rounds").then().statusCode(403);
        String id = given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("year", 2026, "period", "Q1",
                "disposition", Map.of("documentTitle", "Surat Perintah pengukuran kinerja Triwulan I")))
                .post("/measurement-rounds").then().statusCode(201).body("currentStep", equalTo("BRIEFING"))
                .extract().path("id");
        given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("year", 2026, "period", "Q1"))
                .post("/measurement-rounds").then().statusCode(409);
        // 2-7: briefing, plan, methodology, invitation, coordination meeting, gathering
        complete(sekretaris, id, "BRIEFING", Map.of()).statusCode(200);
        complete(team, id, "PLAN", Map.of()).statusCode(200);
        complete(team, id, "METHODOLOGY", Map.of()).statusCode(200);
        complete(team, id, "INVITE", Map.of()).statusCode(403);
        complete(sekretaris, id, "INVITE", Map.of()).statusCode(200);
        complete(sekretaris, id, "COORDINATION", Map.of("document", Map.of("documentTitle",
                "Notulen rapat koordinasi pengukuran kinerja", "note", "Dihadiri Kabid PMD dan Kabid KB"))).statusCode(200);
        complete(team, id, "GATHER", Map.of()).statusCode(200);
        // 8. the computation needs the approved recap's measurement
        complete(team, id, "COMPUTE", Map.of()).statusCode(409);
        UUID roundId = UUID.randomUUID();
        approveRecap(agency, roundId, 1, "2.4");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team).get("/measurements")
                .then().body("total", equalTo(1)));
        complete(team, id, "COMPUTE", Map.of()).statusCode(200).body("measurementVersion", equalTo(1))
                .body("currentStep", equalTo("RECAP"));
        complete(team, id, "RECAP", Map.of()).statusCode(200);
        complete(team, id, "REPORT", Map.of()).statusCode(200);
        // 11. the Sekretaris returns it for completion (a reason is required), the team recomputes
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("version", version(team, id)))
                .post("/measurement-rounds/{id}/review/return", id).then().statusCode(422);
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", version(team, id)))
                .post("/measurement-rounds/{id}/review/approve", id).then().statusCode(403);
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("version", version(team, id),
                "reason", "Realisasi IKU-02 menunggu data pendataan keluarga"))
                .post("/measurement-rounds/{id}/review/return", id).then().statusCode(200)
                .body("currentStep", equalTo("COMPUTE"));
        // meanwhile the recap was corrected: the recomputation takes measurement version 2
        approveRecap(agency, roundId, 2, "2.2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team)
                .get("/measurements?roundId=" + roundId).then().body("items[0].versionNo", equalTo(2)));
        complete(team, id, "COMPUTE", Map.of()).statusCode(200).body("measurementVersion", equalTo(2));
        complete(team, id, "RECAP", Map.of()).statusCode(200);
        complete(team, id, "REPORT", Map.of()).statusCode(200);
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("version", version(team, id)))
                .post("/measurement-rounds/{id}/review/approve", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("currentStep", equalTo("HEAD_CORRECTION"));
        // 12-16: the head's correction, the report, the signature, copies, archive
        complete(kepala, id, "HEAD_CORRECTION", Map.of("document", Map.of("documentTitle", "Koreksi Kepala Dinas",
                "note", "Tambahkan analisis penyebab IKU-02"))).statusCode(200);
        complete(sekretaris, id, "REPORT_TO_HEAD", Map.of()).statusCode(200);
        complete(kepala, id, "SIGN", Map.of()).statusCode(422);
        complete(sekretaris, id, "SIGN", Map.of("signatory", Map.of("name", "x", "nip", "197501012000031001",
                "position", "y"))).statusCode(403);
        complete(kepala, id, "SIGN", Map.of("signatory", Map.of("name", "Drs. Bambang Sutejo", "nip",
                "197203151998031004", "position", "Kepala DISPERMADES PPKB"))).statusCode(200)
                .body("status", equalTo("SIGNED")).body("signedBy", equalTo("kepala@" + agency));
        complete(staf, id, "COPIES", Map.of()).statusCode(200);
        complete(staf, id, "ARCHIVE", Map.of()).statusCode(200).body("status", equalTo("ARCHIVED"))
                .body("currentStep", equalTo(null));

        JsonPath t = given().auth().oauth2(kepala).get("/measurement-rounds/{id}/timeline", id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(t.getList("runs.key", String.class)).containsExactly("ORDER", "BRIEFING", "PLAN", "METHODOLOGY",
                "INVITE", "COORDINATION", "GATHER", "COMPUTE", "RECAP", "REPORT", "REVIEW", "COMPUTE", "RECAP", "REPORT",
                "REVIEW", "HEAD_CORRECTION", "REPORT_TO_HEAD", "SIGN", "COPIES", "ARCHIVE");
        assertThat(t.getList("runs.outcome", String.class)).contains("RETURNED", "APPROVED");
        assertThat(t.getString("runs[10].document.note")).isEqualTo("Realisasi IKU-02 menunggu data pendataan keluarga");
        assertThat(t.getList("runs.standard", String.class)).startsWith("PT10M", "PT4H", "P1D", "P2D", "PT30M");
        assertThat(t.getInt("overdueCount")).isZero();

        // MeasurementApproved and MeasurementSigned, for version 2, valid against their schemas
        List<ConsumerRecord<String, String>> events = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.MEASUREMENTS, r -> roundId.toString().equals(r.key()), 4, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE)).containsExactly(
                EventTypes.MEASUREMENT_COMPUTED, EventTypes.MEASUREMENT_COMPUTED, EventTypes.MEASUREMENT_APPROVED,
                EventTypes.MEASUREMENT_SIGNED);
        for (ConsumerRecord<String, String> e : events) {
            assertThat(EventSchemas.violations(TopicReader.header(e, CloudEventHeaders.TYPE), e.value())).isEmpty();
        }
        JsonPath approved = new JsonPath(events.get(2).value());
        assertThat(approved.getInt("measurementVersion")).isEqualTo(2);
        assertThat(approved.getString("approvedBy")).isEqualTo("sekretaris@" + agency);
        assertThat(new JsonPath(events.get(3).value()).getString("signatory.nip")).isEqualTo("197203151998031004");
        // the state topic's last record for the period: version 2, approved and signed
        List<ConsumerRecord<String, String>> states = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.MEASUREMENT_STATE, r -> (agency + "/2026/Q1").equals(r.key()), 4, Duration.ofSeconds(20));
        JsonPath state = new JsonPath(states.get(states.size() - 1).value());
        assertThat(state.getInt("measurementVersion")).isEqualTo(2);
        assertThat(state.getString("review.approvedBy")).isEqualTo("sekretaris@" + agency);
        assertThat(state.getString("review.signedBy")).isEqualTo("kepala@" + agency);
        assertThat(state.getString("review.signedAt")).isNotNull();

        // the worksheet of the signed version: 21/20 = 105.00; (2 x 2.1 - 2.2) / 2.1 = 95.24 -> not achieved
        String measurementId = given().auth().oauth2(kepala).get("/measurement-rounds/{id}", id).then().extract()
                .path("measurementId");
        JsonPath w = given().auth().oauth2(kepala).get("/measurements/{id}/worksheet", measurementId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(w.getList("rows.capaian", Float.class)).containsExactly(105.0f, 95.24f);
        assertThat(w.getString("rows[1].formula")).isEqualTo("(2 × target − realisasi) / target × 100");
        assertThat(w.getList("notAchieved.indicatorCode")).containsExactly("IKU-02");
        assertThat(w.getString("notAchieved[0].keterangan")).isEqualTo("Pendataan keluarga belum selesai di 3 kecamatan");
        assertThat(w.getString("notAchieved[0].responsibleUnit")).isEqualTo("BIDANG-KB");
        JsonPath tree = given().auth().oauth2(kepala).get("/measurements/{id}/tree", measurementId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(tree.getString("level")).isEqualTo("AGENCY");
        assertThat(tree.getList("children.code")).containsExactly("Meningkatnya kemandirian desa",
                "Terkendalinya pertumbuhan penduduk");
        assertThat(tree.getList("children[1].children.code")).containsExactly("IKU-02");
        // (105 + 95.24) / 2 = 100.12
        assertThat(tree.getFloat("capaian")).isEqualTo(100.12f);
    }

    @Test
    void theDefaultIsSeed000sTenStepsAndAProvinceSeesItsAgenciesHeadlines() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "3304");
        given().auth().oauth2(as("tim-sakip", agency)).get("/sop-templates/measurement").then().statusCode(200)
                .body("version", equalTo(0)).body("steps.size()", equalTo(10))
                .body("steps[4].action", equalTo("COMPUTE")).body("steps[7].roles", equalTo(List.of("sekretaris")));
        approveRecap(agency, UUID.randomUUID(), 1, "2.0");
        String provinsi = TestJwt.as("provinsi").subject("bappeda-jateng").province("33").mint();
        // 21/20 = 105.00; (2 x 2.1 - 2.0) / 2.1 = 104.76; the agency (105 + 104.76) / 2 = 104.88
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(provinsi)
                .get("/provinces/33/measurements?year=2026&period=Q1&size=100&sort=agencyCode").then().statusCode(200)
                .body("size", equalTo(100)).body("total", greaterThanOrEqualTo(1))
                .body("items.find { it.agencyCode == '" + agency + "' }.averageCapaian", equalTo(104.88f))
                .body("items.find { it.agencyCode == '" + agency + "' }.measurementVersion", equalTo(1)));
        given().auth().oauth2(TestJwt.as("provinsi").province("15").mint())
                .get("/provinces/33/measurements?year=2026&period=Q1").then().statusCode(404);
        given().auth().oauth2(as("kepala", agency)).get("/provinces/33/measurements?year=2026&period=Q1").then()
                .statusCode(403);
        given().auth().oauth2(provinsi).get("/provinces/33/measurements?year=2026&period=Q9").then().statusCode(400);
    }
}
