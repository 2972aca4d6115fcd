package id.sakip.measurement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.AgreementKind;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * With the PK's targets for every period, measurement scores each indicator to date by its
 * aggregation rule, rolls up through tujuan, recomputes when the PK is revised, and follows the
 * agency's capaian settings.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "measurement"))
class MeasurementToDateTest {
    @Inject
    ObjectMapper mapper;

    /** Builds a HEAD PerformanceAgreementSigned/Revised for measurement-service. */
    static final class Pk {
        final UUID id = UUID.randomUUID();
        final String agency;
        final int version;
        final UUID supersedes;
        final List<PerformanceAgreementSigned.Item> items = new ArrayList<>();

        Pk(String agency, int version, UUID supersedes) {
            this.agency = agency;
            this.version = version;
            this.supersedes = supersedes;
        }

        Pk item(String code, String tujuan, String sasaran, String polarity, String aggregation, String annual,
                String... quarters) {
            items.add(new PerformanceAgreementSigned.Item(code, "Indikator " + code, "IKU", sasaran, "angka", Polarity.valueOf(polarity),
                    Aggregation.valueOf(aggregation), "QUARTERLY", "SEKRETARIAT", new BigDecimal(annual),
                    Arrays.stream(quarters).map(BigDecimal::new).toList(), null, null, null, null, null, tujuan, null, null));
            return this;
        }

