package id.sakip.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestJwt;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Seed 001's LAKIP flow through the API with a token per role, the archive, and the PAdES signature. */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
@QuarkusTestResource(SigningKeys.class)
class ReportFlowTest {
    @Inject
    ObjectMapper mapper;

    private static long version(String token, String id) {
        return given().auth().oauth2(token).get("/reports/{id}", id).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    private static ValidatableResponse step(String token, String id, String key, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", version(token, id));
        body.putIfAbsent("document", Map.of("documentTitle", "Dokumen " + key));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/reports/{id}/steps/{key}", id, key).then();
    }

    @Test
    void theLakipFlowSignsNumbersAndSendsAReportAndTheArchiveKeepsEveryFileUnchanged() throws Exception {
        ReportingFixtures f = new ReportingFixtures(mapper, ReportingFixtures.newAgency());
        String kepala = TestJwt.as("kepala").subject("camat").agency(f.agency).mint();
        String sekretaris = TestJwt.as("sekretaris").subject("sekcam").agency(f.agency).mint();
        String team = TestJwt.as("tim-sakip").subject("tim").agency(f.agency).mint();
        String staf = TestJwt.as("staf").subject("staf").agency(f.agency).mint();
        f.agency("Kecamatan Kuala Betara");
        f.pk(2026, List.of(ReportingFixtures.item("IKU-01", "Indeks Kepuasan Masyarakat", "T1 Pelayanan",
                "Meningkatnya kualitas pelayanan", "indeks", "82", "85", "80", "82", "83", "83")));
        UUID round = f.round(2026, "Q1", OffsetDateTime.of(2026, 4, 10, 16, 0, 0, 0, ZoneOffset.ofHours(7)));
        UUID measurement = f.measurement(2026, "Q1", round, 2, "84");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/documents/measurement/{id}?format=json", measurement).then().statusCode(200));
        X509Certificate cert = SigningKeys.install(f.agency, "H. Ahmad Fauzi");

        // 1. the head orders the report; others may not; the subject must be the agency's
        Map<String, Object> order = Map.of("kind", "MEASUREMENT_REPORT", "subjectId", measurement.toString());
        given().auth().oauth2(team).contentType(ContentType.JSON).body(order).post("/reports").then().statusCode(403);
        given().auth().oauth2(kepala).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEASUREMENT_REPORT", "subjectId", UUID.randomUUID().toString())).post("/reports")
                .then().statusCode(422).body("errors[0].field", equalTo("subjectId"));
        String id = given().auth().oauth2(kepala).contentType(ContentType.JSON).body(order).post("/reports").then()
                .statusCode(201).body("status", equalTo("ORDERED")).body("currentStep", equalTo("DISTRIBUTE_FORMAT"))
                .extract().path("id");
        // 2-4. format, gathering, analysis
        step(sekretaris, id, "DISTRIBUTE_FORMAT", Map.of()).statusCode(200);
        step(team, id, "GATHER", Map.of()).statusCode(200);
        step(team, id, "ANALYSE", Map.of()).statusCode(200);
        // 5-7. draft, correction, finalisation: each stores a PDF and an XLSX
        step(sekretaris, id, "DRAFT", Map.of()).statusCode(403);
        step(team, id, "DRAFT", Map.of()).statusCode(200).body("status", equalTo("DRAFT")).body("files.size()", equalTo(2));
        step(sekretaris, id, "CORRECT", Map.of("document", Map.of("documentTitle", "Koreksi draft",
                "note", "Lengkapi analisis IKU-02"))).statusCode(200).body("status", equalTo("CORRECTED"));
        step(sekretaris, id, "FINALISE", Map.of()).statusCode(200).body("status", equalTo("FINAL"));
        // 8. approval by the head, 9. signature (needs the signatory)
        step(sekretaris, id, "APPROVE", Map.of()).statusCode(403);
        step(kepala, id, "APPROVE", Map.of()).statusCode(200).body("status", equalTo("APPROVED"));
        step(kepala, id, "SIGN", Map.of()).statusCode(422);
        Map<String, Object> signatory = Map.of("name", "H. Ahmad Fauzi, S.Sos", "nip", "197501012000031001",
                "position", "Camat Kuala Betara");
        JsonPath signed = step(kepala, id, "SIGN", Map.of("signatory", signatory, "place", "Kuala Betara")).statusCode(200)
                .body("status", equalTo("SIGNED")).body("signedBy", equalTo("camat")).extract().jsonPath();
        // a signed document is never regenerated in place
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", version(team, id)))
                .post("/reports/{id}/regenerate", id).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("revisions"));
        // 10. number and cover letter, 11. copies, 12. dispatch
        step(sekretaris, id, "NUMBER", Map.of()).statusCode(422);
        step(sekretaris, id, "NUMBER", Map.of("documentNumber", "050/123/KB/2026",
                "recipient", "Bupati Tanjung Jabung Barat c.q. Kepala Bappeda")).statusCode(200)
                .body("status", equalTo("NUMBERED")).body("documentNumber", equalTo("050/123/KB/2026"));
        step(staf, id, "COPIES", Map.of()).statusCode(200);
        JsonPath sent = step(staf, id, "SEND", Map.of()).statusCode(200).body("status", equalTo("SENT"))
                .body("currentStep", equalTo(null)).extract().jsonPath();

        // the archive: every stored file's SHA-256 matches its bytes
        List<Map<String, Object>> files = sent.getList("files");
        assertThat(files).extracting(m -> m.get("purpose")).containsExactly("DRAFT", "DRAFT", "CORRECTED", "CORRECTED",
                "FINAL", "FINAL", "SIGNED", "SIGNED", "COVER_LETTER");
        byte[] signedPdf = null;
        byte[] letter = null;
        for (Map<String, Object> file : files) {
            var response = given().auth().oauth2(kepala).get((String) file.get("downloadPath")).then().statusCode(200)
                    .extract();
            byte[] bytes = response.asByteArray();
            assertThat(AttachmentStore.sha256(bytes)).isEqualTo(file.get("sha256")).isEqualTo(response.header("X-Content-SHA256"));
            assertThat(bytes.length).isEqualTo(((Number) file.get("sizeBytes")).intValue());
            if ("SIGNED".equals(file.get("purpose")) && "PDF".equals(file.get("format"))) {
                signedPdf = bytes;
            }
            if ("COVER_LETTER".equals(file.get("purpose"))) {
                letter = bytes;
            }
        }
        // the signature verifies with the agency's certificate and covers the whole file; a changed byte breaks it
        assertThat(Pdfs.subFilter(signedPdf)).isEqualTo("ETSI.CAdES.detached");
        assertThat(Pdfs.signatureVerifies(signedPdf, cert)).isTrue();
        assertThat(Pdfs.text(signedPdf)).contains("Kuala Betara, ").contains("H. Ahmad Fauzi, S.Sos");
        byte[] tampered = signedPdf.clone();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("Laporan Hasil Pengukuran Kinerja");
        assertThat(at).isPositive();
        tampered[at] = 'X';
        assertThat(Pdfs.signatureVerifies(tampered, cert)).isFalse();
        assertThat(Pdfs.signatureVerifies(letter, cert)).isTrue();
        assertThat(Pdfs.text(letter)).contains("Nomor : 050/123/KB/2026", "Penyampaian Laporan Hasil Pengukuran Kinerja",
                "Bupati Tanjung Jabung Barat c.q. Kepala Bappeda", (String) files.get(6).get("sha256"));
        Pdfs.firstPageAsPng(letter, DocumentsTest.PREVIEWS.resolve("surat-pengantar.png"));
        // a number is used once per agency
        assertThat(signed.getString("signedAt")).isNotNull();

        // ReportPublished, for provincial dashboards
        List<ConsumerRecord<String, String>> published = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.REPORTS, r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(EventSchemas.violations(EventTypes.REPORT_PUBLISHED, published.get(0).value())).isEmpty();
        assertThat(TopicReader.header(published.get(0), CloudEventHeaders.PROVINCE)).isEqualTo("15");
        JsonPath event = new JsonPath(published.get(0).value());
        assertThat(event.getString("documentNumber")).isEqualTo("050/123/KB/2026");
        assertThat(event.getString("sha256")).isEqualTo(files.get(6).get("sha256"));
        assertThat(event.getString("downloadPath")).isEqualTo(files.get(6).get("downloadPath"));

        // the timeline: all twelve steps
        assertThat(given().auth().oauth2(kepala).get("/reports/{id}/timeline", id).then().statusCode(200).extract()
                .jsonPath().getList("runs.key", String.class)).containsExactly("ORDER", "DISTRIBUTE_FORMAT", "GATHER",
                        "ANALYSE", "DRAFT", "CORRECT", "FINALISE", "APPROVE", "SIGN", "NUMBER", "COPIES", "SEND");

        // a correction is a new version; the signed one stays exactly as it was
        String v2 = given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("kind", "MEASUREMENT_REPORT"))
                .post("/reports/{id}/revisions", id).then().statusCode(201).body("reportVersion", equalTo(2))
                .body("supersedesId", equalTo(id)).body("status", equalTo("ORDERED")).extract().path("id");
        given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("kind", "MEASUREMENT_REPORT"))
                .post("/reports/{id}/revisions", id).then().statusCode(409);
        given().auth().oauth2(kepala).get("/reports/{id}", id).then().body("status", equalTo("SENT"))
                .body("files.sha256", equalTo(files.stream().map(m -> m.get("sha256")).toList()));
        given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("kind", "MEASUREMENT_REPORT"))
                .post("/reports/{id}/revisions", v2).then().statusCode(409);
        // and the number cannot be given twice in the agency
        assertThat(v2).isNotEqualTo(id);
        given().auth().oauth2(TestJwt.as("kepala").agency("OTHER").mint()).get("/reports/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()).get("/reports/{id}", id).then().statusCode(200);
    }

    @Test
    void signingWithoutTheAgencysKeyIsRefused() {
        ReportingFixtures f = new ReportingFixtures(mapper, ReportingFixtures.newAgency());
        String kepala = TestJwt.as("kepala").agency(f.agency).mint();
        String sekretaris = TestJwt.as("sekretaris").agency(f.agency).mint();
        String team = TestJwt.as("tim-sakip").agency(f.agency).mint();
        UUID pk = f.pk(2026, List.of(ReportingFixtures.item("IKU-01", "IKM", "T1", "S1", "indeks", "82", "85", "80", "82",
                "83", "83")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/documents/pk/{id}?format=json", pk).then().statusCode(200));
        String id = given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("kind", "PK", "subjectId",
                pk.toString(), "counterparty", Map.of("name", "Bupati", "position", "Bupati Tanjung Jabung Barat")))
                .post("/reports").then().statusCode(201).extract().path("id");
        step(sekretaris, id, "DISTRIBUTE_FORMAT", Map.of()).statusCode(200);
        step(team, id, "GATHER", Map.of()).statusCode(200);
        step(team, id, "ANALYSE", Map.of()).statusCode(200);
        step(team, id, "DRAFT", Map.of()).statusCode(200);
        step(sekretaris, id, "CORRECT", Map.of()).statusCode(200);
        step(sekretaris, id, "FINALISE", Map.of()).statusCode(200);
        step(kepala, id, "APPROVE", Map.of()).statusCode(200);
        step(kepala, id, "SIGN", Map.of("signatory", Map.of("name", "H. Ahmad Fauzi", "nip", "197501012000031001",
                "position", "Camat"))).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("signing key"));
        given().auth().oauth2(kepala).get("/reports/{id}", id).then().body("status", equalTo("APPROVED"))
                .body("files.size()", equalTo(6));
    }
}
