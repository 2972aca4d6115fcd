package id.sakip.indicator;

import static id.sakip.indicator.IndicatorFixtures.as;
import static id.sakip.indicator.IndicatorFixtures.defineIndicator;
import static id.sakip.indicator.IndicatorFixtures.indicator;
import static id.sakip.indicator.IndicatorFixtures.newAgencyCode;
import static id.sakip.indicator.IndicatorFixtures.registerAgency;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
class IndicatorEventsTest {

    @Test
    void definingAndChangingAnIndicatorPublishesIndicatorDefinedAndIndicatorChanged() {
        String agency = registerAgency(newAgencyCode());
        Map<String, Object> opinion = new HashMap<>(indicator("IKU-OPINI", "predikat", "HIGHER_IS_BETTER", "LAST"));
        // a predicate indicator needs its scale
        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON).body(opinion)
                .post("/agencies/{a}/indicators", agency).then().statusCode(422)
                .body("errors[0].field", equalTo("predicateScale"));
        opinion.put("predicateScale", List.of(Map.of("label", "WTP", "value", 4), Map.of("label", "WDP", "value", 3),
                Map.of("label", "TW", "value", 2), Map.of("label", "TMP", "value", 1)));
        String id = defineIndicator(agency, opinion);

        Map<String, Object> changed = new HashMap<>(opinion);
        changed.put("name", "Opini BPK atas laporan keuangan");
        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "indicator", changed)).put("/indicators/{id}", id)
                .then().statusCode(200).body("version", equalTo(1)).body("name", equalTo("Opini BPK atas laporan keuangan"));
        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "indicator", opinion)).put("/indicators/{id}", id)
                .then().statusCode(409);
        given().auth().oauth2(as("unit", agency)).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "indicator", opinion)).put("/indicators/{id}", id)
                .then().statusCode(403);

        List<ConsumerRecord<String, String>> events = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.INDICATORS, r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE))
                .containsExactly(EventTypes.INDICATOR_DEFINED, EventTypes.INDICATOR_CHANGED);
        for (ConsumerRecord<String, String> e : events) {
            assertThat(EventSchemas.violations(TopicReader.header(e, CloudEventHeaders.TYPE), e.value())).isEmpty();
        }
        JsonPath last = new JsonPath(events.get(1).value());
        assertThat(last.getString("name")).isEqualTo("Opini BPK atas laporan keuangan");
        assertThat(last.getList("predicateScale.label")).containsExactly("WTP", "WDP", "TW", "TMP");
        assertThat(last.getInt("version")).isEqualTo(1);
    }
}
