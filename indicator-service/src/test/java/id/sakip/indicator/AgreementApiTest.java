package id.sakip.indicator;

import static id.sakip.indicator.IndicatorFixtures.as;
import static id.sakip.indicator.IndicatorFixtures.defineIndicator;
import static id.sakip.indicator.IndicatorFixtures.indicator;
import static id.sakip.indicator.IndicatorFixtures.item;
import static id.sakip.indicator.IndicatorFixtures.newAgencyCode;
import static id.sakip.indicator.IndicatorFixtures.registerAgency;
import static id.sakip.indicator.IndicatorFixtures.sign;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class AgreementApiTest {

    @Test
    void signingAnAgreementPublishesPerformanceAgreementSignedThroughTheOutbox() {
        String agency = registerAgency(newAgencyCode());
        String ikm = defineIndicator(agency, indicator("IKU-01", "indeks", "HIGHER_IS_BETTER", "AVERAGE"));
        String complaints = defineIndicator(agency, indicator("IKU-02", "dokumen", "LOWER_IS_BETTER", "CUMULATIVE"));

        JsonPath draft = given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(ikm, 82, 80, 82, 83, 83), item(complaints, 12, 3, 3, 3, 3))))
                .post("/agencies/{a}/agreements", agency)
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("agreementVersion", equalTo(1))
                .extract().jsonPath();
        String id = draft.getString("id");

        given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON).body(sign(draft.getLong("version")))
                .post("/agreements/{id}/sign", id)
                .then().statusCode(200).body("status", equalTo("SIGNED"));

        List<ConsumerRecord<String, String>> events = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.AGREEMENTS, r -> ("agreements/" + id).equals(TopicReader.header(r, CloudEventHeaders.SUBJECT)), 1,
                Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> e = events.get(0);
        assertThat(TopicReader.header(e, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.AGREEMENT_SIGNED);
        assertThat(TopicReader.header(e, CloudEventHeaders.SPECVERSION)).isEqualTo("1.0");
        assertThat(TopicReader.header(e, CloudEventHeaders.SOURCE)).isEqualTo("/sakip/indicator-service");
        assertThat(TopicReader.header(e, CloudEventHeaders.AGENCY)).isEqualTo(agency);
        assertThat(e.key()).isEqualTo(agency + "/2026/HEAD");
        assertThat(TopicReader.header(e, CloudEventHeaders.PROVINCE)).isEqualTo("15");
        assertThat(EventSchemas.violations(EventTypes.AGREEMENT_SIGNED, e.value())).isEmpty();
        JsonPath data = new JsonPath(e.value());
        assertThat(data.getList("items.indicatorCode")).containsExactly("IKU-01", "IKU-02");
        assertThat(data.getString("regionCode")).isEqualTo("1506");

        List<ConsumerRecord<String, String>> registered = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.AGENCIES, r -> agency.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(registered).hasSize(1);
        assertThat(TopicReader.header(registered.get(0), CloudEventHeaders.TYPE)).isEqualTo(EventTypes.AGENCY_REGISTERED);
        assertThat(EventSchemas.violations(EventTypes.AGENCY_REGISTERED, registered.get(0).value())).isEmpty();

        // a signed agreement never changes
        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "items", List.of(item(ikm, 90, 90, 90, 90, 90))))
                .put("/agreements/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void inconsistentQuarterTargetsAreRejectedNamingTheItemAndNothingIsWritten() {
        String agency = registerAgency(newAgencyCode());
        String cumulative = defineIndicator(agency, indicator("IKK-01", "orang", "HIGHER_IS_BETTER", "CUMULATIVE"));
        String last = defineIndicator(agency, indicator("IKK-02", "%", "HIGHER_IS_BETTER", "LAST"));

        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(cumulative, 100, 25, 25, 25, 20), item(last, 90, 60, 70, 80, 85))))
                .post("/agencies/{a}/agreements", agency)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://sakip.id/problems/validation"))
                .body("errors.field", hasItem("items[0].quarterTargets"))
                .body("errors.field", hasItem("items[1].quarterTargets"));

        agreementCount(agency, 0);
    }

    @Test
    void badRequestsGetProblemJsonAndWriteNothing() {
        String agency = registerAgency(newAgencyCode());
        String ind = defineIndicator(agency, indicator("IKU-01", "%", "HIGHER_IS_BETTER", "LAST"));
        String token = as("tim-sakip", agency);

        // malformed JSON
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"year\": 2026, \"items\": [")
                .post("/agencies/{a}/agreements", agency)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://sakip.id/problems/malformed-json"));
        // a value of the wrong type names the field
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"year\": \"next\", \"items\": []}")
                .post("/agencies/{a}/agreements", agency)
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        // missing required field
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(item(ind, 90, 70, 80, 85, 90))))
                .post("/agencies/{a}/agreements", agency)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("year"));
        agreementCount(agency, 0);

        // unknown id
        given().auth().oauth2(token).get("/agreements/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://sakip.id/problems/not-found"));

        // stale version
        JsonPath draft = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(ind, 90, 70, 80, 85, 90))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201).extract().jsonPath();
        String id = draft.getString("id");
        long v0 = draft.getLong("version");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", v0, "items", List.of(item(ind, 95, 80, 85, 90, 95))))
                .put("/agreements/{id}", id).then().statusCode(200).body("version", equalTo((int) v0 + 1));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", v0, "items", List.of(item(ind, 99, 99, 99, 99, 99))))
                .put("/agreements/{id}", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://sakip.id/problems/stale-version"));
        given().auth().oauth2(token).get("/agreements/{id}", id)
                .then().statusCode(200).body("items[0].annualTarget", equalTo(95));
    }

    @Test
    void callersAreAuthenticatedAndScopedToTheirAgency() {
        String mine = registerAgency(newAgencyCode());
        String other = registerAgency(newAgencyCode());
        String ind = defineIndicator(mine, indicator("IKU-01", "%", "HIGHER_IS_BETTER", "LAST"));
        String id = given().auth().oauth2(as("tim-sakip", mine)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(ind, 90, 70, 80, 85, 90))))
                .post("/agencies/{a}/agreements", mine).then().statusCode(201).extract().path("id");

        given().get("/agreements/{id}", id).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not-a-token").get("/agreements/{id}", id).then().statusCode(401);

        String stranger = as("tim-sakip", other);
        given().auth().oauth2(stranger).get("/agreements/{id}", id).then().statusCode(404);
        given().auth().oauth2(stranger).get("/agencies/{a}", mine).then().statusCode(404);
        given().auth().oauth2(stranger).get("/agencies/{a}/indicators", mine).then().statusCode(404);
        given().auth().oauth2(stranger).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "items", List.of(item(ind, 1, 1, 1, 1, 1))))
                .put("/agreements/{id}", id).then().statusCode(404);
        given().auth().oauth2(stranger).contentType(ContentType.JSON)
                .body(indicator("IKU-99", "%", "HIGHER_IS_BETTER", "LAST"))
                .post("/agencies/{a}/indicators", mine).then().statusCode(404);
        // the agency list shows only the caller's own agency
        given().auth().oauth2(stranger).get("/agencies?size=100")
                .then().statusCode(200).body("items.code", org.hamcrest.Matchers.contains(other));
        // a role the SOP does not give this step is refused
        given().auth().oauth2(as("unit", mine)).contentType(ContentType.JSON).body(sign(0))
                .post("/agreements/{id}/sign", id).then().statusCode(403);
        // nothing was changed by the refused calls
        given().auth().oauth2(as("tim-sakip", mine)).get("/agreements/{id}", id)
                .then().statusCode(200).body("items[0].annualTarget", equalTo(90)).body("status", equalTo("DRAFT"));
        given().auth().oauth2(as("tim-sakip", mine)).get("/agencies/{a}/indicators", mine)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void listsArePagedWithADocumentedMaximumAndSortable() {
        String agency = registerAgency(newAgencyCode());
        for (int i = 1; i <= 5; i++) {
            defineIndicator(agency, indicator("IKU-0" + i, "%", "HIGHER_IS_BETTER", "LAST"));
        }
        String token = as("tim-sakip", agency);
        given().auth().oauth2(token).get("/agencies/{a}/indicators?size=2&page=1&sort=code,desc", agency)
                .then().statusCode(200).body("total", equalTo(5)).body("items.code",
                        org.hamcrest.Matchers.contains("IKU-03", "IKU-02"));
        given().auth().oauth2(token).get("/agencies/{a}/indicators?size=101", agency)
                .then().statusCode(422).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(token).get("/agencies/{a}/indicators?sort=password", agency)
                .then().statusCode(422).body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(token).get("/agencies/{a}/indicators?page=99999999&size=100", agency)
                .then().statusCode(422).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(token).get("/agencies/{a}/indicators?page=-1", agency)
                .then().statusCode(422).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(token).get("/agencies/{a}/indicators?size=abc", agency)
                .then().statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                        .and(org.hamcrest.Matchers.lessThan(500)));
    }

    private static void agreementCount(String agency, int expected) {
        given().auth().oauth2(as("tim-sakip", agency)).get("/agencies/{a}/agreements", agency)
                .then().statusCode(200).body("total", equalTo(expected));
    }
}
