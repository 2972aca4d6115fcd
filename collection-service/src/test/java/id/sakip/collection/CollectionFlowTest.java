package id.sakip.collection;

import static id.sakip.collection.CollectionFixtures.as;
import static id.sakip.collection.CollectionFixtures.asUnit;
import static id.sakip.collection.CollectionFixtures.newAgencyCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.collection.CollectionFixtures.AgreementEvent;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "collection"))
class CollectionFlowTest {
    @Inject
    ObjectMapper mapper;

    @Test
    void formsAreFilledSubmittedRecappedAndApproved() {
        String agency = newAgencyCode();
        new AgreementEvent(agency)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .item("IKU-02", "orang", "LOWER_IS_BETTER", "SEKSI-PEM", "40", "10", "10", "10", "10")
                .send(mapper);
        String team = as("tim-sakip", agency);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team)
                .get("/agreements?year=2026").then().body("total", equalTo(1)));

        String roundId = CollectionFixtures.openRound(agency, 2026, "Q1");
        given().auth().oauth2(team).get("/rounds/{id}", roundId).then().body("status", equalTo("OPEN"))
                .body("forms.size()", equalTo(2));
        given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON).body(Map.of("year", 2026, "period", "Q1"))
                .post("/rounds").then().statusCode(409);

        List<Map<String, Object>> forms = given().auth().oauth2(team).get("/rounds/{id}/forms", roundId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        String sekretariat = formOf(forms, "SEKRETARIAT");
        String seksi = formOf(forms, "SEKSI-PEM");
        String unitToken = asUnit("unit", agency, "SEKRETARIAT");

        given().auth().oauth2(unitToken).get("/forms/{id}", sekretariat).then().statusCode(200)
                .body("rows[0].no", equalTo(1)).body("rows[0].periodTarget", equalTo(20))
                .body("rows[0].annualTarget", equalTo(90)).body("rows[0].realisasi", equalTo(null));

        // a percentage over 100 is rejected with the row named, nothing saved
        given().auth().oauth2(unitToken).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 120))))
                .put("/forms/{id}", sekretariat)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[0].realisasi"));
        // text in a number field
        given().auth().oauth2(unitToken).contentType(ContentType.JSON)
                .body("{\"version\":0,\"rows\":[{\"indicatorCode\":\"IKU-01\",\"realisasi\":\"banyak\"}]}")
                .put("/forms/{id}", sekretariat)
                .then().statusCode(400).body("errors[0].field", equalTo("rows[0].realisasi"));
        // another unit may not touch this form
        given().auth().oauth2(asUnit("unit", agency, "SEKSI-PEM")).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 10))))
                .put("/forms/{id}", sekretariat).then().statusCode(403);
        given().auth().oauth2(unitToken).get("/forms/{id}", sekretariat).then()
                .body("version", equalTo(0)).body("rows[0].realisasi", equalTo(null));

        // save a draft, then a stale save is refused
        given().auth().oauth2(unitToken).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 21.5,
                        "keterangan", "Survei IKM"))))
                .put("/forms/{id}", sekretariat).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(asUnit("staf", agency, "SEKRETARIAT")).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 5))))
                .put("/forms/{id}", sekretariat).then().statusCode(409)
                .body("type", equalTo("https://sakip.id/problems/stale-version"));

        given().auth().oauth2(unitToken).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/forms/{id}/submit", sekretariat).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        // the recap needs every unit's form
        long roundVersion = given().auth().oauth2(team).get("/rounds/{id}", roundId).then().extract().jsonPath()
                .getLong("version");
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", roundVersion))
                .post("/rounds/{id}/recap", roundId).then().statusCode(409);

        String seksiToken = asUnit("unit", agency, "SEKSI-PEM");
        given().auth().oauth2(seksiToken).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "rows", List.of(Map.of("indicatorCode", "IKU-02", "realisasi", 8))))
                .put("/forms/{id}", seksi).then().statusCode(200);
        given().auth().oauth2(seksiToken).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/forms/{id}/submit", seksi).then().statusCode(200);

        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", roundVersion))
                .post("/rounds/{id}/recap", roundId).then().statusCode(200)
                .body("status", equalTo("RECAP_COMPILED"));
        long v = CollectionFixtures.step(team, roundId, "REPORT_RECAP", Map.of());
        // Tim SAKIP cannot approve its own recap: that is the Sekretaris' step
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/rounds/{id}/recap/approve", roundId).then().statusCode(403);
        given().auth().oauth2(as("sekretaris", agency)).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/rounds/{id}/recap/approve", roundId).then().statusCode(200).body("status", equalTo("APPROVED"));

        String bootstrap = SharedKafka.bootstrapServers();
        List<ConsumerRecord<String, String>> events = TopicReader.await(bootstrap, EventTypes.Topics.ROUNDS,
                r -> roundId.equals(r.key()), 4, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE)).containsExactly(
                EventTypes.ROUND_OPENED, EventTypes.FORM_SUBMITTED, EventTypes.FORM_SUBMITTED, EventTypes.RECAP_APPROVED);
        for (ConsumerRecord<String, String> e : events) {
            assertThat(EventSchemas.violations(TopicReader.header(e, CloudEventHeaders.TYPE), e.value())).isEmpty();
        }
        // a submission says whether the unit kept its deadline
        JsonPath submitted = new JsonPath(events.get(1).value());
        assertThat(submitted.getString("deadline")).isNotNull();
        assertThat(submitted.getBoolean("late")).isFalse();
        JsonPath recap = new JsonPath(events.get(3).value());
        assertThat(recap.getList("rows.indicatorCode")).containsExactly("IKU-01", "IKU-02");
        assertThat(recap.getFloat("rows[0].realisasi")).isEqualTo(21.5f);
        assertThat(recap.getFloat("rows[1].periodTarget")).isEqualTo(10f);

        // the state topic: under agency/year/period, the round as it stood after each change; the last is approved
        String key = agency + "/2026/Q1";
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.all(bootstrap, EventTypes.Topics.ROUND_STATE,
                r -> key.equals(r.key()), Duration.ofMillis(500)).stream()
                .anyMatch(r -> "APPROVED".equals(new JsonPath(r.value()).getString("status"))));
        List<ConsumerRecord<String, String>> states = TopicReader.all(bootstrap, EventTypes.Topics.ROUND_STATE,
                r -> key.equals(r.key()), Duration.ofSeconds(1));
        ConsumerRecord<String, String> last = states.get(states.size() - 1);
        assertThat(EventSchemas.violations(EventTypes.ROUND_STATE, last.value())).isEmpty();
        JsonPath state = new JsonPath(last.value());
        assertThat(state.getString("status")).isEqualTo("APPROVED");
        assertThat(state.getString("roundId")).isEqualTo(roundId);
        assertThat(state.getInt("recapVersion")).isEqualTo(1);
        assertThat(state.getList("forms.unitCode")).containsExactly("SEKRETARIAT", "SEKSI-PEM");
        assertThat(state.getList("forms.status")).containsExactly("SUBMITTED", "SUBMITTED");
        assertThat(state.getList("forms.timeliness")).containsExactly("ON_TIME", "ON_TIME");
        assertThat(state.getInt("counts.onTime")).isEqualTo(2);
        assertThat(states).extracting(r -> new JsonPath(r.value()).getString("status"))
                .contains("PREPARING", "OPEN", "RECAP_COMPILED", "APPROVED");
        assertThat(states.stream().map(r -> new JsonPath(r.value()))
                .filter(j -> "OPEN".equals(j.getString("status")) && j.getList("forms").size() == 2).findFirst().orElseThrow()
                .getList("forms.timeliness")).contains("PENDING");
    }

    @Test
    void aRoundNeedsASignedAgreementAndStaysInTheCallersAgency() {
        String agency = newAgencyCode();
        given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "Q2")).post("/rounds")
                .then().statusCode(422).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "Q5")).post("/rounds")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));

        new AgreementEvent(agency).item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
        // the head orders a round (SOP step 1); Tim SAKIP may not
        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "Q2")).post("/rounds").then().statusCode(403);
        String roundId = given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "Q2")).post("/rounds").then().statusCode(201).extract().path("id");

        String stranger = as("tim-sakip", newAgencyCode());
        given().auth().oauth2(stranger).get("/rounds/{id}", roundId).then().statusCode(404);
        given().auth().oauth2(stranger).get("/rounds").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(stranger).get("/agreements").then().statusCode(200).body("total", equalTo(0));
        given().get("/rounds/{id}", roundId).then().statusCode(401);
        given().auth().oauth2(id.sakip.testsupport.TestJwt.as("provinsi").province("32").mint())
                .get("/rounds/{id}", roundId).then().statusCode(404);
        // a provincial reader sees the agencies of its province, read-only
        given().auth().oauth2(id.sakip.testsupport.TestJwt.as("provinsi").province("15").mint())
                .get("/rounds/{id}", roundId).then().statusCode(200);
    }

    @Test
    void aReturnedRecapAndAReopenedRoundGoBackToTheUnitsWithTheReasonAndAreAudited() {
        String agency = newAgencyCode();
        new AgreementEvent(agency)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .item("IKU-02", "orang", "HIGHER_IS_BETTER", "SEKSI-PEM", "40", "10", "10", "10", "10")
                .send(mapper);
        String team = as("tim-sakip", agency);
        String sekretaris = as("sekretaris", agency);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team)
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
        String roundId = CollectionFixtures.openRound(agency, 2026, "Q3");
        List<Map<String, Object>> forms = given().auth().oauth2(team).get("/rounds/{id}/forms", roundId)
                .then().extract().jsonPath().getList("$");
        String sek = formOf(forms, "SEKRETARIAT");
        String pem = formOf(forms, "SEKSI-PEM");
        fill(asUnit("unit", agency, "SEKRETARIAT"), sek, "IKU-01", 18, 0);
        // the Seksi head also happens to act as Sekretaris: whoever submitted may not approve
        String conflicted = id.sakip.testsupport.TestJwt.as("unit", "sekretaris").subject("rina").agency(agency)
                .unit("SEKSI-PEM").mint();
        fill(conflicted, pem, "IKU-02", 9, 0);
        long v = compile(team, roundId);

        // returned for completion: only the named form reopens, with the reason
        v = given().auth().oauth2(sekretaris).contentType(ContentType.JSON)
                .body(Map.of("version", v, "reason", "Bukti dukung IKU-01 belum dilampirkan", "formIds", List.of(sek)))
                .post("/rounds/{id}/recap/return", roundId).then().statusCode(200).body("status", equalTo("OPEN"))
                .extract().jsonPath().getLong("version");
        given().auth().oauth2(team).get("/forms/{id}", sek).then().body("status", equalTo("DRAFT"))
                .body("returnReason", equalTo("Bukti dukung IKU-01 belum dilampirkan"));
        given().auth().oauth2(team).get("/forms/{id}", pem).then().body("status", equalTo("SUBMITTED"));
        long formVersion = given().auth().oauth2(team).get("/forms/{id}", sek).then().extract().jsonPath().getLong("version");
        fill(asUnit("unit", agency, "SEKRETARIAT"), sek, "IKU-01", 19, formVersion);
        v = compile(team, roundId);
        given().auth().oauth2(conflicted).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/rounds/{id}/recap/approve", roundId).then().statusCode(403);
        v = given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/rounds/{id}/recap/approve", roundId).then().statusCode(200).extract().jsonPath().getLong("version");
        // approved means locked: no edit, no second approval
        given().auth().oauth2(asUnit("unit", agency, "SEKRETARIAT")).contentType(ContentType.JSON)
                .body(Map.of("version", formVersion + 2, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 20))))
                .put("/forms/{id}", sek).then().statusCode(409);

        // an audited reopening for a correction, then a second approval with recapVersion 2
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("version", v, "reason", "x")).post("/rounds/{id}/recap/reopen", roundId).then().statusCode(403);
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("version", v, "reason", ""))
                .post("/rounds/{id}/recap/reopen", roundId).then().statusCode(400);
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON)
                .body(Map.of("version", v, "reason", "Koreksi data IKU-02 dari BPS", "formIds", List.of(pem)))
                .post("/rounds/{id}/recap/reopen", roundId).then().statusCode(200);
        fill(asUnit("unit", agency, "SEKSI-PEM"), pem, "IKU-02", 10,
                given().auth().oauth2(team).get("/forms/{id}", pem).then().extract().jsonPath().getLong("version"));
        v = compile(team, roundId);
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/rounds/{id}/recap/approve", roundId).then().statusCode(200);

        List<ConsumerRecord<String, String>> events = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.ROUNDS, r -> roundId.equals(r.key()), 11, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE)).containsExactly(
                EventTypes.ROUND_OPENED, EventTypes.FORM_SUBMITTED, EventTypes.FORM_SUBMITTED,
                EventTypes.RECAP_RETURNED, EventTypes.FORM_RETURNED, EventTypes.FORM_SUBMITTED,
                EventTypes.RECAP_APPROVED, EventTypes.ROUND_REOPENED, EventTypes.FORM_RETURNED,
                EventTypes.FORM_SUBMITTED, EventTypes.RECAP_APPROVED);
        for (ConsumerRecord<String, String> e : events) {
            assertThat(EventSchemas.violations(TopicReader.header(e, CloudEventHeaders.TYPE), e.value())).isEmpty();
        }
        assertThat(new JsonPath(events.get(6).value()).getInt("recapVersion")).isEqualTo(1);
        JsonPath second = new JsonPath(events.get(10).value());
        assertThat(second.getInt("recapVersion")).isEqualTo(2);
        assertThat(second.getList("rows.realisasi", Float.class)).containsExactly(19f, 10f);

        given().auth().oauth2(team).get("/rounds/{id}/recap/audit", roundId).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItems("RECAP_RETURNED", "ROUND_REOPENED", "RECAP_APPROVED"))
                .body("find { it.action == 'ROUND_REOPENED' }.reason", equalTo("Koreksi data IKU-02 dari BPS"))
                .body("find { it.action == 'ROUND_REOPENED' }.actor", equalTo("sekretaris@" + agency));
    }

    private static void fill(String token, String form, String indicator, Number value, long version) {
        long v = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", version, "rows", List.of(Map.of("indicatorCode", indicator, "realisasi", value,
                        "keterangan", "Sesuai laporan bulanan"))))
                .put("/forms/{id}", form).then().statusCode(200).extract().jsonPath().getLong("version");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/forms/{id}/submit", form).then().statusCode(200);
    }

    /** Compiles the recap and reports it to the Sekretaris (SOP steps 8 and 9); returns the round version. */
    private static long compile(String team, String roundId) {
        long v = given().auth().oauth2(team).get("/rounds/{id}", roundId).then().extract().jsonPath().getLong("version");
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/rounds/{id}/recap", roundId).then().statusCode(200);
        return CollectionFixtures.step(team, roundId, "REPORT_RECAP", Map.of());
    }

    @Test
    void aValueBelowTargetNeedsAKeteranganAndAValueFarOffTheUnitsHistoryIsFlagged() {
        String agency = newAgencyCode();
        new AgreementEvent(agency).item("IKU-01", "orang", "HIGHER_IS_BETTER", "SEKRETARIAT", "80", "20", "20", "20", "20")
                .send(mapper);
        String team = as("tim-sakip", agency);
        String unit = asUnit("unit", agency, "SEKRETARIAT");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team)
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
        for (String period : List.of("Q1", "Q2", "Q3")) {
            String round = CollectionFixtures.openRound(agency, 2026, period);
            String form = given().auth().oauth2(team).get("/rounds/{id}/forms", round).then().extract().jsonPath()
                    .getString("[0].id");
            if (!period.equals("Q3")) {
                // 12 misses the target of 20: submitting without a Keterangan is refused, naming the row
                given().auth().oauth2(unit).contentType(ContentType.JSON)
                        .body(Map.of("version", 0, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 12))))
                        .put("/forms/{id}", form).then().statusCode(200).body("rows[0].flagged", equalTo(false));
                given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", 1))
                        .post("/forms/{id}/submit", form).then().statusCode(422)
                        .body("errors[0].field", equalTo("rows[0].keterangan"));
                fill(unit, form, "IKU-01", 12, 1);
            } else {
                // 40 against an average of 12 in earlier periods: flagged for the reviewer, still accepted
                given().auth().oauth2(unit).contentType(ContentType.JSON)
                        .body(Map.of("version", 0, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 40))))
                        .put("/forms/{id}", form).then().statusCode(200).body("rows[0].flagged", equalTo(true))
                        .body("rows[0].flagReason", org.hamcrest.Matchers.containsString("12"));
                given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", 1))
                        .post("/forms/{id}/submit", form).then().statusCode(200);
            }
        }
    }

    @Test
    void aRevisedAgreementIsUsedByTheRoundsOpenedAfterIt() {
        String agency = newAgencyCode();
        AgreementEvent first = new AgreementEvent(agency)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25");
        first.send(mapper);
        String team = as("tim-sakip", agency);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team)
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
        String q1 = CollectionFixtures.openRound(agency, 2026, "Q1");
        given().auth().oauth2(team).get("/rounds/{id}", q1).then().body("agreementVersion", equalTo(1));

        new AgreementEvent(agency).revising(first)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "95", "20", "25", "25", "25")
                .send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team)
                .get("/agreements?year=2026").then().body("total", equalTo(2)));
        String q2 = CollectionFixtures.openRound(agency, 2026, "Q2");
        given().auth().oauth2(team).get("/rounds/{id}", q2).then().body("agreementVersion", equalTo(2));
        given().auth().oauth2(team).get("/rounds/{id}/forms", q2).then()
                .body("[0].rows[0].annualTarget", equalTo(95)).body("[0].rows[0].periodTarget", equalTo(25));
        // the round opened before the revision keeps the targets it was opened with
        given().auth().oauth2(team).get("/rounds/{id}/forms", q1).then()
                .body("[0].rows[0].annualTarget", equalTo(90));
    }

    private static String formOf(List<Map<String, Object>> forms, String unit) {
        return forms.stream().filter(f -> unit.equals(f.get("unitCode"))).map(f -> (String) f.get("id")).findFirst()
                .orElseThrow();
    }
}
