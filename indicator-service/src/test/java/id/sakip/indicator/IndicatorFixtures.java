package id.sakip.indicator;

import static io.restassured.RestAssured.given;

import id.sakip.testsupport.TestJwt;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders for the test data of indicator-service: an agency, its indicators, an agreement. */
final class IndicatorFixtures {
    private static final AtomicInteger SEQ = new AtomicInteger();

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private IndicatorFixtures() {
    }

    /** A fresh agency code, so tests never share data. */
    static String newAgencyCode() {
        return "KEC-" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    static String admin() {
        return TestJwt.as("admin").subject("admin").mint();
    }

    static String as(String role, String agency) {
        return TestJwt.as(role).subject(role + "@" + agency).agency(agency).mint();
    }

    static Map<String, Object> agency(String code) {
        return Map.of("code", code, "name", "Kecamatan Kuala Betara", "type", "KECAMATAN", "regionCode", "1506",
                "address", "Kuala Betara");
    }

    static String registerAgency(String code) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(agency(code))
                .post("/agencies").then().statusCode(201);
        return code;
    }

    static Map<String, Object> indicator(String code, String unit, String polarity, String aggregation) {
        return Map.of("code", code, "name", "Indikator " + code, "kind", "IKU", "sasaran",
                "Meningkatnya kualitas pelayanan publik", "unitOfMeasure", unit, "polarity", polarity,
                "aggregation", aggregation, "frequency", "QUARTERLY", "responsibleUnit", "SEKRETARIAT");
    }

    static String defineIndicator(String agency, Map<String, Object> body) {
        return given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON).body(body)
                .post("/agencies/{a}/indicators", agency).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> item(String indicatorId, Number annual, Number... quarters) {
        return Map.of("indicatorId", indicatorId, "annualTarget", annual, "quarterTargets", List.of(quarters));
    }

    static Map<String, Object> sign(long version) {
        return Map.of("version", version, "signatoryName", "H. Ahmad Fauzi, S.Sos", "signatoryNip",
                "197501012000031001", "signatoryPosition", "Camat Kuala Betara");
    }
}
