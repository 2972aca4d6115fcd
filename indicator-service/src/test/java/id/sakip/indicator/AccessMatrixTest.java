package id.sakip.indicator;

import static id.sakip.indicator.IndicatorFixtures.as;
import static id.sakip.indicator.IndicatorFixtures.defineIndicator;
import static id.sakip.indicator.IndicatorFixtures.indicator;
import static id.sakip.indicator.IndicatorFixtures.item;
import static id.sakip.indicator.IndicatorFixtures.newAgencyCode;
import static id.sakip.indicator.IndicatorFixtures.registerAgency;
import static io.restassured.RestAssured.given;

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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of indicator-service against the access rules, from one table (see
 * {@link AccessMatrix}); bad input a 4xx problem+json; none of the refused calls changes anything.
 * Happy paths are in the feature tests.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class AccessMatrixTest {
    @Inject
    javax.sql.DataSource dataSource;

    /** A call with a bad body. */
    record Case(String method, String path, Object body) {
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
        AccessMatrix m = new AccessMatrix("indicator-service", agency, "15", "SEKRETARIAT");
        m.write("POST", "/agencies").body(Map.of("code", "KEC-NEW", "name", "Kecamatan Baru", "regionCode", "1506",
                "kind", "KECAMATAN")).by().expect(AccessMatrix.OTHER_AGENCY, 403);
        m.read("/agencies").scopedList();
        m.read("/agencies/{agencyCode}", agency);
        m.read("/agencies/{agencyCode}/indicators", agency);
        m.write("POST", "/agencies/{agencyCode}/indicators", agency).body(newIndicator).by("tim-sakip");
        m.read("/indicators/{id}", ind);
        m.write("PUT", "/indicators/{id}", ind).body(Map.of("version", 0, "indicator", newIndicator)).by("tim-sakip");
        m.read("/agencies/{agencyCode}/agreements", agency);
        m.write("POST", "/agencies/{agencyCode}/agreements", agency)
                .body(Map.of("year", 2027, "items", List.of(item(ind, 90, 60, 70, 80, 90)))).by("tim-sakip");
        m.write("POST", "/agencies/{agencyCode}/agreements/import", agency).query("year", 2027)
                .body(new byte[] { 'P', 'K' }, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .by("tim-sakip");
        m.read("/agreements/{id}", agreement);
        m.write("PUT", "/agreements/{id}", agreement)
                .body(Map.of("version", 0, "items", List.of(item(ind, 90, 60, 70, 80, 90)))).by("tim-sakip");
        m.write("POST", "/agreements/{id}/revise", agreement).by("tim-sakip");
        m.write("POST", "/agreements/{id}/sign", agreement).body(sign).by("kepala", "unit");
        m.read("/agencies/{agencyCode}/units", agency);
        m.write("POST", "/agencies/{agencyCode}/units", agency)
                .body(Map.of("code", "BIDANG-X", "kind", "BIDANG", "name", "Bidang X", "validFrom", "2021-01-01"))
                .by("tim-sakip");
        m.write("PUT", "/units/{id}/name", unit).body(Map.of("version", 0, "name", "Baru", "validFrom", "2026-01-01"))
                .by("tim-sakip");
        m.read("/agencies/{agencyCode}/officials", agency);
        m.write("POST", "/agencies/{agencyCode}/officials", agency).body(official).by("tim-sakip");
        m.read("/agencies/{agencyCode}/plans", agency);
        m.write("POST", "/agencies/{agencyCode}/plans", agency)
                .body(Map.of("name", "Renstra 2", "startYear", 2027, "endYear", 2031)).by("tim-sakip");
        m.write("POST", "/plans/{id}/nodes", plan).body(Map.of("level", "TUJUAN", "code", "T9", "name", "Tujuan"))
                .by("tim-sakip");
        m.read("/plans/{id}/tree", plan);
        // the audit trail: the agency's leaders, not provinsi
        m.read("/audit").query("agencyCode", agency).readers("kepala", "sekretaris").expect(AccessMatrix.PROVINSI, 403)
                .expect(AccessMatrix.OTHER_PROVINSI, 403);
        m.read("/audit/verify").query("agencyCode", agency).readers("kepala", "sekretaris")
                .expect(AccessMatrix.PROVINSI, 403).expect(AccessMatrix.OTHER_PROVINSI, 403);
        m.assertCoversOpenApi().run();

        // bad input answers 4xx problem+json (the generated corpus is in BadInputTest)
        String admin = TestJwt.as("admin", "tim-sakip", "kepala").agency(agency).mint();
        List<Case> bad = List.of(
                new Case("POST", "/agencies/" + agency + "/indicators", Map.of("code", "")),
                new Case("PUT", "/indicators/" + ind, Map.of("version", 0)),
                new Case("POST", "/agencies/" + agency + "/agreements", Map.of("year", 2027)),
                new Case("PUT", "/agreements/" + agreement, Map.of("items", List.of())),
                new Case("POST", "/agreements/" + agreement + "/sign", Map.of("version", 0)),
                new Case("POST", "/agencies/" + agency + "/units", Map.of("code", "lower case", "kind", "BIDANG")),
                new Case("PUT", "/units/" + unit + "/name", Map.of("version", 0, "name", "Baru", "validFrom", "kemarin")),
                new Case("POST", "/agencies/" + agency + "/officials", Map.of("name", "x", "nip", "123")),
                new Case("POST", "/agencies/" + agency + "/plans", Map.of("name", "R", "startYear", 1900)),
                new Case("POST", "/plans/" + plan + "/nodes", Map.of("level", "PLANET", "code", "T9", "name", "x")));
        SoftAssertions soft = new SoftAssertions();
        for (Case c : bad) {
            Response r = given().auth().oauth2(admin).contentType(ContentType.JSON).body(c.body())
                    .request(c.method(), c.path());
            soft.assertThat(r.statusCode()).as(c.method() + " " + c.path() + " with bad input").isBetween(400, 422);
            soft.assertThat(r.contentType()).as(c.method() + " " + c.path()).startsWith("application/problem+json");
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

        // bad input at scale, from the same table: no 5xx, every rejection a problem document, nothing written
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(dataSource);
        new BadInputCorpus(m, fingerprint::take).run(500);
        // and requests generated from each operation's own OpenAPI schema (numbers, Unicode, parameters, claims)
        new SchemaCorpus(m, fingerprint::take).run(5000);
    }
}
