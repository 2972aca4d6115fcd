package id.sakip.indicator;

import static id.sakip.indicator.IndicatorFixtures.as;
import static id.sakip.indicator.IndicatorFixtures.defineIndicator;
import static id.sakip.indicator.IndicatorFixtures.indicator;
import static id.sakip.indicator.IndicatorFixtures.item;
import static id.sakip.indicator.IndicatorFixtures.newAgencyCode;
import static id.sakip.indicator.IndicatorFixtures.registerAgency;
import static io.restassured.RestAssured.given;

import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of indicator-service against the access rules: no token 401, a role the SOP does
 * not give the step 403, a caller of another agency 404 (its data neither visible nor writable), and
 * bad input a 4xx problem+json. Happy paths are in the feature tests.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class AccessMatrixTest {

    /** One endpoint: how to call it, with a valid body, a bad body, and a role that may not call it (or null). */
    record Case(String method, String path, Object body, Object badBody, String forbiddenRole) {
    }

    @Test
    void everyEndpointAppliesAuthenticationRolesAgencyScopeAndInputValidation() {
        String agency = registerAgency(newAgencyCode());
        String ind = defineIndicator(agency, indicator("IKU-01", "%", "HIGHER_IS_BETTER", "LAST"));
        String team = as("tim-sakip", agency);
        String agreement = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(ind, 90, 60, 70, 80, 90))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201).extract().path("id");
        String unit = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("code", "SEKRETARIAT", "kind", "SEKRETARIAT", "name", "Sekretariat", "validFrom", "2021-01-01"))
                .post("/agencies/{a}/units", agency).then().statusCode(201).extract().path("id");
        String plan = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("name", "Renstra", "startYear", 2021, "endYear", 2026))
                .post("/agencies/{a}/plans", agency).then().statusCode(201).extract().path("id");

        Map<String, Object> newIndicator = indicator("IKU-02", "%", "HIGHER_IS_BETTER", "LAST");
        Map<String, Object> official = Map.of("name", "Rina", "nip", "197501012000031001", "position", "Kasubbag",
                "role", "UNIT_HEAD", "validFrom", "2024-01-01");
        Map<String, Object> sign = Map.of("version", 0, "signatoryName", "Camat", "signatoryNip", "197501012000031001",
                "signatoryPosition", "Camat");
        List<Case> cases = List.of(
                new Case("GET", "/agencies/" + agency, null, null, null),
                new Case("GET", "/agencies/" + agency + "/indicators", null, null, null),
                new Case("POST", "/agencies/" + agency + "/indicators", newIndicator, Map.of("code", ""), "unit"),
                new Case("GET", "/indicators/" + ind, null, null, null),
                new Case("PUT", "/indicators/" + ind, Map.of("version", 0, "indicator", newIndicator),
                        Map.of("version", 0), "kepala"),
                new Case("GET", "/agencies/" + agency + "/agreements", null, null, null),
                new Case("POST", "/agencies/" + agency + "/agreements",
                        Map.of("year", 2027, "items", List.of(item(ind, 90, 60, 70, 80, 90))), Map.of("year", 2027),
                        "sekretaris"),
                new Case("GET", "/agreements/" + agreement, null, null, null),
                new Case("PUT", "/agreements/" + agreement,
                        Map.of("version", 0, "items", List.of(item(ind, 90, 60, 70, 80, 90))), Map.of("items", List.of()),
                        "staf"),
                new Case("POST", "/agreements/" + agreement + "/revise", null, null, "kepala"),
                new Case("POST", "/agreements/" + agreement + "/sign", sign, Map.of("version", 0), "tim-sakip"),
                new Case("GET", "/agencies/" + agency + "/units", null, null, null),
                new Case("POST", "/agencies/" + agency + "/units",
                        Map.of("code", "BIDANG-X", "kind", "BIDANG", "name", "Bidang X", "validFrom", "2021-01-01"),
                        Map.of("code", "lower case", "kind", "BIDANG"), "unit"),
                new Case("PUT", "/units/" + unit + "/name", Map.of("version", 0, "name", "Baru", "validFrom", "2026-01-01"),
                        Map.of("version", 0, "name", "Baru", "validFrom", "kemarin"), "staf"),
                new Case("GET", "/agencies/" + agency + "/officials", null, null, null),
                new Case("POST", "/agencies/" + agency + "/officials", official, Map.of("name", "x", "nip", "123"),
                        "sekretaris"),
                new Case("GET", "/agencies/" + agency + "/plans", null, null, null),
                new Case("POST", "/agencies/" + agency + "/plans",
                        Map.of("name", "Renstra 2", "startYear", 2027, "endYear", 2031), Map.of("name", "R", "startYear", 1900),
                        "kepala"),
                new Case("POST", "/plans/" + plan + "/nodes", Map.of("level", "TUJUAN", "code", "T9", "name", "Tujuan"),
                        Map.of("level", "PLANET", "code", "T9", "name", "x"), "unit"),
                new Case("GET", "/plans/" + plan + "/tree", null, null, null));

        String stranger = TestJwt.as("tim-sakip", "kepala", "sekretaris", "unit")
                .agency("OTHER-" + agency).unit("SEKRETARIAT").mint();
        SoftAssertions soft = new SoftAssertions();
        for (Case c : cases) {
            String name = c.method() + " " + c.path();
            if (c.method().equals("GET")) {
                // every SOP role of the agency reads its data, and provinsi reads the agencies of its province
                for (String role : List.of("kepala", "sekretaris", "tim-sakip", "unit", "staf")) {
                    soft.assertThat(call(given().auth().oauth2(as(role, agency)), c, null).statusCode())
                            .as(name + " as " + role).isEqualTo(200);
                }
                soft.assertThat(call(given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()), c, null)
                        .statusCode()).as(name + " as provinsi of the province").isEqualTo(200);
                soft.assertThat(call(given().auth().oauth2(TestJwt.as("provinsi").province("32").mint()), c, null)
                        .statusCode()).as(name + " as provinsi of another province").isEqualTo(404);
            }
            soft.assertThat(call(given(), c, c.body()).statusCode()).as(name + " without a token").isEqualTo(401);
            int foreign = call(given().auth().oauth2(stranger), c, c.body()).statusCode();
            soft.assertThat(foreign).as(name + " from another agency").isEqualTo(404);
            if (c.forbiddenRole() != null) {
                soft.assertThat(call(given().auth().oauth2(as(c.forbiddenRole(), agency)), c, c.body()).statusCode())
                        .as(name + " as " + c.forbiddenRole()).isEqualTo(403);
                Response provinsi = call(given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()), c, c.body());
                soft.assertThat(provinsi.statusCode()).as(name + " as provinsi (read-only)").isEqualTo(403);
            }
            if (c.badBody() != null) {
                Response bad = call(given().auth().oauth2(TestJwt.as("admin", "tim-sakip", "kepala").agency(agency).mint()),
                        c, c.badBody());
                soft.assertThat(bad.statusCode()).as(name + " with bad input").isBetween(400, 422);
                soft.assertThat(bad.contentType()).as(name + " bad input content type").startsWith("application/problem+json");
            }
        }
        soft.assertAll();

        // and none of the refused calls changed anything
        given().auth().oauth2(team).get("/agreements/{id}", agreement).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT")).body("version", org.hamcrest.Matchers.equalTo(0));
        given().auth().oauth2(team).get("/agencies/{a}/indicators", agency).then()
                .body("total", org.hamcrest.Matchers.equalTo(1));
        given().auth().oauth2(team).get("/agencies/{a}/units", agency).then()
                .body("size()", org.hamcrest.Matchers.equalTo(1)).body("[0].history.size()", org.hamcrest.Matchers.equalTo(1));
        given().auth().oauth2(team).get("/agencies/{a}/officials", agency).then()
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        given().auth().oauth2(team).get("/plans/{p}/tree", plan).then()
                .body("nodes.size()", org.hamcrest.Matchers.equalTo(0));
    }

    private static Response call(RequestSpecification spec, Case c, Object body) {
        if (body != null) {
            spec = spec.contentType(ContentType.JSON).body(body);
        }
        return spec.request(c.method(), c.path());
    }
}
