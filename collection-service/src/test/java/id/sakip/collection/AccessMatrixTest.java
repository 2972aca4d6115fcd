package id.sakip.collection;

import static id.sakip.collection.CollectionFixtures.as;
import static id.sakip.collection.CollectionFixtures.newAgencyCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.collection.CollectionFixtures.AgreementEvent;
import id.sakip.testsupport.AccessMatrix;
import id.sakip.testsupport.BadInputCorpus;
import id.sakip.testsupport.DatabaseFingerprint;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SchemaCorpus;
import id.sakip.testsupport.TestFiles;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of collection-service against the access rules, from one table (see
 * {@link AccessMatrix} for the callers and the defaults): the table must cover the whole OpenAPI
 * document, and none of the refused calls may change anything.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "collection"))
class AccessMatrixTest {
    @Inject
    javax.sql.DataSource dataSource;
    private static final String OTHER_UNIT = "head of another unit";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ObjectMapper mapper;

    @Test
    void everyEndpointAppliesAuthenticationRolesAndAgencyScope() {
        String agency = newAgencyCode();
        new AgreementEvent(agency).item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .send(mapper);
        String team = as("tim-sakip", agency);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team)
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
        String round = CollectionFixtures.openRound(agency, 2026, "Q1");
        String form = given().auth().oauth2(team).get("/rounds/{id}/forms", round).then().extract().jsonPath()
                .getString("[0].id");
        String attachment = given().auth().oauth2(team).contentType("application/pdf").body(TestFiles.pdf("notulen"))
                .queryParam("fileName", "notulen.pdf").post("/rounds/{id}/attachments", round).then().statusCode(201)
                .extract().path("id");
        long roundVersion = given().auth().oauth2(team).get("/rounds/{id}", round).then().extract().jsonPath()
                .getLong("version");
        int auditSize = given().auth().oauth2(team).get("/rounds/{id}/recap/audit", round).then().extract().jsonPath()
                .getList("$").size();
        byte[] xlsx = given().auth().oauth2(team).get("/forms/{id}/xlsx", form).then().statusCode(200).extract()
                .asByteArray();
        Object steps = given().auth().oauth2(team).get("/sop-templates/collection").then().statusCode(200).extract()
                .path("steps");

