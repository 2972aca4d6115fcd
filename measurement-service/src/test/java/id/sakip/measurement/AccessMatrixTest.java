package id.sakip.measurement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.AccessMatrix;
import id.sakip.testsupport.BadInputCorpus;
import id.sakip.testsupport.DatabaseFingerprint;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SchemaCorpus;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestAgencies;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestFiles;
import id.sakip.testsupport.TestJwt;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of measurement-service against the access rules, from one table (see
 * {@link AccessMatrix}); none of the refused calls changes anything.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "measurement"))
class AccessMatrixTest {
    @Inject
    javax.sql.DataSource dataSource;
    @Inject
    ObjectMapper mapper;

    @Test
    void everyEndpointAppliesAuthenticationRolesAndAgencyScope() throws Exception {
        String agency = TestAgencies.register("DINAS-" + UUID.randomUUID().toString().substring(0, 8), "3304");
        String team = TestJwt.as("tim-sakip").agency(agency).mint();
        String kepala = TestJwt.as("kepala").agency(agency).mint();
        UUID roundId = UUID.randomUUID();
        RecapApproved recap = new RecapApproved(roundId, agency, "3304", "33", 2026, "Q1", UUID.randomUUID(), 1, 1,
                "sekretaris", OffsetDateTime.now(), List.of(new RecapApproved.Row("IKU-01", "Persentase desa mandiri",
                        "Meningkatnya kemandirian desa", "%", Polarity.HIGHER_IS_BETTER, "BIDANG-PMD", new BigDecimal("40"),
                        new BigDecimal("20"), new BigDecimal("18"), "Data IDM belum lengkap", null, null)));
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                EventTypes.RECAP_APPROVED, roundId.toString(), new EventScope(agency, "3304", "33"),
                mapper.writeValueAsString(recap)));
        String measurement = await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(team)
                .get("/measurements").then().extract().jsonPath().getString("items[0].id"), id -> id != null);
        String round = given().auth().oauth2(kepala).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "Q1")).post("/measurement-rounds").then().statusCode(201)
                .extract().path("id");
        String attachment = given().auth().oauth2(team).contentType("application/pdf").body(TestFiles.pdf("kkp"))
                .queryParam("fileName", "kkp.pdf").post("/measurement-rounds/{id}/attachments", round).then()
                .statusCode(201).extract().path("id");
        Map<String, Object> settings = given().auth().oauth2(kepala).get("/agencies/{c}/capaian-settings", agency).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        Object steps = given().auth().oauth2(team).get("/sop-templates/measurement").then().statusCode(200).extract()
                .path("steps");
        int roundVersion = given().auth().oauth2(team).get("/measurement-rounds/{id}", round).then().extract().path("version");
        Map<String, Object> version = Map.of("version", roundVersion);

        AccessMatrix m = new AccessMatrix("measurement-service", agency, "33", "BIDANG-PMD");
        m.read("/agencies/{agencyCode}/capaian-settings", agency).readers("kepala", "sekretaris", "tim-sakip");
        m.write("PUT", "/agencies/{agencyCode}/capaian-settings", agency).body(settings).by("kepala", "sekretaris");
        m.read("/sop-templates/{procedure}", "measurement").query("agencyCode", agency);
        m.write("PUT", "/sop-templates/{procedure}", "measurement").query("agencyCode", agency)
                .body(Map.of("name", "SOP varian", "steps", steps)).by("kepala", "sekretaris");
        m.write("POST", "/measurement-rounds").body(Map.of("agencyCode", agency, "year", 2026, "period", "Q2"))
                .by("kepala");
        m.read("/measurement-rounds").scopedList();
        m.read("/measurement-rounds/{id}", round);
        m.read("/measurement-rounds/{id}/timeline", round);
        m.write("POST", "/measurement-rounds/{id}/steps/{key}", round, "BRIEFING").body(version).by("sekretaris");
        m.write("POST", "/measurement-rounds/{id}/review/approve", round).body(version).by("sekretaris");
        m.write("POST", "/measurement-rounds/{id}/review/return", round)
                .body(Map.of("version", roundVersion, "reason", "Lengkapi kertas kerja")).by("sekretaris");
        m.write("POST", "/measurement-rounds/{id}/attachments", round).query("fileName", "x.pdf")
                .body(TestFiles.pdf("x"), "application/pdf").by(AccessMatrix.AGENCY_ROLES.toArray(String[]::new));
        m.read("/measurement-rounds/{id}/attachments", round);
        m.read("/measurement-rounds/{id}/attachments/{attachmentId}", round, attachment);
        m.read("/measurements").readers("kepala", "sekretaris", "tim-sakip").scopedList();
        m.read("/measurements/{id}", measurement).readers("kepala", "sekretaris", "tim-sakip");
        m.read("/measurements/{id}/worksheet", measurement).readers("kepala", "sekretaris", "tim-sakip");
        m.read("/measurements/{id}/tree", measurement).readers("kepala", "sekretaris", "tim-sakip");
        // the province view is for provinsi (and admin) only: an agency's officers read their own agency
        m.read("/provinces/{provinceCode}/measurements", "33").query("year", 2026).query("period", "Q1").readers()
                .expect(AccessMatrix.OTHER_AGENCY, 403);
        // the audit trail: the agency's leaders, not provinsi
        m.read("/audit").query("agencyCode", agency).readers("kepala", "sekretaris").expect(AccessMatrix.PROVINSI, 403)
                .expect(AccessMatrix.OTHER_PROVINSI, 403);
        m.read("/audit/verify").query("agencyCode", agency).readers("kepala", "sekretaris")
                .expect(AccessMatrix.PROVINSI, 403).expect(AccessMatrix.OTHER_PROVINSI, 403);
        m.assertCoversOpenApi().run();

        // none of the refused calls changed anything
        given().auth().oauth2(team).get("/measurement-rounds/{id}", round).then().body("version", equalTo(roundVersion))
                .body("currentStep", equalTo("BRIEFING"));
        given().auth().oauth2(team).get("/measurement-rounds/{id}/attachments", round).then().body("size()", equalTo(1));
        given().auth().oauth2(team).get("/measurement-rounds").then().body("total", equalTo(1));
        given().auth().oauth2(kepala).get("/agencies/{c}/capaian-settings", agency).then()
                .body("version", equalTo(settings.get("version")));
        given().auth().oauth2(team).get("/sop-templates/measurement").then().body("version", equalTo(0));

        // bad input at scale, from the same table: no 5xx, every rejection a problem document, nothing written
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(dataSource);
        new BadInputCorpus(m, fingerprint::take).run(500);
        // and requests generated from each operation's own OpenAPI schema (numbers, Unicode, parameters, claims)
        new SchemaCorpus(m, fingerprint::take).run(5000);
    }
}
