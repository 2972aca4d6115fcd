package id.sakip.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.testsupport.AccessMatrix;
import id.sakip.testsupport.BadInputCorpus;
import id.sakip.testsupport.DatabaseFingerprint;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SchemaCorpus;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of reporting-service against the access rules, from one table (see
 * {@link AccessMatrix}); none of the refused calls changes anything.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class AccessMatrixTest {
    @Inject
    javax.sql.DataSource dataSource;
    @Inject
    ObjectMapper mapper;

    private static void step(String token, String id, String key) {
        long version = given().auth().oauth2(token).get("/reports/{id}", id).then().extract().jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("document", Map.of("documentTitle", "Dokumen " + key));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/reports/{id}/steps/{key}", id, key)
                .then().statusCode(200);
    }

    @Test
    void everyEndpointAppliesAuthenticationRolesAndAgencyScope() {
        ReportingFixtures f = new ReportingFixtures(mapper, ReportingFixtures.newAgency());
        String kepala = TestJwt.as("kepala").agency(f.agency).mint();
        String sekretaris = TestJwt.as("sekretaris").agency(f.agency).mint();
        String team = TestJwt.as("tim-sakip").agency(f.agency).mint();
        f.agency("Kecamatan Kuala Betara");
        UUID pk = f.pk(2026, List.of(ReportingFixtures.item("IKU-01", "Indeks Kepuasan Masyarakat", "T1 Pelayanan",
                "Meningkatnya kualitas pelayanan", "indeks", "82", "85", "80", "82", "83", "83")));
        UUID round = f.round(2026, "Q1", OffsetDateTime.of(2026, 4, 10, 16, 0, 0, 0, ZoneOffset.ofHours(7)));
        UUID measurement = f.measurement(2026, "Q1", round, 2, "84");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            given().auth().oauth2(kepala).get("/documents/measurement/{id}?format=json", measurement).then().statusCode(200);
            given().auth().oauth2(kepala).get("/documents/pk/{id}?format=json", pk).then().statusCode(200);
            given().auth().oauth2(kepala).get("/documents/collection/{id}?format=json", round).then().statusCode(200);
        });
        String report = given().auth().oauth2(kepala).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEASUREMENT_REPORT", "subjectId", measurement.toString())).post("/reports").then()
                .statusCode(201).extract().path("id");
        step(sekretaris, report, "DISTRIBUTE_FORMAT");
        step(team, report, "GATHER");
        step(team, report, "ANALYSE");
        step(team, report, "DRAFT");
        var r = given().auth().oauth2(team).get("/reports/{id}", report).then().extract().jsonPath();
        long reportVersion = r.getLong("version");
        String file = r.getString("files[0].id");
        Map<String, Object> jobRequest = Map.of("kind", "MEASUREMENT_REPORT", "subjectId", measurement.toString(),
                "format", "pdf");
        String job = given().auth().oauth2(kepala).contentType(ContentType.JSON).body(jobRequest).post("/document-jobs")
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/document-jobs/{id}", job).then().body("status", equalTo("DONE")));
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("sasaran", "Meningkatnya kualitas pelayanan",
                "causes", "Survei IKM tepat waktu")).put("/agencies/{c}/lkjip/{y}/narratives", f.agency, 2026).then()
                .statusCode(200);
        Object steps = given().auth().oauth2(team).get("/sop-templates/report").then().statusCode(200).extract()
                .path("steps");
        String[] leaders = { "kepala", "sekretaris", "tim-sakip" };

        AccessMatrix m = new AccessMatrix("reporting-service", f.agency, ReportingFixtures.PROVINCE, "SEKRETARIAT");
        m.read("/sop-templates/{procedure}", "report").query("agencyCode", f.agency);
        m.write("PUT", "/sop-templates/{procedure}", "report").query("agencyCode", f.agency)
                .body(Map.of("name", "SOP varian", "steps", steps)).by("kepala", "sekretaris");
        m.read("/documents/collection/{roundId}", round).query("format", "json").readers(leaders);
        m.read("/documents/measurement/{measurementId}", measurement).query("format", "json").readers(leaders);
        m.read("/documents/pk/{agreementId}", pk).query("format", "json").readers("kepala", "sekretaris", "tim-sakip", "unit");
        m.read("/documents/lkjip/{agencyCode}/{year}", f.agency, 2026).query("format", "json").readers(leaders);
        m.read("/agencies/{agencyCode}/lkjip/{year}/narratives", f.agency, 2026).readers(leaders);
        m.write("PUT", "/agencies/{agencyCode}/lkjip/{year}/narratives", f.agency, 2026)
                .body(Map.of("sasaran", "Meningkatnya kualitas pelayanan", "causes", "diubah")).by(leaders);
        // queuing a document is a read: provinsi of the province may ask for one
        m.write("POST", "/document-jobs").body(jobRequest).by(leaders).expect(AccessMatrix.PROVINSI, 202)
                .expect(AccessMatrix.OTHER_PROVINSI, 404);
        m.read("/document-jobs/{id}", job).readers(leaders);
        m.read("/document-jobs/{id}/content", job).readers(leaders);
        m.write("POST", "/reports").body(Map.of("kind", "PK", "agencyCode", f.agency, "subjectId", pk.toString()))
                .by("kepala");
        m.read("/reports").scopedList();
        m.read("/reports/{id}", report);
        m.read("/reports/{id}/timeline", report);
        m.read("/reports/{id}/files/{fileId}", report, file);
        m.write("POST", "/reports/{id}/steps/{key}", report, "CORRECT").body(Map.of("version", reportVersion))
                .by("sekretaris");
        m.write("POST", "/reports/{id}/regenerate", report).body(Map.of("version", reportVersion)).by("sekretaris", "tim-sakip", "staf");
        m.write("POST", "/reports/{id}/revisions", report).body(Map.of("kind", "MEASUREMENT_REPORT")).by("kepala");
        m.read("/summaries").readers(leaders).scopedList();
        m.read("/summaries/{measurementId}", measurement).readers(leaders);
        // the province overview is for provinsi (and admin) only
        m.read("/provinces/{provinceCode}/overview", ReportingFixtures.PROVINCE).query("year", 2026).query("period", "Q1")
                .readers().expect(AccessMatrix.OTHER_AGENCY, 403);
        // the audit trail: the agency's leaders, not provinsi
        m.read("/audit").query("agencyCode", f.agency).readers("kepala", "sekretaris").expect(AccessMatrix.PROVINSI, 403)
                .expect(AccessMatrix.OTHER_PROVINSI, 403);
        m.read("/audit/verify").query("agencyCode", f.agency).readers("kepala", "sekretaris")
                .expect(AccessMatrix.PROVINSI, 403).expect(AccessMatrix.OTHER_PROVINSI, 403);
        m.assertCoversOpenApi().run();

        // none of the refused calls changed anything
        given().auth().oauth2(team).get("/reports/{id}", report).then().body("version", equalTo((int) reportVersion))
                .body("currentStep", equalTo("CORRECT")).body("files.size()", equalTo(2));
        given().auth().oauth2(team).get("/reports").then().body("total", equalTo(1));
        given().auth().oauth2(team).get("/agencies/{c}/lkjip/{y}/narratives", f.agency, 2026).then()
                .body("[0].causes", equalTo("Survei IKM tepat waktu"));
        given().auth().oauth2(team).get("/sop-templates/report").then().body("version", equalTo(0));

        // bad input at scale, from the same table: no 5xx, every rejection a problem document, nothing written
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(dataSource);
        new BadInputCorpus(m, fingerprint::take).run(500);
        // and requests generated from each operation's own OpenAPI schema (numbers, Unicode, parameters, claims)
        new SchemaCorpus(m, fingerprint::take).run(5000);
    }
}