        Map<String, Object> version = Map.of("version", 0);
        Map<String, Object> decision = Map.of("version", 0, "reason", "Lengkapi bukti dukung");
        AccessMatrix m = new AccessMatrix("collection-service", agency, "15", "SEKRETARIAT")
                .caller(OTHER_UNIT, TestJwt.as("unit", "staf").subject("bidang").agency(agency).unit("BIDANG-X").mint());
        m.read("/agreements").scopedList();
        m.read("/sop-templates/{procedure}", "collection").query("agencyCode", agency);
        m.write("PUT", "/sop-templates/{procedure}", "collection").query("agencyCode", agency)
                .body(Map.of("name", "SOP varian", "steps", steps)).by("kepala", "sekretaris");
        m.write("POST", "/rounds").body(Map.of("agencyCode", agency, "year", 2026, "period", "Q2")).by("kepala");
        m.read("/rounds").scopedList();
        m.read("/rounds/{id}", round);
        m.read("/rounds/{id}/timeline", round);
        m.write("POST", "/rounds/{id}/steps/{key}", round, "FILL").body(Map.of("version", roundVersion))
                .by("tim-sakip", "unit", "staf");
        m.read("/rounds/{id}/forms", round);
        m.read("/rounds/{id}/attachments", round);
        m.read("/rounds/{id}/attachments/{attachmentId}", round, attachment);
        m.write("POST", "/rounds/{id}/attachments", round).query("fileName", "x.pdf")
                .body(TestFiles.pdf("x"), "application/pdf").by(AccessMatrix.AGENCY_ROLES.toArray(String[]::new));
        m.read("/forms").scopedList();
        m.read("/forms/{id}", form);
        m.write("PUT", "/forms/{id}", form)
                .body(Map.of("version", 0, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 1))))
                .by("tim-sakip", "unit", "staf").expect(OTHER_UNIT, 403);
        m.read("/forms/{id}/xlsx", form);
        m.write("PUT", "/forms/{id}/xlsx", form).body(xlsx, XLSX).by("tim-sakip", "unit", "staf").expect(OTHER_UNIT, 403);
        m.write("POST", "/forms/{id}/receipt", form).by("unit", "staf").expect(OTHER_UNIT, 403);
        m.write("POST", "/forms/{id}/submit", form).body(version).by("tim-sakip", "unit").expect(OTHER_UNIT, 403);
        m.read("/rounds/{id}/recap", round).readers("kepala", "sekretaris", "tim-sakip");
        m.write("POST", "/rounds/{id}/recap", round).body(version).by("tim-sakip");
        m.write("POST", "/rounds/{id}/recap/approve", round).body(version).by("sekretaris");
        m.write("POST", "/rounds/{id}/recap/return", round).body(decision).by("sekretaris");
        m.write("POST", "/rounds/{id}/review/approve", round).body(version).by("sekretaris");
        m.write("POST", "/rounds/{id}/review/return", round).body(decision).by("sekretaris");
        m.write("POST", "/rounds/{id}/recap/reopen", round).body(decision).by("sekretaris");
        m.read("/rounds/{id}/recap/audit", round).readers("kepala", "sekretaris", "tim-sakip");
        // the audit trail: the agency's leaders, not provinsi
        m.read("/audit").query("agencyCode", agency).readers("kepala", "sekretaris").expect(AccessMatrix.PROVINSI, 403)
                .expect(AccessMatrix.OTHER_PROVINSI, 403);
        m.read("/audit/verify").query("agencyCode", agency).readers("kepala", "sekretaris")
                .expect(AccessMatrix.PROVINSI, 403).expect(AccessMatrix.OTHER_PROVINSI, 403);
        m.assertCoversOpenApi().run();

        // the lists answer another agency, but show nothing of this one
        String stranger = TestJwt.as("tim-sakip").agency("OTHER-" + agency).mint();
        assertThat(given().auth().oauth2(stranger).get("/rounds").then().extract().jsonPath().getInt("total")).isZero();
        assertThat(given().auth().oauth2(stranger).get("/agreements").then().extract().jsonPath().getInt("total")).isZero();
        assertThat(given().auth().oauth2(TestJwt.as("provinsi").province("32").mint()).get("/rounds?agencyCode=" + agency)
                .then().extract().jsonPath().getInt("total")).isZero();

        // and none of the refused calls changed anything
        given().auth().oauth2(team).get("/forms/{id}", form).then().body("status", equalTo("DRAFT"))
                .body("version", equalTo(0)).body("rows[0].realisasi", equalTo(null)).body("receivedAt", equalTo(null));
        given().auth().oauth2(team).get("/rounds/{id}", round).then().body("status", equalTo("OPEN"))
                .body("version", equalTo((int) roundVersion)).body("currentStep", equalTo("FILL"));
        given().auth().oauth2(team).get("/rounds/{id}/recap/audit", round).then().body("size()", equalTo(auditSize));
        given().auth().oauth2(team).get("/rounds/{id}/attachments", round).then().body("size()", equalTo(1));
        given().auth().oauth2(team).get("/rounds?year=2026").then().body("total", equalTo(1));
        given().auth().oauth2(team).get("/sop-templates/collection").then().body("version", equalTo(0));

        // bad input at scale, from the same table: no 5xx, every rejection a problem document, nothing written
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(dataSource);
        new BadInputCorpus(m, fingerprint::take).run(500);
        // and requests generated from each operation's own OpenAPI schema (numbers, Unicode, parameters, claims)
        new SchemaCorpus(m, fingerprint::take).run(5000);
    }
}
