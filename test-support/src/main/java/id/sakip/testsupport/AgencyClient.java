package id.sakip.testsupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One agency's officers using the four services over HTTP: the steps of the SOPs as the front-end calls them. */
public final class AgencyClient {
    public final String agency;
    private final SakipSystem system;
    private final Tokens tokens;

    /** Where the officers' tokens come from: the test key by default, a real identity provider in IdentityIT. */
    public interface Tokens {
        /** A token of an officer of the agency in this SOP role. */
        String as(String agency, String role);

        /** A token of the head of a unit of the agency. */
        String asUnit(String agency, String unit);

        /** A token of the system administrator. */
        String admin();
    }

    /** Tokens minted with the test key ({@link TestJwt}), one subject per role and unit. */
    public static final Tokens TEST_KEY = new Tokens() {
        @Override
        public String as(String agency, String role) {
            return TestJwt.as(role).subject(role + "@" + agency).agency(agency).mint();
        }

        @Override
        public String asUnit(String agency, String unit) {
            return TestJwt.as("unit").subject("kepala-" + unit).agency(agency).unit(unit).mint();
        }

        @Override
        public String admin() {
            return TestJwt.as("admin").subject("admin").mint();
        }
    };

    public AgencyClient(SakipSystem system, String agency) {
        this(system, agency, TEST_KEY);
    }

    public AgencyClient(SakipSystem system, String agency, Tokens tokens) {
        this.system = system;
        this.agency = agency;
        this.tokens = tokens;
    }

    public RequestSpecification at(String service, String token) {
        return given().baseUri(system.url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }

    public String as(String role) {
        return tokens.as(agency, role);
    }

    public String asUnit(String unit) {
        return tokens.asUnit(agency, unit);
    }

    public void register(String name, String regionCode) {
        at("indicator-service", tokens.admin())
                .body(Map.of("code", agency, "name", name, "type", "KECAMATAN", "regionCode", regionCode))
                .post("/agencies").then().statusCode(201);
    }

    public String defineIndicator(String code, String name, String unit, String polarity, String aggregation,
            String responsibleUnit) {
        return at("indicator-service", as("tim-sakip"))
                .body(Map.of("code", code, "name", name, "kind", "IKU", "sasaran",
                        "Meningkatnya kualitas pelayanan publik kecamatan", "unitOfMeasure", unit, "polarity", polarity,
                        "aggregation", aggregation, "frequency", "QUARTERLY", "responsibleUnit", responsibleUnit))
                .post("/agencies/{a}/indicators", agency).then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> item(String indicatorId, Number annual, Number... quarters) {
        return Map.of("indicatorId", indicatorId, "annualTarget", annual, "quarterTargets", List.of(quarters));
    }

    /** Drafted by Tim SAKIP, signed by the head; returns the agreement id. */
    public String signAgreement(int year, List<Map<String, Object>> items) {
        JsonPath draft = at("indicator-service", as("tim-sakip")).body(Map.of("year", year, "items", items))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201).extract().jsonPath();
        at("indicator-service", as("kepala"))
                .body(Map.of("version", draft.getLong("version"), "signatoryName", "Camat", "signatoryNip",
                        "197501012000031001", "signatoryPosition", "Camat"))
                .post("/agreements/{id}/sign", draft.getString("id")).then().statusCode(200);
        return draft.getString("id");
    }

    /**
     * Whether collection-service has the agreement of the year and knows the agency (its directory,
     * fed by AgencyRegistered: the agency's own SOP template answers only then).
     */
    public boolean collectionHasAgreement(int year) {
        return at("collection-service", as("tim-sakip")).get("/agreements?year=" + year).then().statusCode(200)
                .extract().jsonPath().getInt("total") == 1
                && at("collection-service", as("tim-sakip")).get("/sop-templates/collection").statusCode() == 200;
    }

    /** The collection SOP's steps 1-6, each by its role: order, briefing, plan, documents, forms, distribution. */
    /**
     * The head orders a round and the SOP runs to the forms' distribution. The agency reaches
     * collection-service's directory by its own event, which may come after the PK's: until it has,
     * the order is refused as "not a registered agency" (403, nothing written), so that answer is
     * waited out (30 s at most); any other answer is the result.
     */
    public String openRound(int year, String period) {
        Response[] answer = new Response[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            answer[0] = at("collection-service", as("kepala")).body(Map.of("year", year, "period", period)).post("/rounds");
            return !(answer[0].statusCode() == 403 && answer[0].asString().contains("is not a registered agency"));
        });
        String id = answer[0].then().statusCode(201).extract().path("id");
        step(as("sekretaris"), id, "BRIEFING");
        for (String key : List.of("PLAN", "DOCUMENTS", "PREPARE_FORMS", "DISTRIBUTE")) {
            step(as("tim-sakip"), id, key);
        }
        return id;
    }

    public long roundVersion(String round) {
        return at("collection-service", as("tim-sakip")).get("/rounds/{id}", round).then().statusCode(200).extract()
                .jsonPath().getLong("version");
    }

    public long step(String token, String round, String key) {
        return at("collection-service", token).body(Map.of("version", roundVersion(round), "document",
                Map.of("documentTitle", key))).post("/rounds/{id}/steps/{key}", round, key).then().statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    public String formOf(String round, String unit) {
        List<Map<String, Object>> forms = at("collection-service", as("tim-sakip")).get("/rounds/{id}/forms", round)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return forms.stream().filter(f -> unit.equals(f.get("unitCode"))).map(f -> (String) f.get("id")).findFirst()
                .orElseThrow();
    }

    public void fillAndSubmit(String round, String unit, String indicator, Number value) {
        String formId = formOf(round, unit);
        String token = asUnit(unit);
        long version = at("collection-service", token).get("/forms/{id}", formId).then().extract().jsonPath()
                .getLong("version");
        long v = at("collection-service", token)
                .body(Map.of("version", version, "rows", List.of(Map.of("indicatorCode", indicator, "realisasi", value,
                        "keterangan", "Data dari laporan desa"))))
                .put("/forms/{id}", formId).then().statusCode(200).extract().jsonPath().getLong("version");
        at("collection-service", token).body(Map.of("version", v)).post("/forms/{id}/submit", formId).then()
                .statusCode(200);
    }

    /** SOP steps 8-10: Tim SAKIP compiles and reports the recap, the Sekretaris approves it (RecapApproved). */
    public void compileReportAndApprove(String round) {
        String team = as("tim-sakip");
        at("collection-service", team).body(Map.of("version", roundVersion(round))).post("/rounds/{id}/recap", round)
                .then().statusCode(200);
        long v = step(team, round, "REPORT_RECAP");
        at("collection-service", as("sekretaris")).body(Map.of("version", v)).post("/rounds/{id}/recap/approve", round)
                .then().statusCode(200).body("status", equalTo("APPROVED"));
    }
}
