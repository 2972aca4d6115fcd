package id.sakip.measurement;

import static id.sakip.testsupport.Aggregates.OPINIONS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.AgreementKind;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What an outside probe broke in measurement-service (issue 13): tokens naming no registered agency
 * created measurement rounds and capaian settings; predicate indicators were scored as plain ratios;
 * only the period capaian had a category band.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "measurement"))
class MeasurementHardeningTest {
    @Inject
    ObjectMapper mapper;

    @Test
    void writesNeedARegisteredAgencyOfTheCaller() {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        Map<String, Object> settings = given().auth().oauth2(TestJwt.as("kepala").agency(agency).mint())
                .get("/agencies/{c}/capaian-settings", agency).then().statusCode(200).extract().jsonPath().getMap("$");
        for (String claim : List.of("", "   ", "NO-SUCH-AGENCY")) {
            String kepala = TestJwt.as("kepala").subject("kepala-x").agency(claim).mint();
            given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("year", 2026, "period", "Q1"))
                    .post("/measurement-rounds").then().statusCode(403);
            // its own (unregistered) agency: 403; another one it names: not there (404)
            given().auth().oauth2(kepala).contentType(ContentType.JSON).body(settings)
                    .put("/agencies/{c}/capaian-settings", "NO-SUCH-AGENCY").then()
                    .statusCode(claim.equals("NO-SUCH-AGENCY") ? 403 : 404);
        }
        // admin naming an agency that does not exist: 404, nothing created
        given().auth().oauth2(TestJwt.as("admin").mint()).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", "NO-SUCH-AGENCY", "year", 2026, "period", "Q1")).post("/measurement-rounds")
                .then().statusCode(404);
        given().auth().oauth2(TestJwt.as("admin").mint()).get("/measurement-rounds?agencyCode=NO-SUCH-AGENCY").then()
                .body("total", equalTo(0));
        // a provinsi reader of another province does not see the agency's settings
        given().auth().oauth2(TestJwt.as("provinsi").province("33").mint()).get("/agencies/{c}/capaian-settings", agency)
                .then().statusCode(404);
        given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()).get("/agencies/{c}/capaian-settings", agency)
                .then().statusCode(200);
    }

    @Test
    void aPredicateIndicatorIsScoredThroughItsScaleShownAsLabelsAndBandedToDateAndForTheYear() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        // the PK: audit opinion WTP for the year, WDP in Q1
        PerformanceAgreementSigned pk = new PerformanceAgreementSigned(UUID.randomUUID(), agency, "1506", "15", 2026, 1,
                AgreementKind.HEAD, null, null, OffsetDateTime.now(), new PerformanceAgreementSigned.Signatory("Camat", null, "Camat"),
                List.of(new PerformanceAgreementSigned.Item("IKU-09", "Opini BPK", "IKU", "Tata kelola keuangan", "predikat",
                        Polarity.HIGHER_IS_BETTER, Aggregation.LAST, "QUARTERLY", "SEKRETARIAT", BigDecimal.valueOf(4),
                        List.of(BigDecimal.valueOf(3), BigDecimal.valueOf(3), BigDecimal.valueOf(4), BigDecimal.valueOf(4)),
                        null, null, null, null, OPINIONS)));
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.AGREEMENTS, UUID.randomUUID(),
                EventTypes.AGREEMENT_SIGNED, agency + "/2026/HEAD", new EventScope(agency, "1506", "15"),
                mapper.writeValueAsString(pk)));
        // the recap: TW (2) against WDP (3)
        UUID round = UUID.randomUUID();
        RecapApproved recap = new RecapApproved(round, agency, "1506", "15", 2026, "Q1", UUID.randomUUID(), 1, 1,
                "sekretaris", OffsetDateTime.now(), List.of(new RecapApproved.Row("IKU-09", "Opini BPK",
                        "Tata kelola keuangan", "predikat", Polarity.HIGHER_IS_BETTER, "SEKRETARIAT", BigDecimal.valueOf(4),
                        BigDecimal.valueOf(3), BigDecimal.valueOf(2), "Temuan aset", null, null, OPINIONS, "TW")));
        String team = TestJwt.as("tim-sakip").agency(agency).mint();
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                EventTypes.RECAP_APPROVED, round.toString(), new EventScope(agency, "1506", "15"),
                mapper.writeValueAsString(recap)));
        // the PK and the recap come on different topics: whichever is first, the current version uses the PK
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team)
                .get("/measurements?roundId=" + round).then().body("items[0].agreementVersion", equalTo(1)));
        String id = given().auth().oauth2(team).get("/measurements?roundId=" + round).then().extract().jsonPath()
                .getString("items[0].id");
        JsonPath w = given().auth().oauth2(team).get("/measurements/{id}/worksheet", id).then().statusCode(200).extract()
                .jsonPath();
        // 2 / 3 through the scale: 66.67
        assertThat(w.getFloat("rows[0].capaian")).isEqualTo(66.67f);
        assertThat(w.getString("rows[0].targetLabel")).isEqualTo("WDP");
        assertThat(w.getString("rows[0].realisasiLabel")).isEqualTo("TW");
        assertThat(w.getString("rows[0].formula")).contains("predikat");
        // the to-date capaian (last value TW against WDP) and the year's (TW against WTP: 50) have bands of their own
        assertThat(w.getString("rows[0].categoryToDate")).isNotNull();
        assertThat(w.getFloat("rows[0].capaianOfYear")).isEqualTo(50f);
        assertThat(w.getString("rows[0].categoryOfYear")).isEqualTo("SANGAT_RENDAH");
        JsonPath m = given().auth().oauth2(team).get("/measurements/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(m.getString("indicators[0].realisasiLabel")).isEqualTo("TW");
        assertThat(m.getString("indicators[0].categoryOfYear")).isEqualTo("SANGAT_RENDAH");
    }
}