        void send(ObjectMapper mapper) throws Exception {
            PerformanceAgreementSigned e = new PerformanceAgreementSigned(id, agency, "1506", "15", 2026, version, AgreementKind.HEAD,
                    null, supersedes, OffsetDateTime.now(), new PerformanceAgreementSigned.Signatory("Camat", null, "Camat"),
                    items);
            TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.AGREEMENTS,
                    UUID.randomUUID(), supersedes == null ? EventTypes.AGREEMENT_SIGNED : EventTypes.AGREEMENT_REVISED,
                    agency + "/2026/HEAD", new EventScope(agency, "1506", "15"), mapper.writeValueAsString(e)));
        }
    }

    private void recap(String agency, UUID round, String period, String iku1, String iku2, String iku3) throws Exception {
        List<RecapApproved.Row> rows = List.of(row("IKU-01", "S1", "HIGHER_IS_BETTER", iku1),
                row("IKU-02", "S2", "HIGHER_IS_BETTER", iku2), row("IKU-03", "S3", "LOWER_IS_BETTER", iku3));
        RecapApproved r = new RecapApproved(round, agency, "1506", "15", 2026, period, UUID.randomUUID(), 1, 1,
                "sekretaris", OffsetDateTime.now(), rows);
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                EventTypes.RECAP_APPROVED, round.toString(), new EventScope(agency, "1506", "15"),
                mapper.writeValueAsString(r)));
    }

    /** The recap's own targets are deliberately off (1): the PK's targets are the ones used. */
    private static RecapApproved.Row row(String code, String sasaran, String polarity, String realisasi) {
        return new RecapApproved.Row(code, "Indikator " + code, sasaran, "angka", Polarity.valueOf(polarity), "SEKRETARIAT", BigDecimal.ONE,
                BigDecimal.ONE, new BigDecimal(realisasi), "Keterangan " + code, null, null);
    }

    private static JsonPath current(String token, UUID round) {
        return given().auth().oauth2(token).get("/measurements?roundId=" + round).then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void indicatorsAreScoredToDateRolledUpThroughTujuanAndRecomputedWhenThePkIsRevised() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        String kepala = TestJwt.as("kepala").subject("camat").agency(agency).mint();
        Pk v1 = new Pk(agency, 1, null)
                .item("IKU-01", "T1 Pelayanan prima", "S1", "HIGHER_IS_BETTER", "CUMULATIVE", "40", "10", "10", "10", "10")
                .item("IKU-02", "T1 Pelayanan prima", "S2", "HIGHER_IS_BETTER", "AVERAGE", "80", "80", "80", "80", "80")
                .item("IKU-03", "T2 Tata kelola", "S3", "LOWER_IS_BETTER", "LAST", "4", "5", "5", "4", "4");
        v1.send(mapper);
        UUID q1 = UUID.randomUUID();
        UUID q2 = UUID.randomUUID();
        recap(agency, q1, "Q1", "12", "76", "5");
        // the PK and the recap come on different topics: whichever is first, the current version uses PK v1
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(current(kepala, q1)
                .getObject("items[0].agreementVersion", Integer.class)).isEqualTo(1));
        recap(agency, q2, "Q2", "9", "84", "4.5");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(current(kepala, q2).getInt("total")).isEqualTo(1));

        JsonPath m = current(kepala, q2);
        // IKU-01 kumulatif: 9/10 = 90.00 this quarter; to date 12+9 = 21 against 20 = 105.00; of the year 21/40 = 52.50
        assertThat(m.getList("items[0].indicators.capaian", Float.class)).containsExactly(90f, 105f, 110f);
        assertThat(m.getFloat("items[0].indicators[0].realisasiToDate")).isEqualTo(21f);
        assertThat(m.getFloat("items[0].indicators[0].targetToDate")).isEqualTo(20f);
        assertThat(m.getFloat("items[0].indicators[0].capaianToDate")).isEqualTo(105f);
        assertThat(m.getFloat("items[0].indicators[0].capaianOfYear")).isEqualTo(52.5f);
        // IKU-02 rata-rata: (76+84)/2 = 80 against 80 = 100.00; IKU-03 posisi akhir, lower is better:
        // this quarter (2x5 - 4.5)/5 = 110.00; of the year against 4: (2x4 - 4.5)/4 = 87.50
        assertThat(m.getFloat("items[0].indicators[1].capaianToDate")).isEqualTo(100f);
        assertThat(m.getFloat("items[0].indicators[2].capaianToDate")).isEqualTo(110f);
        assertThat(m.getFloat("items[0].indicators[2].capaianOfYear")).isEqualTo(87.5f);
        // roll-up: T1 = (S1 90 + S2 105) / 2 = 97.50; T2 = S3 110; the agency (97.5 + 110) / 2 = 103.75
        assertThat(m.getList("items[0].tujuan.tujuan")).containsExactly("T1 Pelayanan prima", "T2 Tata kelola");
        assertThat(m.getList("items[0].tujuan.capaian", Float.class)).containsExactly(97.5f, 110f);
        assertThat(m.getFloat("items[0].averageCapaian")).isEqualTo(103.75f);
        assertThat(m.getString("items[0].sasaran[0].tujuan")).isEqualTo("T1 Pelayanan prima");
        String tree = given().auth().oauth2(kepala).get("/measurements/{id}/tree", m.getString("items[0].id")).then()
                .statusCode(200).extract().asString();
        assertThat(new JsonPath(tree).getList("children.level")).containsOnly("TUJUAN");
        assertThat(new JsonPath(tree).getList("children[0].children.name")).containsExactly("S1", "S2");

        // PK Perubahan: IKU-01's Q2 target falls to 8 -> both quarters are recomputed as new versions
        new Pk(agency, 2, v1.id)
                .item("IKU-01", "T1 Pelayanan prima", "S1", "HIGHER_IS_BETTER", "CUMULATIVE", "40", "10", "8", "11", "11")
                .item("IKU-02", "T1 Pelayanan prima", "S2", "HIGHER_IS_BETTER", "AVERAGE", "80", "80", "80", "80", "80")
                .item("IKU-03", "T2 Tata kelola", "S3", "LOWER_IS_BETTER", "LAST", "4", "5", "5", "4", "4")
                .send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(current(kepala, q2)
                .getObject("items[0].agreementVersion", Integer.class)).isEqualTo(2));
        JsonPath revised = current(kepala, q2);
        assertThat(revised.getString("items[0].trigger")).isEqualTo("AGREEMENT_REVISED");
        // 9/8 = 112.50; to date 21 against 18 = 116.67; T1 (112.5 + 105)/2 = 108.75; agency (108.75 + 110)/2 = 109.38
        assertThat(revised.getFloat("items[0].indicators[0].capaian")).isEqualTo(112.5f);
        assertThat(revised.getFloat("items[0].indicators[0].capaianToDate")).isEqualTo(116.67f);
        assertThat(revised.getFloat("items[0].averageCapaian")).isEqualTo(109.38f);
        assertThat(current(kepala, q1).getObject("items[0].agreementVersion", Integer.class)).isEqualTo(2);
        // earlier versions stay readable
        given().auth().oauth2(kepala).get("/measurements?roundId=" + q2 + "&allVersions=true").then()
                .body("items.versionNo", hasItem(1)).body("items.versionNo", hasItem(2));

        List<ConsumerRecord<String, String>> events = TopicReader.all(SharedKafka.bootstrapServers(),
                EventTypes.Topics.MEASUREMENTS, r -> q2.toString().equals(r.key()), Duration.ofSeconds(3));
        assertThat(events).isNotEmpty();
        for (ConsumerRecord<String, String> e : events) {
            assertThat(EventSchemas.violations(TopicReader.header(e, CloudEventHeaders.TYPE), e.value())).isEmpty();
        }
        JsonPath last = new JsonPath(events.get(events.size() - 1).value());
        assertThat(last.getString("trigger")).isEqualTo("AGREEMENT_REVISED");
        assertThat(last.getFloat("indicators[0].capaianToDate")).isEqualTo(116.67f);
        assertThat(last.getString("indicators[0].tujuan")).isEqualTo("T1 Pelayanan prima");
    }

    @Test
    void anAgencyChoosesItsLowerIsBetterMethodAndBands() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        String sekretaris = TestJwt.as("sekretaris").subject("sekcam").agency(agency).mint();
        given().auth().oauth2(sekretaris).get("/agencies/{c}/capaian-settings", agency).then().statusCode(200)
                .body("lowerIsBetter", equalTo("OFFICIAL")).body("defaults", equalTo(true))
                .body("bands.minimum", equalTo(List.of(91, 76, 66, 51, 0)));
        Map<String, Object> noZero = Map.of("lowerIsBetter", "RATIO", "rollUp", "AVERAGE_OF_CHILDREN",
                "bands", List.of(Map.of("minimum", 90, "category", "BAIK")));
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(noZero)
                .put("/agencies/{c}/capaian-settings", agency).then().statusCode(422).body("errors[0].field", equalTo("bands"));
        Map<String, Object> ratio = Map.of("lowerIsBetter", "RATIO", "rollUp", "AVERAGE_OF_CHILDREN", "cap", 120,
                "bands", List.of(Map.of("minimum", 100, "category", "TERCAPAI"), Map.of("minimum", 0, "category", "TIDAK_TERCAPAI")));
        given().auth().oauth2(TestJwt.as("tim-sakip").agency(agency).mint()).contentType(ContentType.JSON).body(ratio)
                .put("/agencies/{c}/capaian-settings", agency).then().statusCode(403);
        given().auth().oauth2(TestJwt.as("sekretaris").agency("OTHER").mint()).contentType(ContentType.JSON).body(ratio)
                .put("/agencies/{c}/capaian-settings", agency).then().statusCode(404);
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(ratio)
                .put("/agencies/{c}/capaian-settings", agency).then().statusCode(200).body("defaults", equalTo(false))
                .body("version", equalTo(0));
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(ratio)
                .put("/agencies/{c}/capaian-settings", agency).then().statusCode(422).body("errors[0].field", equalTo("version"));

        UUID round = UUID.randomUUID();
        recap(agency, round, "Q1", "30", "80", "5");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(current(sekretaris, round).getInt("total"))
                .isEqualTo(1));
        JsonPath m = current(sekretaris, round);
        // no PK here: the recap's targets (1). IKU-01 30/1 = 3000 capped at 120; IKU-03 by RATIO 1/5 = 20.00
        assertThat(m.getList("items[0].indicators.capaian", Float.class)).containsExactly(120f, 120f, 20f);
        assertThat(m.getList("items[0].indicators.category")).containsExactly("TERCAPAI", "TERCAPAI", "TIDAK_TERCAPAI");
        given().auth().oauth2(sekretaris).get("/measurements/{id}/worksheet", m.getString("items[0].id")).then()
                .body("rows[2].formula", equalTo("target / realisasi × 100"));
    }
}
