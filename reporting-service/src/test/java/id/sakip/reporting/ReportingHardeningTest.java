package id.sakip.reporting;

import static id.sakip.testsupport.Aggregates.OPINIONS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What an outside probe broke in reporting-service (issue 13): a signatory name with a line feed made
 * every PDF and XLSX of its PK answer 500 (Helvetica has no glyph for it, nor for most of Unicode);
 * tokens naming no registered agency ordered reports; predicate values were printed as numbers.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class ReportingHardeningTest {
    @Inject
    ObjectMapper mapper;

    @Test
    void anyTextAnEventCarriesPrintsInThePkDocument() throws Exception {
        ReportingFixtures f = new ReportingFixtures(mapper, ReportingFixtures.newAgency());
        f.agency("Kecamatan Kuala Betara");
        UUID pk = UUID.randomUUID();
        // published before input was checked: a line feed, a bell, Arabic, Javanese, an emoji, an accent, a tab
        String name = "H. Ahmad\nFauzi\u0007 \u0645\u062D\u0645\u062F \uA9A7\uA9B8 \uD83D\uDE00 Andr\u00E9";
        f.send(EventTypes.Topics.AGREEMENTS, EventTypes.AGREEMENT_SIGNED, f.agency + "/2026/HEAD",
                new PerformanceAgreementSigned(pk, f.agency, ReportingFixtures.REGION, ReportingFixtures.PROVINCE, 2026, 1,
                        AgreementKind.HEAD, null, null, OffsetDateTime.of(2026, 1, 15, 9, 0, 0, 0, ZoneOffset.ofHours(7)),
                        new PerformanceAgreementSigned.Signatory(name, "197501012000031001", "Camat\tKuala Betara"),
                        List.of(ReportingFixtures.item("IKU-01", "Indeks \u202EKepuasan\u202C Masyarakat", "T1", "S1",
                                "indeks", "82", "85", "80", "82", "83", "83"), new PerformanceAgreementSigned.Item("IKU-09",
                                        "Opini BPK", "IKU", "S1", "predikat", Polarity.HIGHER_IS_BETTER, Aggregation.LAST, "QUARTERLY",
                                        "SEKRETARIAT", BigDecimal.valueOf(4), List.of(BigDecimal.valueOf(3),
                                                BigDecimal.valueOf(3), BigDecimal.valueOf(4), BigDecimal.valueOf(4)),
                                        null, null, null, null, OPINIONS))));
        String kepala = TestJwt.as("kepala").agency(f.agency).mint();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/documents/pk/{id}?format=json", pk).then().statusCode(200));
        byte[] pdf = given().auth().oauth2(kepala).get("/documents/pk/{id}?format=pdf", pk).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        String text = Pdfs.text(pdf);
        assertThat(text).contains("H. Ahmad", "Fauzi", "Andr\u00E9", "Kuala Betara", "WTP", "WDP");
        byte[] xlsx = given().auth().oauth2(kepala).get("/documents/pk/{id}?format=xlsx", pk).then().statusCode(200)
                .extract().asByteArray();
        assertThat(xlsx.length).isPositive();
    }

    @Test
    void predicateValuesArePrintedAsTheirLabels() throws Exception {
        ReportingFixtures f = new ReportingFixtures(mapper, ReportingFixtures.newAgency());
        f.agency("Kecamatan Kuala Betara");
        UUID id = UUID.randomUUID();
        UUID round = UUID.randomUUID();
        MeasurementComputed.IndicatorResult opinion = new MeasurementComputed.IndicatorResult("IKU-09", "Opini BPK",
                "S1", Polarity.HIGHER_IS_BETTER, BigDecimal.valueOf(3), null, BigDecimal.valueOf(2), new BigDecimal("66.67"),
                "SEDANG", false, null, Aggregation.LAST, BigDecimal.valueOf(4), BigDecimal.valueOf(2), BigDecimal.valueOf(3),
                new BigDecimal("66.67"), new BigDecimal("50.00"), "SEKRETARIAT", "Temuan aset", "WDP", "TW", "SEDANG",
                "SANGAT_RENDAH", "predikat");
        f.send(EventTypes.Topics.MEASUREMENTS, EventTypes.MEASUREMENT_COMPUTED, round.toString(), new MeasurementComputed(id,
                1, round, f.agency, ReportingFixtures.REGION, ReportingFixtures.PROVINCE, 2026, "Q1", OffsetDateTime.now(),
                new BigDecimal("66.67"), "SEDANG", 0, 1, List.of(new MeasurementComputed.SasaranResult("S1",
                        new BigDecimal("66.67"), "SEDANG", 0, 1)), List.of(opinion), List.of(), 1,
                MeasurementComputed.BY_RECAP));
        String kepala = TestJwt.as("kepala").agency(f.agency).mint();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/documents/measurement/{id}?format=json", id).then().statusCode(200));
        String text = Pdfs.text(given().auth().oauth2(kepala).get("/documents/measurement/{id}?format=pdf", id).then()
                .statusCode(200).extract().asByteArray());
        assertThat(text).contains("IKU-09", "WDP", "TW");
    }

    @Test
    void reportsNeedARegisteredAgencyOfTheCaller() {
        for (String claim : List.of("", "   ", "NO-SUCH-AGENCY")) {
            given().auth().oauth2(TestJwt.as("kepala").subject("kepala-x").agency(claim).mint()).contentType(ContentType.JSON)
                    .body(Map.of("kind", "MEASUREMENT_REPORT", "subjectId", UUID.randomUUID().toString())).post("/reports")
                    .then().statusCode(403);
        }
        given().auth().oauth2(TestJwt.as("kepala").subject("kepala-none").mint()).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEASUREMENT_REPORT", "subjectId", UUID.randomUUID().toString())).post("/reports")
                .then().statusCode(403);
    }
}
