package id.sakip.collection;

import static id.sakip.collection.CollectionFixtures.as;
import static id.sakip.collection.CollectionFixtures.newAgencyCode;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.collection.CollectionFixtures.AgreementEvent;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of collection-service against the access rules: no token 401, the roles the SOP
 * gives the step may read, a role it does not give gets 403, provinsi never writes, and a caller
 * of another agency neither sees (404) nor changes anything.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "collection"))
class AccessMatrixTest {
    @Inject
    ObjectMapper mapper;

    record Case(String method, String path, Object body, List<String> readers, String forbiddenRole) {
    }

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
        String attachment = given().auth().oauth2(team).contentType("application/pdf").body("%PDF-1.4 notulen".getBytes())
                .queryParam("fileName", "notulen.pdf").post("/rounds/{id}/attachments", round).then().statusCode(201)
                .extract().path("id");
        long roundVersion = given().auth().oauth2(team).get("/rounds/{id}", round).then().extract().jsonPath()
                .getLong("version");
        int auditSize = given().auth().oauth2(team).get("/rounds/{id}/recap/audit", round).then().extract().jsonPath()
                .getList("$").size();

        List<String> everyone = List.of("kepala", "sekretaris", "tim-sakip", "unit", "staf");
        List<String> leaders = List.of("kepala", "sekretaris", "tim-sakip");
        Map<String, Object> version = Map.of("version", 0);
        Map<String, Object> decision = Map.of("version", 0, "reason", "Lengkapi bukti dukung");
        byte[] xlsx = given().auth().oauth2(team).get("/forms/{id}/xlsx", form).then().statusCode(200).extract()
                .asByteArray();
        List<Case> cases = List.of(
                new Case("GET", "/rounds/" + round, null, everyone, null),
                new Case("GET", "/rounds/" + round + "/timeline", null, everyone, null),
                new Case("POST", "/rounds/" + round + "/steps/FILL", Map.of("version", roundVersion), null, "kepala"),
                new Case("GET", "/rounds/" + round + "/attachments", null, everyone, null),
                new Case("GET", "/rounds/" + round + "/attachments/" + attachment, null, everyone, null),
                new Case("POST", "/rounds/" + round + "/attachments?fileName=x.pdf", "%PDF-1.4".getBytes(), null, null),
                new Case("GET", "/forms/" + form + "/xlsx", null, everyone, null),
                new Case("PUT", "/forms/" + form + "/xlsx", xlsx, null, "kepala"),
                new Case("POST", "/forms/" + form + "/receipt", null, null, "kepala"),
                new Case("GET", "/rounds/" + round + "/forms", null, everyone, null),
                new Case("GET", "/forms/" + form, null, everyone, null),
                new Case("PUT", "/forms/" + form, Map.of("version", 0, "rows",
                        List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 1))), null, "kepala"),
                new Case("POST", "/forms/" + form + "/submit", version, null, "staf"),
                new Case("GET", "/rounds/" + round + "/recap", null, leaders, "unit"),
                new Case("POST", "/rounds/" + round + "/recap", version, null, "sekretaris"),
                new Case("POST", "/rounds/" + round + "/recap/approve", version, null, "tim-sakip"),
                new Case("POST", "/rounds/" + round + "/recap/return", decision, null, "tim-sakip"),
                new Case("POST", "/rounds/" + round + "/recap/reopen", decision, null, "kepala"),
                new Case("GET", "/rounds/" + round + "/recap/audit", null, leaders, "staf"));

        String stranger = TestJwt.as("tim-sakip", "kepala", "sekretaris", "unit", "staf").subject("stranger")
                .agency("OTHER-" + agency).unit("SEKRETARIAT").mint();
        SoftAssertions soft = new SoftAssertions();
        for (Case c : cases) {
            String name = c.method() + " " + c.path();
            soft.assertThat(call(given(), c).statusCode()).as(name + " without a token").isEqualTo(401);
            soft.assertThat(call(given().auth().oauth2(stranger), c).statusCode()).as(name + " from another agency")
                    .isEqualTo(404);
            if (c.forbiddenRole() != null) {
                soft.assertThat(call(given().auth().oauth2(as(c.forbiddenRole(), agency)), c).statusCode())
                        .as(name + " as " + c.forbiddenRole()).isEqualTo(403);
            }
            if (c.readers() != null) {
                for (String role : c.readers()) {
                    soft.assertThat(call(given().auth().oauth2(as(role, agency)), c).statusCode())
                            .as(name + " as " + role).isEqualTo(200);
                }
                soft.assertThat(call(given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()), c).statusCode())
                        .as(name + " as provinsi of the province").isEqualTo(200);
                soft.assertThat(call(given().auth().oauth2(TestJwt.as("provinsi").province("32").mint()), c).statusCode())
                        .as(name + " as provinsi of another province").isEqualTo(404);
            } else {
                soft.assertThat(call(given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()), c).statusCode())
                        .as(name + " as provinsi (read-only)").isEqualTo(403);
            }
        }
        // the lists answer, but show nothing of another agency
        soft.assertThat(given().auth().oauth2(stranger).get("/rounds").then().extract().jsonPath().getInt("total"))
                .as("GET /rounds from another agency").isZero();
        soft.assertThat(given().auth().oauth2(stranger).get("/agreements").then().extract().jsonPath().getInt("total"))
                .as("GET /agreements from another agency").isZero();
        soft.assertThat(given().get("/rounds").statusCode()).as("GET /rounds without a token").isEqualTo(401);
        soft.assertAll();

        // and none of the refused calls changed anything
        given().auth().oauth2(team).get("/forms/{id}", form).then().body("status", equalTo("DRAFT"))
                .body("version", equalTo(0)).body("rows[0].realisasi", equalTo(null));
        given().auth().oauth2(team).get("/rounds/{id}", round).then().body("status", equalTo("OPEN"))
                .body("version", equalTo((int) roundVersion)).body("currentStep", equalTo("FILL"));
        given().auth().oauth2(team).get("/forms/{id}", form).then().body("receivedAt", equalTo(null));
        given().auth().oauth2(team).get("/rounds/{id}/recap/audit", round).then().body("size()", equalTo(auditSize));
        given().auth().oauth2(team).get("/rounds/{id}/attachments", round).then().body("size()", equalTo(1));
    }

    private static Response call(RequestSpecification spec, Case c) {
        if (c.body() instanceof byte[] bytes) {
            spec = spec.contentType(c.path().endsWith("xlsx")
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf").body(bytes);
        } else if (c.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(c.body());
        }
        return spec.request(c.method(), c.path());
    }
}
