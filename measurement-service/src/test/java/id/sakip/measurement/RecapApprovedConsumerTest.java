package id.sakip.measurement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestAgencies;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestJwt;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "measurement"))
class RecapApprovedConsumerTest {
    @Inject
    ObjectMapper mapper;

    @Test
    void anApprovedRecapBecomesAMeasurementOnceEvenWhenDeliveredTwice() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        UUID roundId = UUID.randomUUID();
        RecapApproved recap = new RecapApproved(roundId, agency, "1506", "15", 2026, "Q1", UUID.randomUUID(), 1, 1,
                "sekretaris", OffsetDateTime.now(), List.of(
                        row("IKU-01", "HIGHER_IS_BETTER", "80", "84"),
                        row("IKU-02", "LOWER_IS_BETTER", "10", "12"),
                        row("IKU-03", "HIGHER_IS_BETTER", "50", null),
                        new RecapApproved.Row("IKK-04", "Inflasi", "Sasaran 1", "%", Polarity.RANGE, "SEKRETARIAT",
                                new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("5"), null, new BigDecimal("4"),
                                new BigDecimal("4"))));
        ProducerRecord<String, String> record = TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                EventTypes.RECAP_APPROVED, roundId.toString(), new EventScope(agency, "1506", "15"),
                mapper.writeValueAsString(recap));
        String bootstrap = SharedKafka.bootstrapServers();
        TopicReader.send(bootstrap, record);
        TopicReader.send(bootstrap, record);

        List<ConsumerRecord<String, String>> computed = TopicReader.await(bootstrap, EventTypes.Topics.MEASUREMENTS,
                r -> agency.equals(TopicReader.header(r, CloudEventHeaders.AGENCY)), 1, Duration.ofSeconds(20));
        assertThat(computed).hasSize(1);
        ConsumerRecord<String, String> e = computed.get(0);
        assertThat(TopicReader.header(e, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.MEASUREMENT_COMPUTED);
        assertThat(EventSchemas.violations(EventTypes.MEASUREMENT_COMPUTED, e.value())).isEmpty();
        JsonPath data = new JsonPath(e.value());
        // 84/80 = 105.00; (2x10-12)/10 = 80.00; not reported; 5 above the range [2, 4]: (2x4-5)/4 = 75.00
        assertThat(data.getList("indicators.capaian", Float.class)).containsExactly(105.0f, 80.0f, null, 75.0f);
        assertThat(data.getList("indicators.achieved", Boolean.class)).containsExactly(true, false, false, false);
        // (105 + 80 + 75) / 3 = 86.67: the unreported indicator is left out of the average
        assertThat(data.getFloat("averageCapaian")).isEqualTo(86.67f);
        assertThat(data.getString("category")).isEqualTo("TINGGI");
        assertThat(data.getInt("achievedCount")).isEqualTo(1);

        String token = TestJwt.as("tim-sakip").agency(agency).mint();
        // the second delivery has been consumed by now or will be; either way there is exactly one measurement
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().auth().oauth2(token).get("/measurements").then().statusCode(200).body("total", equalTo(1)));
        assertThat(TopicReader.all(bootstrap, EventTypes.Topics.MEASUREMENTS,
                r -> agency.equals(TopicReader.header(r, CloudEventHeaders.AGENCY)), Duration.ofSeconds(2))).hasSize(1);
        given().auth().oauth2(TestJwt.as("tim-sakip").agency("OTHER").mint()).get("/measurements/{id}",
                data.getString("measurementId")).then().statusCode(404);
    }

    @Test
    void aCorrectedRecapMakesANewVersionAndTheFirstStaysReadable() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        UUID roundId = UUID.randomUUID();
        String bootstrap = SharedKafka.bootstrapServers();
        List<String> values = List.of("60", "84");
        for (int v = 0; v < values.size(); v++) {
            RecapApproved recap = new RecapApproved(roundId, agency, "1506", "15", 2026, "Q2", UUID.randomUUID(), 1, v + 1,
                    "sekretaris", OffsetDateTime.now(), List.of(row("IKU-01", "HIGHER_IS_BETTER", "80", values.get(v)),
                            new RecapApproved.Row("IKU-02", "Indikator IKU-02", "Sasaran 2", "%", Polarity.HIGHER_IS_BETTER,
                                    "SEKSI", new BigDecimal("400"), new BigDecimal("100"), new BigDecimal("90"), null,
                                    null, null)));
            TopicReader.send(bootstrap, TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                    EventTypes.RECAP_APPROVED, roundId.toString(), new EventScope(agency, "1506", "15"),
                    mapper.writeValueAsString(recap)));
        }
        List<ConsumerRecord<String, String>> computed = TopicReader.await(bootstrap, EventTypes.Topics.MEASUREMENTS,
                r -> roundId.toString().equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(computed).hasSize(2);
        JsonPath first = new JsonPath(computed.get(0).value());
        JsonPath second = new JsonPath(computed.get(1).value());
        assertThat(first.getInt("measurementVersion")).isEqualTo(1);
        assertThat(second.getInt("measurementVersion")).isEqualTo(2);
        // v1: IKU-01 60/80 = 75.00 (Sasaran 1), IKU-02 90/100 = 90.00 (Sasaran 2); agency (75 + 90) / 2 = 82.50
        assertThat(first.getFloat("averageCapaian")).isEqualTo(82.5f);
        // v2: IKU-01 84/80 = 105.00; agency (105 + 90) / 2 = 97.50
        assertThat(second.getFloat("averageCapaian")).isEqualTo(97.5f);
        assertThat(second.getList("sasaran.sasaran")).containsExactly("Sasaran 1", "Sasaran 2");
        assertThat(second.getList("sasaran.achievedCount", Integer.class)).containsExactly(1, 0);
        assertThat(EventSchemas.violations(EventTypes.MEASUREMENT_COMPUTED, second.prettify())).isEmpty();

        String token = TestJwt.as("tim-sakip").agency(agency).mint();
        given().auth().oauth2(token).get("/measurements?roundId=" + roundId).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].versionNo", equalTo(2)).body("items[0].current", equalTo(true));
        given().auth().oauth2(token).get("/measurements?allVersions=true&sort=versionNo&roundId=" + roundId).then()
                .statusCode(200).body("total", equalTo(2)).body("items[0].current", equalTo(false))
                .body("items[0].indicators[0].capaian", equalTo(75));
        given().auth().oauth2(token).get("/measurements/{id}", first.getString("measurementId")).then().statusCode(200)
                .body("averageCapaian", equalTo(82.5f)).body("versionNo", equalTo(1));

        // the state topic: one record per version under agency/year/period, the last the one in force
        String key = agency + "/2026/Q2";
        List<ConsumerRecord<String, String>> states = TopicReader.await(bootstrap, EventTypes.Topics.MEASUREMENT_STATE,
                r -> key.equals(r.key()), 2, Duration.ofSeconds(20));
        JsonPath state = new JsonPath(states.get(1).value());
        assertThat(EventSchemas.violations(EventTypes.CURRENT_MEASUREMENT, states.get(1).value())).isEmpty();
        assertThat(TopicReader.header(states.get(1), CloudEventHeaders.TYPE)).isEqualTo(EventTypes.CURRENT_MEASUREMENT);
        assertThat(state.getString("measurementId")).isEqualTo(second.getString("measurementId"));
        assertThat(state.getInt("measurementVersion")).isEqualTo(2);
        assertThat(state.getString("supersedesMeasurementId")).isEqualTo(first.getString("measurementId"));
        assertThat(state.getFloat("averageCapaian")).isEqualTo(97.5f);
        assertThat(state.getList("sasaran.sasaran")).containsExactly("Sasaran 1", "Sasaran 2");
        assertThat(state.getList("indicators.capaian", Float.class)).containsExactly(105.0f, 90.0f);
        assertThat(state.getString("review.approvedBy")).isNull();
        assertThat(new JsonPath(states.get(0).value()).getString("supersedesMeasurementId")).isNull();
    }

    @Test
    void aForgedOrStaleApprovalComputesNothing() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        UUID roundId = UUID.randomUUID();
        String bootstrap = SharedKafka.bootstrapServers();
        // in order on the round's partition: version 2 (84/80), version 1 again under a new event id (a
        // stale approval, 40/80), version 3 from a source that is not collection-service (999/80), and
        // version 3 from collection-service (88/80), after which the others have been consumed
        send(bootstrap, roundId, agency, 2, "84", null);
        send(bootstrap, roundId, agency, 1, "40", null);
        send(bootstrap, roundId, agency, 3, "999", "/sakip/measurement-service");
        send(bootstrap, roundId, agency, 3, "88", null);

        List<ConsumerRecord<String, String>> computed = TopicReader.await(bootstrap, EventTypes.Topics.MEASUREMENTS,
                r -> roundId.toString().equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(computed).extracting(r -> new JsonPath(r.value()).getFloat("indicators[0].capaian"))
                .containsExactly(105.0f, 110.0f);
        assertThat(TopicReader.all(bootstrap, EventTypes.Topics.MEASUREMENTS, r -> roundId.toString().equals(r.key()),
                Duration.ofSeconds(2))).hasSize(2);
        String token = TestJwt.as("tim-sakip").agency(agency).mint();
        given().auth().oauth2(token).get("/measurements?allVersions=true&sort=versionNo&roundId=" + roundId).then()
                .statusCode(200).body("total", equalTo(2)).body("items[1].indicators[0].capaian", equalTo(110));
    }

    private void send(String bootstrap, UUID roundId, String agency, int recapVersion, String realisasi, String source)
            throws Exception {
        RecapApproved recap = new RecapApproved(roundId, agency, "1506", "15", 2026, "Q3", UUID.randomUUID(), 1,
                recapVersion, "sekretaris", OffsetDateTime.now(), List.of(row("IKU-01", "HIGHER_IS_BETTER", "80", realisasi)));
        EventScope scope = new EventScope(agency, "1506", "15");
        String json = mapper.writeValueAsString(recap);
        TopicReader.send(bootstrap, TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                EventTypes.RECAP_APPROVED, source, roundId.toString(), scope, json));
    }

    private static RecapApproved.Row row(String code, String polarity, String target, String realisasi) {
        return new RecapApproved.Row(code, "Indikator " + code, "Sasaran 1", "%", Polarity.valueOf(polarity), "SEKRETARIAT",
                new BigDecimal(target).multiply(BigDecimal.valueOf(4)), new BigDecimal(target),
                realisasi == null ? null : new BigDecimal(realisasi), null, null, null);
    }
}
