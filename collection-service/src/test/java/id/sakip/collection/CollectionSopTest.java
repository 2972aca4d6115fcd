package id.sakip.collection;

import static id.sakip.collection.CollectionFixtures.as;
import static id.sakip.collection.CollectionFixtures.asUnit;
import static id.sakip.collection.CollectionFixtures.newAgencyCode;
import static id.sakip.collection.CollectionFixtures.step;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.collection.CollectionFixtures.AgreementEvent;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestFiles;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The collection SOP as data: seed 000's twelve steps through the API, and an agency's own variant. */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "collection"))
class CollectionSopTest {
    @Inject
    ObjectMapper mapper;

    private void agreement(String agency) {
        new AgreementEvent(agency)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .item("IKU-02", "dokumen", "HIGHER_IS_BETTER", "SEKSI-PEM", "40", "10", "10", "10", "10")
                .send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
    }

    private static Map<String, Object> doc(String title, Object... more) {
        Map<String, Object> d = new HashMap<>();
        d.put("documentTitle", title);
        for (int i = 0; i < more.length; i += 2) {
            d.put((String) more[i], more[i + 1]);
        }
        return Map.of("document", d);
    }

    private static long version(String token, String round) {
        return given().auth().oauth2(token).get("/rounds/{id}", round).then().extract().jsonPath().getLong("version");
    }

    private static long formVersion(String token, String form) {
        return given().auth().oauth2(token).get("/forms/{id}", form).then().extract().jsonPath().getLong("version");
    }

