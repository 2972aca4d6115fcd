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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class AgreementRevisionTest {

    @Test
    void aSignedAgreementIsOnlyRevisedIntoANewVersionAndBothStayReadable() {
        String agency = registerAgency(newAgencyCode());
        String ind = defineIndicator(agency, indicator("IKU-01", "%", "HIGHER_IS_BETTER", "LAST"));
        String team = as("tim-sakip", agency);
        JsonPath v1 = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(ind, 90, 60, 70, 80, 90))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201).extract().jsonPath();
        String v1Id = v1.getString("id");
        // a revision needs a signed agreement
        given().auth().oauth2(team).post("/agreements/{id}/revise", v1Id).then().statusCode(409);
        given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON).body(sign(v1.getLong("version")))
                .post("/agreements/{id}/sign", v1Id).then().statusCode(200);

        // a second first version for the same year is refused: revise instead
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(ind, 95, 60, 70, 80, 95))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(409);

        JsonPath v2 = given().auth().oauth2(team).post("/agreements/{id}/revise", v1Id).then().statusCode(201)
                .body("agreementVersion", equalTo(2)).body("supersedesId", equalTo(v1Id))
                .body("status", equalTo("DRAFT")).body("items[0].annualTarget", equalTo(90))
                .extract().jsonPath();
        String v2Id = v2.getString("id");
        long version = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("version", v2.getLong("version"), "items", List.of(item(ind, 95, 60, 70, 85, 95))))
                .put("/agreements/{id}", v2Id).then().statusCode(200).extract().jsonPath().getLong("version");
        // only the latest signed version can be revised
        given().auth().oauth2(team).post("/agreements/{id}/revise", v1Id).then().statusCode(409);
        given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON).body(sign(version))
                .post("/agreements/{id}/sign", v2Id).then().statusCode(200).body("status", equalTo("SIGNED"));

        // both versions readable; the first unchanged
        given().auth().oauth2(team).get("/agreements/{id}", v1Id).then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("agreementVersion", equalTo(1))
                .body("items[0].annualTarget", equalTo(90)).body("items[0].quarterTargets[2]", equalTo(80));
        given().auth().oauth2(team).get("/agencies/{a}/agreements?year=2026&sort=agreementVersion", agency)
                .then().statusCode(200).body("total", equalTo(2)).body("items.agreementVersion", hasItem(2));
        // and the signed first version still cannot be edited
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "items", List.of(item(ind, 1, 1, 1, 1, 1))))
                .put("/agreements/{id}", v1Id).then().statusCode(409);

        List<ConsumerRecord<String, String>> events = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.AGREEMENTS, r -> r.key().equals(agency + "/2026/HEAD"), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE))
                .containsExactly(EventTypes.AGREEMENT_SIGNED, EventTypes.AGREEMENT_REVISED);
        ConsumerRecord<String, String> revised = events.get(1);
        assertThat(EventSchemas.violations(EventTypes.AGREEMENT_REVISED, revised.value())).isEmpty();
        assertThat(EventSchemas.violations(EventTypes.AGREEMENT_SIGNED, events.get(0).value())).isEmpty();
        JsonPath data = new JsonPath(revised.value());
        assertThat(data.getString("supersedesAgreementId")).isEqualTo(v1Id);
        assertThat(data.getFloat("items[0].annualTarget")).isEqualTo(95f);
        assertThat(data.getString("items[0].aggregation")).isEqualTo("LAST");
        assertThat(data.getString("items[0].frequency")).isEqualTo("QUARTERLY");

        // the state topic under agency/year: the version in force after each signature, the revision last
        List<ConsumerRecord<String, String>> states = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.AGREEMENT_STATE, r -> r.key().equals(agency + "/2026"), 2, Duration.ofSeconds(20));
        assertThat(EventSchemas.violations(EventTypes.AGREEMENT_IN_FORCE, states.get(1).value())).isEmpty();
        JsonPath inForce = new JsonPath(states.get(1).value());
        assertThat(inForce.getInt("agreementVersion")).isEqualTo(2);
        assertThat(inForce.getString("supersedesAgreementId")).isEqualTo(v1Id);
        assertThat(inForce.getFloat("items[0].annualTarget")).isEqualTo(95f);
        assertThat(new JsonPath(states.get(0).value()).getString("agreementId")).isEqualTo(v1Id);
    }

    @Test
    void monthlyIndicatorsCarryTwelveConsistentMonthlyTargets() {
        String agency = registerAgency(newAgencyCode());
        Map<String, Object> monthly = new HashMap<>(indicator("IKU-M", "dokumen", "HIGHER_IS_BETTER", "CUMULATIVE"));
        monthly.put("frequency", "MONTHLY");
        String ind = defineIndicator(agency, monthly);
        String team = as("tim-sakip", agency);
        List<Integer> months = List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(item(ind, 12, 3, 3, 3, 3))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(422)
                .body("errors[0].field", equalTo("items[0].monthTargets"));
        Map<String, Object> wrong = new HashMap<>(item(ind, 12, 3, 3, 3, 3));
        wrong.put("monthTargets", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5));
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("year", 2026, "items", List.of(wrong)))
                .post("/agencies/{a}/agreements", agency).then().statusCode(422)
                .body("errors[0].field", equalTo("items[0].monthTargets"));
        Map<String, Object> right = new HashMap<>(item(ind, 12, 3, 3, 3, 3));
        right.put("monthTargets", months);
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("year", 2026, "items", List.of(right)))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201)
                .body("items[0].monthTargets.size()", equalTo(12));
    }

    @Test
    void rangeIndicatorsCarryUpperBoundsThatFollowTheSameRules() {
        String agency = registerAgency(newAgencyCode());
        String inflation = defineIndicator(agency, indicator("IKK-INFLASI", "%", "RANGE", "AVERAGE"));
        String team = as("tim-sakip", agency);
        Map<String, Object> noUpper = new HashMap<>(item(inflation, 2, 2, 2, 2, 2));
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("year", 2026, "items", List.of(noUpper)))
                .post("/agencies/{a}/agreements", agency).then().statusCode(422)
                .body("errors[0].field", equalTo("items[0].annualTargetUpper"));
        Map<String, Object> inverted = new HashMap<>(item(inflation, 2, 2, 2, 2, 2));
        inverted.put("annualTargetUpper", 4);
        inverted.put("quarterTargetsUpper", List.of(4, 4, 1, 4));
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("year", 2026, "items", List.of(inverted)))
                .post("/agencies/{a}/agreements", agency).then().statusCode(422)
                .body("errors.field", hasItem("items[0].quarterTargetsUpper"));
        Map<String, Object> range = new HashMap<>(item(inflation, 2, 2, 2, 2, 2));
        range.put("annualTargetUpper", 4);
        range.put("quarterTargetsUpper", List.of(4, 4, 4, 4));
        JsonPath draft = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(range)))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201)
                .body("items[0].annualTargetUpper", equalTo(4)).extract().jsonPath();
        given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON).body(sign(draft.getLong("version")))
                .post("/agreements/{id}/sign", draft.getString("id")).then().statusCode(200);
        ConsumerRecord<String, String> signed = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.AGREEMENTS, r -> r.key().equals(agency + "/2026/HEAD"), 1, Duration.ofSeconds(20)).get(0);
        assertThat(EventSchemas.violations(EventTypes.AGREEMENT_SIGNED, signed.value())).isEmpty();
        JsonPath data = new JsonPath(signed.value());
        assertThat(data.getString("items[0].polarity")).isEqualTo("RANGE");
        assertThat(data.getList("items[0].quarterTargetsUpper", Float.class)).containsExactly(4f, 4f, 4f, 4f);
        // an ordinary indicator has no upper bounds
        String plain = defineIndicator(agency, indicator("IKU-01", "%", "HIGHER_IS_BETTER", "LAST"));
        Map<String, Object> stray = new HashMap<>(item(plain, 90, 60, 70, 80, 90));
        stray.put("annualTargetUpper", 95);
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("year", 2027, "items", List.of(stray)))
                .post("/agencies/{a}/agreements", agency).then().statusCode(422)
                .body("errors[0].field", equalTo("items[0].annualTargetUpper"));
    }
}
