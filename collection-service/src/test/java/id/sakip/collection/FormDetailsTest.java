package id.sakip.collection;

import static id.sakip.collection.CollectionFixtures.as;
import static id.sakip.collection.CollectionFixtures.asUnit;
import static id.sakip.collection.CollectionFixtures.newAgencyCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.collection.CollectionFixtures.AgreementEvent;
import id.sakip.collection.deadline.DeadlineWatch;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestFiles;
import id.sakip.testsupport.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Deadlines, the Excel round trip, monthly rounds and evidence. */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "collection"))
class FormDetailsTest {
    @Inject
    ObjectMapper mapper;
    @Inject
    DeadlineWatch watch;
    @Inject
    EntityManager em;

    private void agreement(String agency) {
        new AgreementEvent(agency)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .item("IKU-03", "orang", "HIGHER_IS_BETTER", "SEKRETARIAT", "400", "100", "100", "100", "100")
                .item("IKU-02", "dokumen", "HIGHER_IS_BETTER", "SEKSI-PEM", "40", "10", "10", "10", "10")
                .send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
    }

    private static String formOf(String team, String round, String unit) {
        return CollectionSopTest.formOf(given().auth().oauth2(team).get("/rounds/{id}/forms", round).then().extract()
                .jsonPath().getList("$"), unit);
    }

