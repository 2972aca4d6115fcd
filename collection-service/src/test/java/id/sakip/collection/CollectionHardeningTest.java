package id.sakip.collection;

import static id.sakip.collection.CollectionFixtures.as;
import static id.sakip.collection.CollectionFixtures.asUnit;
import static id.sakip.collection.CollectionFixtures.newAgencyCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.collection.CollectionFixtures.AgreementEvent;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestFiles;
import id.sakip.testsupport.TestJwt;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What an outside probe broke in collection-service (issue 13): numbers at the driver's limits (a
 * 500, then a broken pooled connection), values rounded to 4 decimals, writes by tokens naming no
 * registered agency, ambiguous spreadsheet numbers, and predicate indicators that could not be
 * filled with their labels.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "collection"))
class CollectionHardeningTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    @Inject
    ObjectMapper mapper;

    private String roundWith(AgreementEvent pk, String agency, String period) {
        pk.send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=" + pk.year).then().body("total", equalTo(1)));
        return CollectionFixtures.openRound(agency, pk.year, period);
    }

    private static String formOf(String agency, String round, String unit) {
        return given().auth().oauth2(as("tim-sakip", agency)).get("/rounds/{id}/forms", round).then().extract().jsonPath()
                .getString("find { it.unitCode == '" + unit + "' }.id");
    }

    @Test
    void numbersAtTheDriversLimitsAre422TheNextRequestWorksAndValuesAreExact() {
        String agency = newAgencyCode();
        String round = roundWith(new AgreementEvent(agency)
                .item("IKU-01", "indeks", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25"), agency, "Q1");
        String form = formOf(agency, round, "SEKRETARIAT");
        String unit = asUnit("unit", agency, "SEKRETARIAT");
        for (String n : List.of("1e-1000000", "1e1000000", "-0.00000001", "12.3456789")) {
            given().auth().oauth2(unit).contentType(ContentType.JSON)
                    .body("{\"version\":0,\"rows\":[{\"indicatorCode\":\"IKU-01\",\"realisasi\":" + n + "}]}")
                    .put("/forms/{id}", form).then().statusCode(422).body("errors[0].field", equalTo("rows[0].realisasi"));
            // the pool's connections are all still good: the very next save works
        }
        for (String exact : List.of("12.345678", "0.00004")) {
            long version = given().auth().oauth2(unit).get("/forms/{id}", form).then().extract().jsonPath().getLong("version");
            given().auth().oauth2(unit).contentType(ContentType.JSON)
                    .body("{\"version\":" + version + ",\"rows\":[{\"indicatorCode\":\"IKU-01\",\"realisasi\":" + exact + "}]}")
                    .put("/forms/{id}", form).then().statusCode(200);
            String stored = given().auth().oauth2(unit).get("/forms/{id}", form).then().extract().asString();
            assertThat(stored).contains("\"realisasi\":" + exact);
        }
    }

    @Test
    void writesNeedARegisteredAgencyOfTheCaller() {
        String agency = newAgencyCode();
        new AgreementEvent(agency).item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
        Object steps = given().auth().oauth2(as("tim-sakip", agency)).get("/sop-templates/collection").then().statusCode(200)
                .extract().path("steps");
        for (String claim : List.of("", "   ", "NO-SUCH-AGENCY")) {
            String kepala = TestJwt.as("kepala").subject("kepala-x").agency(claim).mint();
            given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("year", 2026, "period", "Q1"))
                    .post("/rounds").then().statusCode(403).contentType(containsString("problem+json"));
            given().auth().oauth2(kepala).contentType(ContentType.JSON)
                    .body(Map.of("name", "SOP varian", "steps", steps)).put("/sop-templates/collection").then()
                    .statusCode(403);
        }
        String none = TestJwt.as("kepala").subject("kepala-none").mint();
        given().auth().oauth2(none).contentType(ContentType.JSON).body(Map.of("year", 2026, "period", "Q1")).post("/rounds")
                .then().statusCode(403);
        // provinsi: another province's template is not there; an unknown agency neither
        given().auth().oauth2(TestJwt.as("provinsi").province("33").mint()).get("/sop-templates/collection?agencyCode="
                + agency).then().statusCode(404);
        given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()).get("/sop-templates/collection?agencyCode="
                + agency).then().statusCode(200);
        given().auth().oauth2(TestJwt.as("provinsi").province("15").mint())
                .get("/sop-templates/collection?agencyCode=NO-SUCH-AGENCY").then().statusCode(404);
        given().auth().oauth2(as("kepala", agency)).get("/rounds").then().body("total", equalTo(0));
    }

    @Test
    void anAgencyRegisteredInIndicatorServiceIsLearnedFromItsEvent() {
        String agency = "KEC-" + UUID.randomUUID().toString().substring(0, 8);
        String kepala = as("kepala", agency);
        new AgreementEvent(agency).item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
        // the PK has arrived, but the agency is not known yet: its head cannot order a round
        given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("year", 2026, "period", "Q1"))
                .post("/rounds").then().statusCode(403);
        String registered = "{\"agencyCode\":\"" + agency + "\",\"regionCode\":\"1506\",\"provinceCode\":\"15\","
                + "\"name\":\"Kecamatan Baru\",\"type\":\"KECAMATAN\"}";
        // the same event from a source that is not indicator-service is refused (and counted), not learned
        double refused = refusedAgencyEvents();
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.AGENCIES, UUID.randomUUID(),
                EventTypes.AGENCY_REGISTERED, "/sakip/collection-service", agency, new EventScope(agency, "1506", "15"),
                registered));
        await().atMost(Duration.ofSeconds(20)).until(() -> refusedAgencyEvents() > refused);
        given().auth().oauth2(kepala).contentType(ContentType.JSON).body(Map.of("year", 2026, "period", "Q1"))
                .post("/rounds").then().statusCode(403);
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.AGENCIES, UUID.randomUUID(),
                EventTypes.AGENCY_REGISTERED, agency, new EventScope(agency, "1506", "15"), registered));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "period", "Q1")).post("/rounds").then().statusCode(201));
    }

    private static double refusedAgencyEvents() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("sakip_events_refused_total{")
                && l.contains("consumer=\"agency-directory\"")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void anAmbiguousNumberInTheWorkbookIsRefusedWithItsCellNamed() throws Exception {
        String agency = newAgencyCode();
        String round = roundWith(new AgreementEvent(agency)
                .item("IKU-01", "berkas", "HIGHER_IS_BETTER", "SEKRETARIAT", "9000", "2000", "2000", "2500", "2500"), agency,
                "Q1");
        String form = formOf(agency, round, "SEKRETARIAT");
        String unit = asUnit("unit", agency, "SEKRETARIAT");
        byte[] xlsx = given().auth().oauth2(unit).get("/forms/{id}/xlsx", form).then().statusCode(200).extract().asByteArray();
        given().auth().oauth2(unit).contentType(XLSX).body(realisasi(xlsx, "1.250")).put("/forms/{id}/xlsx", form).then()
                .statusCode(422).body("errors[0].field", equalTo("I8"))
                .body("errors[0].message", containsString("ambiguous"));
        given().auth().oauth2(unit).get("/forms/{id}", form).then().body("rows[0].realisasi", equalTo(null));
        given().auth().oauth2(unit).contentType(XLSX).body(realisasi(xlsx, "2.150,5")).put("/forms/{id}/xlsx", form).then()
                .statusCode(200).body("rows[0].realisasi", equalTo(2150.5f));
    }

    @Test
    void aPredicateIndicatorIsFilledWithItsLabelsAndNothingOffItsScale() throws Exception {
        String agency = newAgencyCode();
        String round = roundWith(new AgreementEvent(agency).opinion("IKU-09", "SEKRETARIAT", 4, 3, 3, 4, 4), agency, "Q1");
        String form = formOf(agency, round, "SEKRETARIAT");
        String unit = asUnit("unit", agency, "SEKRETARIAT");
        given().auth().oauth2(unit).get("/forms/{id}", form).then().body("rows[0].periodTargetLabel", equalTo("WDP"))
                .body("rows[0].predicateScale.label", equalTo(List.of("WTP", "WDP", "TW", "TMP")));
        // off the scale: a number it does not hold, a label it does not have, a label and a number that disagree
        for (String row : List.of("{\"indicatorCode\":\"IKU-09\",\"realisasi\":7}",
                "{\"indicatorCode\":\"IKU-09\",\"realisasi\":2.5}", "{\"indicatorCode\":\"IKU-09\",\"realisasiLabel\":\"BAIK\"}",
                "{\"indicatorCode\":\"IKU-09\",\"realisasi\":4,\"realisasiLabel\":\"WDP\"}")) {
            given().auth().oauth2(unit).contentType(ContentType.JSON).body("{\"version\":0,\"rows\":[" + row + "]}")
                    .put("/forms/{id}", form).then().statusCode(422).body("errors[0].field", equalTo("rows[0].realisasi"));
        }
        // the workbook shows labels, and takes one
        byte[] xlsx = given().auth().oauth2(unit).get("/forms/{id}/xlsx", form).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(new DataFormatter().formatCellValue(wb.getSheet("Formulir").getRow(7).getCell(6))).isEqualTo("WDP");
        }
        given().auth().oauth2(unit).contentType(XLSX).body(realisasi(xlsx, "wtp")).put("/forms/{id}/xlsx", form).then()
                .statusCode(200).body("rows[0].realisasi", equalTo(4)).body("rows[0].realisasiLabel", equalTo("WTP"));
        // and the JSON form takes a label too
        given().auth().oauth2(unit).contentType(ContentType.JSON)
                .body("{\"version\":1,\"rows\":[{\"indicatorCode\":\"IKU-09\",\"realisasiLabel\":\"WDP\"}]}")
                .put("/forms/{id}", form).then().statusCode(200).body("rows[0].realisasi", equalTo(3));
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", 2)).post("/forms/{id}/submit", form)
                .then().statusCode(200);
        long v = given().auth().oauth2(as("tim-sakip", agency)).get("/rounds/{id}", round).then().extract().jsonPath()
                .getLong("version");
        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/rounds/{id}/recap", round).then().statusCode(200);
        v = CollectionFixtures.step(as("tim-sakip", agency), round, "REPORT_RECAP", Map.of());
        given().auth().oauth2(as("sekretaris", agency)).contentType(ContentType.JSON).body(Map.of("version", v))
                .post("/rounds/{id}/recap/approve", round).then().statusCode(200);
        List<ConsumerRecord<String, String>> approved = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.ROUNDS, r -> round.equals(r.key()) && r.value().contains("\"approvedBy\""), 1,
                Duration.ofSeconds(20));
        JsonPath recap = new JsonPath(approved.get(0).value());
        assertThat(recap.getString("rows[0].realisasiLabel")).isEqualTo("WDP");
        assertThat(recap.getList("rows[0].predicateScale.label")).containsExactly("WTP", "WDP", "TW", "TMP");
    }

    /** The workbook with I8 (the first row's Realisasi) typed as text. */
    private static byte[] realisasi(byte[] xlsx, String text) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Formulir");
            s.getRow(7).getCell(8).setCellValue(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A file is what a real parser reads it as: HTML behind a PDF header, a truncated PDF, a fake PNG are refused. */
    @Test
    void anAttachmentIsCheckedWithARealParserAndServedAsItIs() {
        String agency = newAgencyCode();
        String round = roundWith(new AgreementEvent(agency)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25"), agency, "Q1");
        String team = as("tim-sakip", agency);
        byte[] real = TestFiles.pdf("notulen");
        List<byte[]> fakes = List.of("%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF".getBytes(),
                java.util.Arrays.copyOf(real, real.length / 2));
        for (byte[] fake : fakes) {
            given().auth().oauth2(team).contentType("application/pdf").body(fake).queryParam("fileName", "notulen.pdf")
                    .post("/rounds/{id}/attachments", round).then().statusCode(422).body("errors[0].field", equalTo("file"));
        }
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, '<', 'h', 't', 'm', 'l', '>' };
        given().auth().oauth2(team).contentType("image/png").body(png).queryParam("fileName", "foto.png")
                .post("/rounds/{id}/attachments", round).then().statusCode(422);
        String id = given().auth().oauth2(team).contentType("application/pdf").body(real).queryParam("fileName", "notulen.pdf")
                .post("/rounds/{id}/attachments", round).then().statusCode(201).extract().path("id");
        given().auth().oauth2(team).get("/rounds/{id}/attachments/{a}", round, id).then().statusCode(200)
                .contentType("application/pdf").header("X-Content-Type-Options", "nosniff");
        given().auth().oauth2(team).get("/rounds/{id}/attachments", round).then().body("size()", equalTo(1));
    }
}
