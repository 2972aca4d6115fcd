package id.sakip.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestAgencies;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestJwt;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class SummaryTest {
    @Inject
    ObjectMapper mapper;

    @Test
    void aComputedMeasurementIsServedAsASummaryToItsAgencyOnly() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        UUID measurementId = UUID.randomUUID();
        MeasurementComputed m = new MeasurementComputed(measurementId, 1, UUID.randomUUID(), agency, "1506", "15", 2026,
                "Q1", OffsetDateTime.now(), new BigDecimal("92.50"), "SANGAT_TINGGI", 1, 1, List.of(), List.of(
                        new MeasurementComputed.IndicatorResult("IKU-01", "IKM", "S1", Polarity.HIGHER_IS_BETTER, new BigDecimal("80"), null,
                                new BigDecimal("84"), new BigDecimal("105.00"), "SANGAT_TINGGI", true),
                        new MeasurementComputed.IndicatorResult("IKU-02", "Pengaduan", "S1", Polarity.LOWER_IS_BETTER,
                                new BigDecimal("10"), null, new BigDecimal("12"), new BigDecimal("80.00"), "TINGGI", false)));
        var record = TestEvents.record(EventTypes.Topics.MEASUREMENTS, UUID.randomUUID(),
                EventTypes.MEASUREMENT_COMPUTED, measurementId.toString(), new EventScope(agency, "1506", "15"),
                mapper.writeValueAsString(m));
        TopicReader.send(SharedKafka.bootstrapServers(), record);
        TopicReader.send(SharedKafka.bootstrapServers(), record);

        String kepala = TestJwt.as("kepala").agency(agency).mint();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/summaries/{id}", measurementId).then().statusCode(200)
                .body("averageCapaian", equalTo(92.5f))
                .body("indicators[1].indicatorCode", equalTo("IKU-02"))
                .body("indicators[1].achieved", equalTo(false)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth()
                .oauth2(kepala).get("/summaries?year=2026&period=Q1").then().statusCode(200).body("total", equalTo(1)));

        // a corrected recap's second version replaces the first in the list; the first stays readable
        UUID second = UUID.randomUUID();
        MeasurementComputed v2 = new MeasurementComputed(second, 2, m.roundId(), agency, "1506", "15", 2026, "Q1",
                OffsetDateTime.now(), new BigDecimal("97.50"), "SANGAT_TINGGI", 2, 0, List.of(), m.indicators());
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.MEASUREMENTS,
                UUID.randomUUID(), EventTypes.MEASUREMENT_COMPUTED, m.roundId().toString(),
                new EventScope(agency, "1506", "15"), mapper.writeValueAsString(v2)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/summaries?year=2026&period=Q1").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].measurementVersion", equalTo(2)).body("items[0].averageCapaian", equalTo(97.5f)));
        given().auth().oauth2(kepala).get("/summaries/{id}", measurementId).then().statusCode(200)
                .body("current", equalTo(false)).body("averageCapaian", equalTo(92.5f));

        given().get("/summaries/{id}", measurementId).then().statusCode(401);
        given().auth().oauth2(TestJwt.as("kepala").agency("ELSEWHERE").mint()).get("/summaries/{id}", measurementId)
                .then().statusCode(404);
        given().auth().oauth2(TestJwt.as("unit").agency(agency).unit("SEKRETARIAT").mint())
                .get("/summaries/{id}", measurementId).then().statusCode(403);
        given().auth().oauth2(TestJwt.as("provinsi").province("15").mint())
                .get("/summaries?agencyCode=" + agency).then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestJwt.as("provinsi").province("32").mint())
                .get("/summaries?agencyCode=" + agency).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aMeasurementFromAnotherSourceIsNotBelievedAndAStaleVersionDoesNotReplaceTheCurrentOne() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        UUID round = UUID.randomUUID();
        MeasurementComputed v2 = measurement(agency, round, 2, "85");
        // produced by hand with a plausible source that is not measurement-service's
        MeasurementComputed forged = measurement(agency, round, 3, "999.99");
        // version 1 of the round arriving after version 2 (a replay, or a late redelivery)
        MeasurementComputed stale = measurement(agency, round, 1, "70");
        send(v2, null);
        send(forged, "/sakip/reporting-service");
        send(stale, null);

        String kepala = TestJwt.as("kepala").agency(agency).mint();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/summaries/{id}", stale.measurementId()).then().statusCode(200)
                .body("current", equalTo(false)).body("averageCapaian", equalTo(70)));
        given().auth().oauth2(kepala).get("/summaries/{id}", forged.measurementId()).then().statusCode(404);
        given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()).get("/summaries?agencyCode=" + agency)
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].measurementVersion", equalTo(2)).body("items[0].averageCapaian", equalTo(85));
    }

    private MeasurementComputed measurement(String agency, UUID round, int version, String average) {
        return new MeasurementComputed(UUID.randomUUID(), version, round, agency, "1506", "15", 2026, "Q2",
                OffsetDateTime.now(), new BigDecimal(average), "SANGAT_TINGGI", 1, 0, List.of(), List.of());
    }

    private void send(MeasurementComputed m, String source) throws Exception {
        EventScope scope = new EventScope(m.agencyCode(), "1506", "15");
        String key = m.roundId().toString();
        String json = mapper.writeValueAsString(m);
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.MEASUREMENTS,
                UUID.randomUUID(), EventTypes.MEASUREMENT_COMPUTED, source, key, scope, json));
    }
}