    @Test
    void deadlinesAreAnnouncedOnceBeforeAndOnceAfterAndTheRecapShowsWhoIsLate() {
        String agency = newAgencyCode();
        agreement(agency);
        String team = as("tim-sakip", agency);
        String round = given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "Q1")).post("/rounds").then().statusCode(201).extract().path("id");
        CollectionFixtures.step(as("sekretaris", agency), round, "BRIEFING", Map.of());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // a deadline must lie ahead
        given().auth().oauth2(team).contentType(ContentType.JSON).body(Map.of("version",
                given().auth().oauth2(team).get("/rounds/{id}", round).then().extract().jsonPath().getLong("version"),
                "submissionDeadline", now.minusHours(1).toString())).post("/rounds/{id}/steps/PLAN", round).then()
                .statusCode(422).body("errors[0].field", equalTo("submissionDeadline"));
        CollectionFixtures.step(team, round, "PLAN", Map.of("submissionDeadline", now.plusDays(10).toString(),
                "unitDeadlines", Map.of("SEKRETARIAT", now.plusHours(2).toString())));
        CollectionFixtures.step(team, round, "DOCUMENTS", Map.of());
        CollectionFixtures.step(team, round, "PREPARE_FORMS", Map.of());
        CollectionFixtures.step(team, round, "DISTRIBUTE", Map.of());
        String sek = formOf(team, round, "SEKRETARIAT");
        String pem = formOf(team, round, "SEKSI-PEM");

        // the Sekretariat's deadline is two hours away: within the one-day warning, announced once
        assertThat(watch.check(now)).isGreaterThanOrEqualTo(1);
        assertThat(notices(round)).containsExactly(EventTypes.SUBMISSION_DEADLINE_APPROACHING + " " + sek);
        watch.check(now.plusMinutes(5));
        // three hours later it has passed: overdue, once; the Seksi's deadline is still far
        watch.check(now.plusHours(3));
        watch.check(now.plusHours(4));
        List<String> expected = List.of(EventTypes.SUBMISSION_DEADLINE_APPROACHING + " " + sek,
                EventTypes.SUBMISSION_OVERDUE + " " + sek);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notices(round)).containsExactlyElementsOf(expected));
        for (ConsumerRecord<String, String> e : deadlineEvents(round)) {
            assertThat(EventSchemas.violations(TopicReader.header(e, CloudEventHeaders.TYPE), e.value())).isEmpty();
            assertThat(new JsonPath(e.value()).getString("unitCode")).isEqualTo("SEKRETARIAT");
        }

        // time passes (the deadline moved into the past): the recap names the late unit
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update collection_form set deadline = now() - interval '1 hour' where id = :id")
                .setParameter("id", UUID.fromString(sek)).executeUpdate());
        given().auth().oauth2(team).get("/rounds/{id}/recap", round).then().statusCode(200)
                .body("notSubmitted", equalTo(List.of("SEKRETARIAT", "SEKSI-PEM")))
                .body("late", equalTo(List.of("SEKRETARIAT")))
                .body("units.find { it.unitCode == 'SEKRETARIAT' }.late", equalTo(true));
        String unit = asUnit("unit", agency, "SEKRETARIAT");
        long v = given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", version(unit, sek),
                "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 21), Map.of("indicatorCode", "IKU-03",
                        "realisasi", 120)))).put("/forms/{id}", sek).then().statusCode(200).extract().jsonPath().getLong("version");
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", v)).post("/forms/{id}/submit", sek)
                .then().statusCode(200);
        // submitted after its deadline: still late, no longer pending; a submitted form gets no notice
        given().auth().oauth2(team).get("/rounds/{id}/recap", round).then()
                .body("notSubmitted", equalTo(List.of("SEKSI-PEM"))).body("late", equalTo(List.of("SEKRETARIAT")));
        given().auth().oauth2(team).get("/rounds/{id}", round).then()
                .body("forms.find { it.unitCode == 'SEKRETARIAT' }.late", equalTo(true))
                .body("forms.find { it.unitCode == 'SEKSI-PEM' }.late", equalTo(false));
        assertThat(pem).isNotNull();
    }

    private static long version(String token, String form) {
        return given().auth().oauth2(token).get("/forms/{id}", form).then().extract().jsonPath().getLong("version");
    }

    private static List<ConsumerRecord<String, String>> deadlineEvents(String round) {
        return TopicReader.all(SharedKafka.bootstrapServers(), EventTypes.Topics.ROUNDS, r -> round.equals(r.key())
                && TopicReader.header(r, CloudEventHeaders.TYPE).contains("Submission"), Duration.ofSeconds(3));
    }

    private static List<String> notices(String round) {
        return deadlineEvents(round).stream().map(r -> TopicReader.header(r, CloudEventHeaders.TYPE) + " "
                + new JsonPath(r.value()).getString("formId")).toList();
    }

    @Test
    void aUnitListsItsOwnFormsAcrossRoundsAndNoOneElses() {
        String agency = newAgencyCode();
        agreement(agency);
        String team = as("tim-sakip", agency);
        String q2 = CollectionFixtures.openRound(agency, 2026, "Q2");
        String q3 = CollectionFixtures.openRound(agency, 2026, "Q3");
        String unit = asUnit("unit", agency, "SEKRETARIAT");
        given().auth().oauth2(unit).get("/forms?mine=true&sort=deadline").then().statusCode(200)
                .body("total", equalTo(2)).body("items.unitCode", everyItem(equalTo("SEKRETARIAT")))
                .body("items.roundId", containsInAnyOrder(q2, q3));
        given().auth().oauth2(unit).get("/forms?mine=true&roundId=" + q3).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(formOf(team, q3, "SEKRETARIAT")));
        given().auth().oauth2(asUnit("unit", agency, "SEKSI-PEM")).get("/forms?mine=true&status=SUBMITTED").then()
                .statusCode(200).body("total", equalTo(0));
        // Tim SAKIP sees every unit's forms of its agency; "mine" needs a unit in the token
        given().auth().oauth2(team).get("/forms?size=100").then().statusCode(200).body("total", equalTo(4));
        given().auth().oauth2(team).get("/forms?mine=true").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("mine"));
        // another agency's unit sees none of them
        given().auth().oauth2(asUnit("unit", newAgencyCode(), "SEKRETARIAT")).get("/forms?roundId=" + q2).then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aFormRoundTripsThroughExcelAndABadWorkbookIsRefusedCellByCellWithNothingSaved() throws Exception {
        String agency = newAgencyCode();
        agreement(agency);
        String team = as("tim-sakip", agency);
        String unit = asUnit("unit", agency, "SEKRETARIAT");
        String round = CollectionFixtures.openRound(agency, 2026, "Q2");
        String form = formOf(team, round, "SEKRETARIAT");

        byte[] xlsx = given().auth().oauth2(unit).get("/forms/{id}/xlsx", form).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        DataFormatter fmt = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Formulir");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("FORMULIR PENGUMPULAN DATA CAPAIAN KINERJA");
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Periode: Triwulan II Tahun 2026");
            assertThat(fmt.formatCellValue(s.getRow(6).getCell(8))).isEqualTo("Realisasi Triwulan II");
            assertThat(fmt.formatCellValue(s.getRow(6).getCell(7))).isEqualTo("Target s.d. Triwulan II");
            assertThat(fmt.formatCellValue(s.getRow(7).getCell(2))).isEqualTo("IKU-01");
            assertThat(s.getRow(7).getCell(6).getNumericCellValue()).isEqualTo(20.0);
            // kumulatif: the target to date is Q1 + Q2
            assertThat(s.getRow(7).getCell(7).getNumericCellValue()).isEqualTo(40.0);
            assertThat(fmt.formatCellValue(s.getRow(8).getCell(2))).isEqualTo("IKU-03");
        }

        // a bad workbook: text in one value, a percentage over 100 in another -> both cells named, nothing saved
        byte[] bad = fill(xlsx, "banyak", null, 150.0, "Kegiatan tertunda");
        given().auth().oauth2(unit).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(bad).put("/forms/{id}/xlsx", form).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("I8")));
        byte[] bad2 = fill(xlsx, null, 150.0, null, null);
        given().auth().oauth2(unit).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(fill(bad2, null, null, -3.0, null)).put("/forms/{id}/xlsx", form).then().statusCode(422)
                .body("errors.field", hasItems("I8", "I9"));
        given().auth().oauth2(unit).get("/forms/{id}", form).then().body("rows[0].realisasi", equalTo(null))
                .body("rows[1].realisasi", equalTo(null));
        // not a workbook at all
        given().auth().oauth2(unit).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body("this is not a spreadsheet".getBytes()).put("/forms/{id}/xlsx", form).then().statusCode(422)
                .body("errors[0].field", equalTo("file"));

        // the good workbook is saved
        byte[] good = fill(xlsx, null, 38.5, 210.0, "Termasuk kegiatan posyandu");
        given().auth().oauth2(unit).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(good).put("/forms/{id}/xlsx", form).then().statusCode(200)
                .body("rows[0].realisasi", equalTo(38.5f)).body("rows[1].realisasi", equalTo(210))
                .body("rows[1].keterangan", equalTo("Termasuk kegiatan posyandu"));
        // uploading the same (now outdated) workbook again is refused: someone saved since it was downloaded
        given().auth().oauth2(unit).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(good).put("/forms/{id}/xlsx", form).then().statusCode(409)
                .body("type", equalTo("https://sakip.id/problems/stale-version"));
        // a workbook of another form is refused
        String other = formOf(team, round, "SEKSI-PEM");
        given().auth().oauth2(team).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(good).put("/forms/{id}/xlsx", other).then().statusCode(422)
                .body("detail", containsString(form));
    }

    /** Fills the workbook's Realisasi (I8, I9) and the second row's Keterangan; a String is typed as text. */
    private static byte[] fill(byte[] xlsx, String textI8, Double i8, Double i9, String ketI9) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Formulir");
            if (textI8 != null) {
                s.getRow(7).getCell(8).setCellValue(textI8);
            }
            if (i8 != null) {
                s.getRow(7).getCell(8).setCellValue(i8);
            }
            if (i9 != null) {
                s.getRow(8).getCell(8).setCellValue(i9);
            }
            if (ketI9 != null) {
                s.getRow(8).getCell(9).setCellValue(ketI9);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aMonthlyRoundCollectsTheMonthlyIndicatorsAndRowsCarryTheirEvidence() {
        String agency = newAgencyCode();
        AgreementEvent pk = new AgreementEvent(agency)
                .item("IKU-02", "dokumen", "HIGHER_IS_BETTER", "SEKRETARIAT", "40", "10", "10", "10", "10");
        List<BigDecimal> months = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> BigDecimal.valueOf(m <= 6 ? 5 : 10)).toList();
        pk.items.add(new PerformanceAgreementSigned.Item("IKU-09", "Jumlah layanan administrasi", "IKU", "Sasaran 1",
                "layanan", Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE, "MONTHLY", "SEKRETARIAT", new BigDecimal("90"),
                List.of(new BigDecimal("15"), new BigDecimal("15"), new BigDecimal("30"), new BigDecimal("30")), months,
                null, null, null, null));
        pk.send(mapper);
        String team = as("tim-sakip", agency);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(team)
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
        String round = CollectionFixtures.openRound(agency, 2026, "M02");
        String form = formOf(team, round, "SEKRETARIAT");
        given().auth().oauth2(team).get("/forms/{id}", form).then().body("rows.size()", equalTo(1))
                .body("rows[0].indicatorCode", equalTo("IKU-09")).body("rows[0].periodTarget", equalTo(5))
                .body("rows[0].targetToDate", equalTo(10));
        given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "M13")).post("/rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));

        // evidence: a file of this round, or a link
        String unit = asUnit("unit", agency, "SEKRETARIAT");
        byte[] png = TestFiles.png();
        given().auth().oauth2(unit).contentType("text/plain").body("hello".getBytes()).queryParam("fileName", "a.txt")
                .post("/rounds/{id}/attachments", round).then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(unit).contentType("application/pdf").body(png).queryParam("fileName", "a.pdf")
                .post("/rounds/{id}/attachments", round).then().statusCode(422);
        given().auth().oauth2(unit).contentType("image/png").body(png).queryParam("fileName", "../etc/passwd")
                .post("/rounds/{id}/attachments", round).then().statusCode(422);
        String photo = given().auth().oauth2(unit).contentType("image/png").body(png)
                .queryParam("fileName", "foto-layanan.png").post("/rounds/{id}/attachments", round).then()
                .statusCode(201).body("sizeBytes", equalTo(png.length)).extract().path("id");
        byte[] back = given().auth().oauth2(team).get("/rounds/{id}/attachments/{a}", round, photo).then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(back).isEqualTo(png);
        String foreignRound = CollectionFixtures.openRound(agency, 2026, "M03");
        String foreign = given().auth().oauth2(unit).contentType("image/png").body(png).queryParam("fileName", "x.png")
                .post("/rounds/{id}/attachments", foreignRound).then().statusCode(201).extract().path("id");

        long v = version(unit, form);
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", v, "rows", List.of(Map.of(
                "indicatorCode", "IKU-09", "realisasi", 6, "evidence", List.of(Map.of("attachmentId", foreign))))))
                .put("/forms/{id}", form).then().statusCode(422);
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", v, "rows", List.of(Map.of(
                "indicatorCode", "IKU-09", "realisasi", 6, "evidence", List.of(Map.of("attachmentId", photo,
                        "url", "https://drive.example.id/x"))))))
                .put("/forms/{id}", form).then().statusCode(422).body("errors[0].field", equalTo("rows[0].evidence[0]"));
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", v, "rows", List.of(Map.of(
                "indicatorCode", "IKU-09", "realisasi", 6, "evidence", List.of(Map.of("url", "javascript:alert(1)"))))))
                .put("/forms/{id}", form).then().statusCode(400);
        given().auth().oauth2(unit).get("/forms/{id}", form).then().body("version", equalTo((int) v))
                .body("rows[0].evidence.size()", equalTo(0));
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", v, "rows", List.of(Map.of(
                "indicatorCode", "IKU-09", "realisasi", 6, "evidence", List.of(Map.of("attachmentId", photo,
                        "label", "Foto pelayanan"), Map.of("url", "https://drive.example.id/rekap-februari",
                                "label", "Rekap Februari"))))))
                .put("/forms/{id}", form).then().statusCode(200)
                .body("rows[0].evidence[0].fileName", equalTo("foto-layanan.png"))
                .body("rows[0].evidence[1].url", equalTo("https://drive.example.id/rekap-februari"));
        // saving again without evidence keeps it
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", v + 1, "rows", List.of(Map.of(
                "indicatorCode", "IKU-09", "realisasi", 7)))).put("/forms/{id}", form).then().statusCode(200)
                .body("rows[0].evidence.size()", equalTo(2)).body("rows[0].realisasi", equalTo(7));
    }
}
