package id.sakip.indicator;

import static id.sakip.indicator.IndicatorFixtures.admin;
import static id.sakip.indicator.IndicatorFixtures.agency;
import static id.sakip.indicator.IndicatorFixtures.as;
import static id.sakip.indicator.IndicatorFixtures.defineIndicator;
import static id.sakip.indicator.IndicatorFixtures.indicator;
import static id.sakip.indicator.IndicatorFixtures.item;
import static id.sakip.indicator.IndicatorFixtures.newAgencyCode;
import static id.sakip.indicator.IndicatorFixtures.registerAgency;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an outside probe broke (issue 13), each as a test that failed before its fix: duplicate JSON
 * keys, numbers at the driver's limits and silently rounded, control characters in single-line
 * text, look-alike codes, malformed parameters answered 404, a broken sort, tokens from the future
 * or for ten years, class names in problem details, downloads that may be sniffed, and predicate
 * targets given as labels.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class HardeningTest {

    @Test
    void duplicateJsonKeysAreRefusedNotLastOneWins() {
        String agency = newAgencyCode();
        String body = "{\"code\":\"" + agency + "\",\"code\":\"OTHER-" + agency + "\",\"name\":\"Kecamatan\","
                + "\"type\":\"KECAMATAN\",\"regionCode\":\"1506\"}";
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).post("/agencies").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("Duplicate field"));
        given().auth().oauth2(admin()).get("/agencies/{c}", "OTHER-" + agency).then().statusCode(404);
    }

    @Test
    void numbersBeyondTheStoredRangeAre422AndTheRestIsStoredExactly() {
        String agency = registerAgency(newAgencyCode());
        String id = defineIndicator(agency, indicator("IKU-01", "indeks", "HIGHER_IS_BETTER", "LAST"));
        for (String n : List.of("1e-1000000", "1e1000000", "12.3456789", "1234567890123456")) {
            String body = "{\"year\":2026,\"items\":[{\"indicatorId\":\"" + id + "\",\"annualTarget\":" + n
                    + ",\"quarterTargets\":[1,2,3,4]}]}";
            given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON).body(body)
                    .post("/agencies/{a}/agreements", agency).then().statusCode(422)
                    .body("errors[0].field", equalTo("items[0].annualTarget"));
        }
        // the connection those requests used still serves the next one; values keep every decimal
        String draft = given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(id, new java.math.BigDecimal("12.345678"), 0.00004, 1,
                        2, new java.math.BigDecimal("12.345678")))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201).extract().path("id");
        given().auth().oauth2(as("tim-sakip", agency)).get("/agreements/{id}", draft).then()
                .body("items[0].annualTarget", equalTo(12.345678f)).body("items[0].quarterTargets[0]", equalTo(0.00004f));
    }

    @Test
    void controlCharactersAreRefusedInSingleLineTextWithTheFieldNamed() {
        String agency = registerAgency(newAgencyCode());
        String id = defineIndicator(agency, indicator("IKU-01", "indeks", "HIGHER_IS_BETTER", "LAST"));
        String draft = given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(id, 82, 80, 81, 82, 82))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201).extract().path("id");
        for (String name : List.of("H. Ahmad Fauzi\nS.Sos", "H. Ahmad\u0007Fauzi", "H. Ahmad \u202EizuaF", "Ahmad\u200BFauzi")) {
            Map<String, Object> sign = new HashMap<>(IndicatorFixtures.sign(0));
            sign.put("signatoryName", name);
            given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON).body(sign)
                    .post("/agreements/{id}/sign", draft).then().statusCode(422)
                    .body("errors[0].field", equalTo("signatoryName"));
        }
        given().auth().oauth2(as("kepala", agency)).get("/agreements/{id}", draft).then().body("status", equalTo("DRAFT"));
        // an indicator's definition is free text: line breaks are kept there
        Map<String, Object> withDefinition = new HashMap<>(indicator("IKU-02", "%", "HIGHER_IS_BETTER", "LAST"));
        withDefinition.put("definition", "Baris satu\r\nBaris dua");
        String defined = defineIndicator(agency, withDefinition);
        given().auth().oauth2(as("tim-sakip", agency)).get("/indicators/{id}", defined).then()
                .body("definition", equalTo("Baris satu\nBaris dua"));
    }

    @Test
    void lookAlikeCodesAreTheSameCodeOrRefused() {
        String agency = registerAgency(newAgencyCode());
        defineIndicator(agency, indicator("IKU-01", "%", "HIGHER_IS_BETTER", "LAST"));
        for (String lookAlike : List.of("IKU-01 ", "iku-01", "\uFF29\uFF2B\uFF35-01")) {
            given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                    .body(indicator(lookAlike, "%", "HIGHER_IS_BETTER", "LAST")).post("/agencies/{a}/indicators", agency)
                    .then().statusCode(409);
        }
        for (String invalid : List.of("IKU\u200B-01", "IKU-01.", "IKU 01", "-IKU")) {
            // a name of its own: the fixture's name repeats the code, and a refused name may be named first
            Map<String, Object> body = new HashMap<>(indicator(invalid, "%", "HIGHER_IS_BETTER", "LAST"));
            body.put("name", "Indikator dengan kode tidak sah");
            given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                    .body(body).post("/agencies/{a}/indicators", agency)
                    .then().statusCode(422).body("errors.field", hasItem("code"));
        }
        given().auth().oauth2(as("tim-sakip", agency)).get("/agencies/{a}/indicators", agency).then()
                .body("total", equalTo(1));
        // agencies likewise
        String upper = "SEC-" + agency.substring(4).toUpperCase();
        registerAgency(upper);
        for (String lookAlike : List.of(upper.toLowerCase(), upper + " ")) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agency(lookAlike)).post("/agencies").then()
                    .statusCode(409);
        }
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agency(upper + ".")).post("/agencies").then()
                .statusCode(422);
    }

    @Test
    void malformedParametersAre400NamingTheParameter() {
        String agency = registerAgency(newAgencyCode());
        given().auth().oauth2(as("kepala", agency)).get("/agencies/{a}/agreements?year=abc", agency).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(as("kepala", agency)).get("/agencies/{a}/agreements?status=open", agency).then()
                .statusCode(400).body("errors[0].field", equalTo("status"))
                .body("detail", containsString("DRAFT"));
        for (String sort : List.of(",", ",,", "code,", "code,up", "code,desc,x")) {
            given().auth().oauth2(as("kepala", agency)).queryParam("sort", sort).get("/agencies/{a}/indicators", agency)
                    .then().statusCode(422).body("errors[0].field", equalTo("sort"));
        }
        // a malformed id in the path is simply not found
        given().auth().oauth2(as("kepala", agency)).get("/agreements/not-a-uuid").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void tokensFromTheFutureOrForYearsAreRefused() {
        String agency = registerAgency(newAgencyCode());
        String future = TestJwt.as("kepala").subject("kepala@" + agency).agency(agency).issuedIn(Duration.ofHours(2)).mint();
        String decade = TestJwt.as("kepala").subject("kepala@" + agency).agency(agency).expiresIn(Duration.ofDays(3650))
                .mint();
        for (String t : List.of(future, decade)) {
            given().auth().oauth2(t).get("/agencies/{a}", agency).then().statusCode(401)
                    .contentType(startsWith("application/problem+json"));
        }
        String fine = TestJwt.as("kepala").subject("kepala@" + agency).agency(agency).issuedIn(Duration.ofSeconds(20)).mint();
        given().auth().oauth2(fine).get("/agencies/{a}", agency).then().statusCode(200);
    }

    @Test
    void problemDetailsNameNoCodeAndDownloadsAreNotSniffed() {
        String agency = registerAgency(newAgencyCode());
        String detail = given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body("{\"year\":2026,\"items\":{\"a\":1}}").post("/agencies/{a}/agreements", agency).then()
                .statusCode(400).extract().path("detail");
        assertThat(detail).doesNotContain("java.", "id.sakip", "Exception", "`");
        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON).body("[1,2]")
                .post("/agencies/{a}/indicators", agency).then().statusCode(400)
                .body("detail", not(containsString("java.")));
        given().auth().oauth2(as("kepala", agency)).get("/agencies/{a}", agency).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aPredicateIndicatorTakesItsTargetsAsLabelsOfItsScaleAndNothingOffIt() {
        String agency = registerAgency(newAgencyCode());
        Map<String, Object> opinion = new HashMap<>(indicator("IKU-09", "predikat", "HIGHER_IS_BETTER", "LAST"));
        opinion.put("predicateScale", List.of(Map.of("label", "WTP", "value", 4), Map.of("label", "WDP", "value", 3),
                Map.of("label", "TW", "value", 2), Map.of("label", "TMP", "value", 1)));
        String id = defineIndicator(agency, opinion);
        Map<String, Object> byLabel = Map.of("indicatorId", id, "annualTargetLabel", "WTP", "quarterTargetLabels",
                List.of("WDP", "WDP", "WTP", "WTP"));
        String draft = given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(byLabel))).post("/agencies/{a}/agreements", agency).then()
                .statusCode(201).body("items[0].annualTarget", equalTo(4)).body("items[0].annualTargetLabel", equalTo("WTP"))
                .body("items[0].quarterTargetLabels", contains("WDP", "WDP", "WTP", "WTP")).extract().path("id");
        for (Map<String, Object> bad : List.of(item(id, 7, 3, 3, 4, 7), item(id, 2.5, 2.5, 2.5, 2.5, 2.5),
                Map.<String, Object>of("indicatorId", id, "annualTargetLabel", "BAIK", "quarterTargets", List.of(3, 3, 4, 4)))) {
            given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                    .body(Map.of("year", 2027, "items", List.of(bad))).post("/agencies/{a}/agreements", agency).then()
                    .statusCode(422).body("detail", containsString("not valid"));
        }
        // a number indicator takes no labels
        String count = defineIndicator(agency, indicator("IKU-10", "desa", "HIGHER_IS_BETTER", "LAST"));
        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2028, "items", List.of(Map.of("indicatorId", count, "annualTargetLabel", "WTP",
                        "quarterTargets", List.of(1, 2, 3, 4))))).post("/agencies/{a}/agreements", agency).then()
                .statusCode(422).body("errors[0].field", containsString("annualTarget"));
        given().auth().oauth2(as("tim-sakip", agency)).get("/agreements/{id}", draft).then().statusCode(200);
    }
}