    private static void fillAndSubmit(String token, String form, String code, Number value) {
        long v = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", formVersion(token, form), "rows", List.of(Map.of("indicatorCode", code,
                        "realisasi", value, "keterangan", "Sesuai laporan"))))
                .put("/forms/{id}", form).then().statusCode(200).extract().jsonPath().getLong("version");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/forms/{id}/submit", form).then().statusCode(200);
    }

    @Test
    void theTwelveStepSopOfSeed000RunsThroughTheApiWithATokenPerRoleAndKeepsItsTimeline() {
        String agency = newAgencyCode();
        agreement(agency);
        String kepala = as("kepala", agency);
        String sekretaris = as("sekretaris", agency);
        String team = as("tim-sakip", agency);
        String sekretariat = asUnit("unit", agency, "SEKRETARIAT");
        String seksi = asUnit("unit", agency, "SEKSI-PEM");

        // 1. the head orders the collection (disposisi)
        String round = given().auth().oauth2(kepala).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "Q1", "disposition", Map.of("documentTitle",
                        "Disposisi pengumpulan data kinerja Triwulan I", "documentNumber", "800/12/KB/2026",
                        "note", "Menindaklanjuti surat Inspektorat")))
                .post("/rounds").then().statusCode(201).body("status", equalTo("PREPARING"))
                .body("currentStep", equalTo("BRIEFING")).extract().path("id");

        // 2. the Sekretaris' briefing: the minutes attached; the meeting ran 90 minutes against a 60-minute standard
        byte[] notulen = TestFiles.pdf("notulen rapat");
        String minutes = given().auth().oauth2(sekretaris).contentType("application/pdf")
                .body(notulen).queryParam("fileName", "notulen-rapat.pdf")
                .post("/rounds/{id}/attachments", round).then().statusCode(201)
                .body("sha256", equalTo(id.sakip.common.attachment.AttachmentStore.sha256(notulen)))
                .extract().path("id");
        OffsetDateTime meetingEnd = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        // a step out of turn is refused, and a step by the wrong role
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", version(team, round)))
                .post("/rounds/{id}/steps/PLAN", round).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("BRIEFING"));
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", version(team, round)))
                .post("/rounds/{id}/steps/BRIEFING", round).then().statusCode(403);
        step(sekretaris, round, "BRIEFING", doc("Notulen Rapat Arahan Pengumpulan Data Kinerja", "documentNumber",
                "005/NOT/2026", "attachmentIds", List.of(minutes), "startedAt", meetingEnd.minusMinutes(90).toString(),
                "endedAt", meetingEnd.toString()));

        // 3. the plan sets the deadlines: one for all, an earlier one for the Seksi
        OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0);
        OffsetDateTime seksiDeadline = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withNano(0);
        Map<String, Object> plan = new HashMap<>(doc("Program Kerja Pengumpulan Data Kinerja"));
        plan.put("submissionDeadline", deadline.toString());
        plan.put("unitDeadlines", Map.of("SEKSI-PEM", seksiDeadline.toString(), "BIDANG-X", seksiDeadline.toString()));
        plan.put("version", version(team, round));
        given().auth().oauth2(team).contentType(ContentType.JSON).body(plan).post("/rounds/{id}/steps/PLAN", round)
                .then().statusCode(422).body("errors.field", hasItem("unitDeadlines.BIDANG-X"));
        plan.put("unitDeadlines", Map.of("SEKSI-PEM", seksiDeadline.toString()));
        step(team, round, "PLAN", plan);
        // 4. the documents checklist, 5. the forms
        step(team, round, "DOCUMENTS", doc("Ceklist Dokumen", "links", List.of("https://drive.example.id/renstra-2025-2029.pdf")));
        step(team, round, "PREPARE_FORMS", doc("Formulir pengumpulan data capaian kinerja"));
        List<Map<String, Object>> forms = given().auth().oauth2(team).get("/rounds/{id}/forms", round).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(forms).hasSize(2);
        String sekForm = formOf(forms, "SEKRETARIAT");
        String pemForm = formOf(forms, "SEKSI-PEM");
        // not distributed yet: the units cannot fill or acknowledge
        given().auth().oauth2(sekretariat).contentType(ContentType.JSON).body(Map.of("version", formVersion(team, sekForm),
                "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 20)))).put("/forms/{id}", sekForm)
                .then().statusCode(409);
        given().auth().oauth2(sekretariat).post("/forms/{id}/receipt", sekForm).then().statusCode(409);

        // 6. distribution, and each unit's receipt (Bukti tanda terima)
        step(team, round, "DISTRIBUTE", doc("Bukti tanda terima formulir"));
        given().auth().oauth2(team).get("/rounds/{id}", round).then().body("status", equalTo("OPEN"))
                .body("currentStep", equalTo("FILL"));
        given().auth().oauth2(sekretariat).post("/forms/{id}/receipt", sekForm).then().statusCode(200)
                .body("receivedBy", equalTo("unit@SEKRETARIAT"));
        given().auth().oauth2(seksi).post("/forms/{id}/receipt", pemForm).then().statusCode(200);
        assertThat(OffsetDateTime.parse(given().auth().oauth2(team).get("/forms/{id}", pemForm).then().extract()
                .path("deadline"))).isEqualTo(seksiDeadline);
        assertThat(OffsetDateTime.parse(given().auth().oauth2(team).get("/forms/{id}", sekForm).then().extract()
                .path("deadline"))).isEqualTo(deadline);

        // 7. the units fill and submit (the last submission ends the step)
        fillAndSubmit(sekretariat, sekForm, "IKU-01", 21);
        given().auth().oauth2(team).get("/rounds/{id}", round).then().body("currentStep", equalTo("FILL"));
        fillAndSubmit(seksi, pemForm, "IKU-02", 7);
        // 8. recap, 9. report to the Sekretaris
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", version(team, round)))
                .post("/rounds/{id}/recap", round).then().statusCode(200);
        step(team, round, "REPORT_RECAP", doc("Draft laporan hasil pengumpulan data kinerja"));
        // 10. the Sekretaris returns the Seksi's form for completion, with the reason
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("version", version(team, round),
                "reason", "Realisasi IKU-02 belum dilengkapi bukti dukung", "formIds", List.of(pemForm)))
                .post("/rounds/{id}/recap/return", round).then().statusCode(200).body("currentStep", equalTo("FILL"));
        // the Seksi resubmits; Tim SAKIP recaps and reports again; the Sekretaris approves
        fillAndSubmit(seksi, pemForm, "IKU-02", 9);
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", version(team, round)))
                .post("/rounds/{id}/recap", round).then().statusCode(200);
        step(team, round, "REPORT_RECAP", doc("Draft laporan hasil pengumpulan data kinerja (perbaikan)"));
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("version", version(team, round)))
                .post("/rounds/{id}/recap/approve", round).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("currentStep", equalTo("REPORT_TO_HEAD"));
        // 11. report to the head, 12. archive
        step(sekretaris, round, "REPORT_TO_HEAD", doc("Laporan hasil pengumpulan data kinerja", "documentNumber", "800/31/KB/2026"));
        given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("version", version(team, round)))
                .post("/rounds/{id}/steps/ARCHIVE", round).then().statusCode(403);
        step(team, round, "ARCHIVE", doc("Arsip hasil pengumpulan data kinerja"));

        // archived: read-only
        given().auth().oauth2(team).get("/rounds/{id}", round).then().body("status", equalTo("ARCHIVED"))
                .body("currentStep", equalTo(null));
        given().auth().oauth2(team).contentType("application/pdf").body(TestFiles.pdf("x"))
                .queryParam("fileName", "late.pdf").post("/rounds/{id}/attachments", round).then().statusCode(409);
        given().auth().oauth2(seksi).contentType(ContentType.JSON).body(Map.of("version", formVersion(team, pemForm),
                "rows", List.of(Map.of("indicatorCode", "IKU-02", "realisasi", 10)))).put("/forms/{id}", pemForm)
                .then().statusCode(409);

        // the timeline: every step run with who, when, its output and its duration against the standard
        JsonPath t = given().auth().oauth2(kepala).get("/rounds/{id}/timeline", round).then().statusCode(200)
                .extract().jsonPath();
        assertThat(t.getList("runs.key", String.class)).containsExactly("ORDER", "BRIEFING", "PLAN", "DOCUMENTS",
                "PREPARE_FORMS", "DISTRIBUTE", "FILL", "RECAP", "REPORT_RECAP", "REVIEW", "FILL", "RECAP",
                "REPORT_RECAP", "REVIEW", "REPORT_TO_HEAD", "ARCHIVE");
        assertThat(t.getList("runs.iteration", Integer.class)).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2,
                2, 1, 1);
        assertThat(t.getList("runs.standard", String.class)).containsExactly("PT5M", "PT60M", "P1D", "P3D", "PT120M",
                "PT5M", "P1D", "PT120M", "PT30M", "PT90M", "P1D", "PT120M", "PT30M", "PT90M", null, null);
        assertThat(t.getList("runs.outcome", String.class)).containsExactly("DONE", "DONE", "DONE", "DONE", "DONE",
                "DONE", "DONE", "DONE", "DONE", "RETURNED", "DONE", "DONE", "DONE", "APPROVED", "DONE", "DONE");
        assertThat(t.getList("runs.actor", String.class)).startsWith("kepala@" + agency, "sekretaris@" + agency,
                "tim-sakip@" + agency);
        assertThat(t.getString("runs[6].actor")).contains("unit@SEKRETARIAT", "unit@SEKSI-PEM");
        // only the briefing ran past its standard: 90 minutes against 60
        assertThat(t.getList("runs.overdue", Boolean.class)).containsExactly(false, true, false, false, false, false,
                false, false, false, false, false, false, false, false, false, false);
        assertThat(t.getString("runs[1].duration")).isEqualTo("PT1H30M");
        assertThat(t.getLong("runs[1].durationSeconds")).isEqualTo(5400);
        assertThat(t.getInt("overdueCount")).isEqualTo(1);
        assertThat(t.getList("runs[1].document.attachmentIds", String.class)).containsExactly(minutes);
        assertThat(t.getString("runs[0].document.number")).isEqualTo("800/12/KB/2026");
        assertThat(t.getString("runs[9].document.note")).isEqualTo("Realisasi IKU-02 belum dilengkapi bukti dukung");
        assertThat(t.getString("runs[5].output")).isEqualTo("Bukti tanda terima formulir");
        assertThat(t.getList("ahead")).isEmpty();
        assertThat(t.getString("finishedAt")).isNotNull();
        assertThat(t.getString("templateName")).contains("Kuala Betara");

        // the round's events went out through the outbox and match their schemas
        List<ConsumerRecord<String, String>> events = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.ROUNDS, r -> round.equals(r.key()), 7, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE)).containsExactly(
                EventTypes.ROUND_OPENED, EventTypes.FORM_SUBMITTED, EventTypes.FORM_SUBMITTED,
                EventTypes.RECAP_RETURNED, EventTypes.FORM_RETURNED, EventTypes.FORM_SUBMITTED,
                EventTypes.RECAP_APPROVED);
        for (ConsumerRecord<String, String> e : events) {
            assertThat(EventSchemas.violations(TopicReader.header(e, CloudEventHeaders.TYPE), e.value())).isEmpty();
        }
        JsonPath opened = new JsonPath(events.get(0).value());
        assertThat(OffsetDateTime.parse(opened.getString("forms.find { it.unitCode == 'SEKSI-PEM' }.deadline")))
                .isEqualTo(seksiDeadline);
    }

    @Test
    void anAgencySwitchesToItsOwnVariantWithoutCodeChanges() {
        String agency = newAgencyCode();
        agreement(agency);
        String kepala = as("kepala", agency);
        String sekretaris = as("sekretaris", agency);
        String team = as("tim-sakip", agency);

        given().auth().oauth2(sekretaris).get("/sop-templates/collection").then().statusCode(200)
                .body("version", equalTo(0)).body("agencyVariant", equalTo(false)).body("steps.size()", equalTo(12));
        given().auth().oauth2(sekretaris).get("/sop-templates/unknown").then().statusCode(404);

        // a broken variant is refused with every problem named
        List<Map<String, Object>> broken = List.of(
                stepDef("ORDER", "ORDER", "kepala", "PT10M"),
                stepDef("PREPARE_FORMS", "PREPARE_FORMS", "juru-ketik", "PT2H"),
                stepDef("DISTRIBUTE", "DISTRIBUTE", "tim-sakip", "sepuluh menit"),
                stepDef("FILL", "FILL", "unit", "P1D"),
                stepDef("RECAP", "RECAP", "tim-sakip", "PT2H"),
                stepDef("ARCHIVE", "ARCHIVE", "staf", null));
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("name", "Rusak", "steps", broken))
                .put("/sop-templates/collection").then().statusCode(422)
                .body("errors.field", hasItems("steps[1].roles", "steps[2].standard", "steps"));
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("name", "x", "steps", broken))
                .put("/sop-templates/collection").then().statusCode(403);

        // the DPMPTSP-like variant: the head's nota dinas takes 10 minutes, no briefing, plan or documents
        // step, a verification of the evidence by Tim SAKIP, and the head reviews the recap himself
        List<Map<String, Object>> variant = new ArrayList<>(List.of(
                stepDef("ORDER", "ORDER", "kepala", "PT10M"),
                stepDef("PREPARE_FORMS", "PREPARE_FORMS", "tim-sakip", "PT120M"),
                stepDef("DISTRIBUTE", "DISTRIBUTE", "tim-sakip", "PT10M"),
                stepDef("FILL", "FILL", "unit", "P1D"),
                stepDef("RECAP", "RECAP", "tim-sakip", "PT120M"),
                stepDef("VERIFY", "RECORD", "tim-sakip", "PT45M"),
                stepDef("REVIEW", "REVIEW", "kepala", "PT90M"),
                stepDef("ARCHIVE", "ARCHIVE", "staf", null)));
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON)
                .body(Map.of("name", "SOP Pengumpulan Data Kinerja (varian DPMPTSP)", "steps", variant))
                .put("/sop-templates/collection").then().statusCode(200).body("version", equalTo(1))
                .body("agencyVariant", equalTo(true)).body("definedBy", equalTo("sekretaris@" + agency));
        // another agency keeps the default
        given().auth().oauth2(as("sekretaris", newAgencyCode())).get("/sop-templates/collection").then()
                .body("version", equalTo(0));

        String round = given().auth().oauth2(kepala).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "Q2")).post("/rounds").then().statusCode(201)
                .body("currentStep", equalTo("PREPARE_FORMS")).extract().path("id");
        // a later change of the template does not touch a round under way
        variant.set(1, stepDef("PREPARE_FORMS", "PREPARE_FORMS", "tim-sakip", "PT60M"));
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("name", "Versi 2", "steps", variant))
                .put("/sop-templates/collection").then().statusCode(200).body("version", equalTo(2));

        step(team, round, "PREPARE_FORMS", Map.of());
        step(team, round, "DISTRIBUTE", Map.of());
        List<Map<String, Object>> forms = given().auth().oauth2(team).get("/rounds/{id}/forms", round).then()
                .extract().jsonPath().getList("$");
        fillAndSubmit(asUnit("unit", agency, "SEKRETARIAT"), formOf(forms, "SEKRETARIAT"), "IKU-01", 22);
        fillAndSubmit(asUnit("unit", agency, "SEKSI-PEM"), formOf(forms, "SEKSI-PEM"), "IKU-02", 11);
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", version(team, round)))
                .post("/rounds/{id}/recap", round).then().statusCode(200).body("currentStep", equalTo("VERIFY"));
        step(team, round, "VERIFY", Map.of("document", Map.of("documentTitle", "Berita acara verifikasi bukti dukung")));
        // in this variant the head reviews: the Sekretaris may not
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("version", version(team, round)))
                .post("/rounds/{id}/recap/approve", round).then().statusCode(403);
        given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("version", version(team, round)))
                .post("/rounds/{id}/recap/approve", round).then().statusCode(200).body("currentStep", equalTo("ARCHIVE"));
        step(as("staf", agency), round, "ARCHIVE", Map.of());

        JsonPath t = given().auth().oauth2(team).get("/rounds/{id}/timeline", round).then().extract().jsonPath();
        assertThat(t.getInt("templateVersion")).isEqualTo(1);
        assertThat(t.getList("runs.key", String.class)).containsExactly("ORDER", "PREPARE_FORMS", "DISTRIBUTE", "FILL",
                "RECAP", "VERIFY", "REVIEW", "ARCHIVE");
        assertThat(t.getList("runs.standard", String.class)).containsExactly("PT10M", "PT120M", "PT10M", "P1D",
                "PT120M", "PT45M", "PT90M", null);
        assertThat(t.getString("runs[6].actor")).isEqualTo("kepala@" + agency);
    }

    private static Map<String, Object> stepDef(String key, String action, String role, String standard) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", key);
        m.put("action", action);
        m.put("name", "Langkah " + key);
        m.put("roles", List.of(role));
        m.put("standard", standard);
        return m;
    }

    static String formOf(List<Map<String, Object>> forms, String unit) {
        return forms.stream().filter(f -> unit.equals(f.get("unitCode"))).map(f -> (String) f.get("id")).findFirst()
                .orElseThrow();
    }
}
