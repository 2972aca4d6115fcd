package id.sakip.indicator;

import static id.sakip.indicator.IndicatorFixtures.as;
import static id.sakip.indicator.IndicatorFixtures.defineIndicator;
import static id.sakip.indicator.IndicatorFixtures.newAgencyCode;
import static id.sakip.indicator.IndicatorFixtures.registerAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.sakip.testsupport.SakipTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class AgreementImportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aWorkbookWithBadRowsImportsNothingAndNamesEveryBadRow() throws IOException {
        String agency = setUp();
        byte[] bad = workbook(
                new Object[] {1, "Sasaran 1", "Indeks Kepuasan Masyarakat", "indeks", 82, 80, 82, 83, 83},
                new Object[] {2, "Sasaran 1", "Indikator yang tidak ada", "%", 90, 90, 90, 90, 90},
                new Object[] {3, "Sasaran 2", "Jumlah pengaduan ditindaklanjuti", "pengaduan", 12, 3, 3, "tiga", 3},
                new Object[] {4, "Sasaran 2", "Persentase dokumen tepat waktu", "orang", 100, 25, 50, 75, 100});
        given().auth().oauth2(as("tim-sakip", agency)).contentType(XLSX).body(bad)
                .post("/agencies/{a}/agreements/import?year=2026", agency)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("row 3", "row 4", "row 5"))
                .body("errors[1].message", containsString("TW III"))
                .body("errors[2].message", containsString("Satuan"));
        // targets that do not add up are named by row too
        byte[] inconsistent = workbook(
                new Object[] {1, "Sasaran 2", "Jumlah pengaduan ditindaklanjuti", "pengaduan", 12, 3, 3, 3, 2});
        given().auth().oauth2(as("tim-sakip", agency)).contentType(XLSX).body(inconsistent)
                .post("/agencies/{a}/agreements/import?year=2026", agency)
                .then().statusCode(422).body("errors[0].field", equalTo("row 2"));
        given().auth().oauth2(as("tim-sakip", agency)).get("/agencies/{a}/agreements", agency)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(as("tim-sakip", agency)).contentType(XLSX).body("not a workbook".getBytes())
                .post("/agencies/{a}/agreements/import?year=2026", agency)
                .then().statusCode(422).body("errors[0].field", equalTo("file"));
    }

    @Test
    void aGoodWorkbookBecomesADraftAgreement() throws IOException {
        String agency = setUp();
        byte[] good = workbook(
                new Object[] {1, "Sasaran 1", "Indeks Kepuasan Masyarakat", "indeks", 82, 80, 82, 83, 83},
                new Object[] {2, "Sasaran 2", "jumlah pengaduan ditindaklanjuti", "pengaduan", 12, 3, 3, 3, 3},
                new Object[] {3, "Sasaran 2", "Persentase dokumen tepat waktu", "%", 100, 25, 50, 75, 100});
        given().auth().oauth2(as("tim-sakip", agency)).contentType(XLSX).body(good)
                .post("/agencies/{a}/agreements/import?year=2026", agency)
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("items.size()", equalTo(3))
                .body("items[1].indicatorCode", equalTo("IKK-01")).body("items[2].quarterTargets[1]", equalTo(50));
        given().auth().oauth2(as("unit", agency)).contentType(XLSX).body(good)
                .post("/agencies/{a}/agreements/import?year=2027", agency).then().statusCode(403);
        given().auth().oauth2(as("tim-sakip", "ELSEWHERE")).contentType(XLSX).body(good)
                .post("/agencies/{a}/agreements/import?year=2027", agency).then().statusCode(404);
    }

    /** "1.250" is 1250 in Indonesian notation and 1.25 in English: refused with its row named; "12,5" is read. */
    @Test
    void anAmbiguousTextNumberIsRefusedAndAnIndonesianDecimalIsRead() throws IOException {
        String agency = setUp();
        byte[] ambiguous = workbook(
                new Object[] {1, "Sasaran 2", "Jumlah pengaduan ditindaklanjuti", "pengaduan", "1.250", "300", "300", "325", "325"});
        given().auth().oauth2(as("tim-sakip", agency)).contentType(XLSX).body(ambiguous)
                .post("/agencies/{a}/agreements/import?year=2026", agency)
                .then().statusCode(422).body("errors[0].field", equalTo("row 2"))
                .body("errors[0].message", containsString("ambiguous"));
        byte[] indonesian = workbook(
                new Object[] {1, "Sasaran 1", "Indeks Kepuasan Masyarakat", "indeks", "82,5", "80,5", "82,5", "83,5", "83,5"},
                new Object[] {2, "Sasaran 2", "Jumlah pengaduan ditindaklanjuti", "pengaduan", "1.250.000", "250000",
                    "250000", "375000", "375000"});
        given().auth().oauth2(as("tim-sakip", agency)).contentType(XLSX).body(indonesian)
                .post("/agencies/{a}/agreements/import?year=2026", agency)
                .then().statusCode(201).body("items[0].annualTarget", equalTo(82.5f))
                .body("items[1].annualTarget", equalTo(1250000));
    }

    /** A predicate indicator's targets may be written as labels of its scale. */
    @Test
    void aPredicateIndicatorsTargetsAreReadAsLabels() throws IOException {
        String agency = registerAgency(newAgencyCode());
        Map<String, Object> opinion = new HashMap<>(IndicatorFixtures.indicator("IKU-09", "predikat", "HIGHER_IS_BETTER", "LAST"));
        opinion.put("name", "Opini BPK atas laporan keuangan");
        opinion.put("predicateScale", List.of(Map.of("label", "WTP", "value", 4), Map.of("label", "WDP", "value", 3),
                Map.of("label", "TW", "value", 2), Map.of("label", "TMP", "value", 1)));
        defineIndicator(agency, opinion);
        byte[] labels = workbook(new Object[] {1, "Sasaran 1", "Opini BPK atas laporan keuangan", "predikat", "WTP", "WDP",
            "WDP", "wtp", "WTP"});
        given().auth().oauth2(as("tim-sakip", agency)).contentType(XLSX).body(labels)
                .post("/agencies/{a}/agreements/import?year=2026", agency)
                .then().statusCode(201).body("items[0].annualTarget", equalTo(4))
                .body("items[0].annualTargetLabel", equalTo("WTP"))
                .body("items[0].quarterTargetLabels", contains("WDP", "WDP", "WTP", "WTP"));
        byte[] offScale = workbook(new Object[] {1, "Sasaran 1", "Opini BPK atas laporan keuangan", "predikat", 7, "WDP",
            "WDP", "BAIK", "WTP"});
        given().auth().oauth2(as("tim-sakip", agency)).contentType(XLSX).body(offScale)
                .post("/agencies/{a}/agreements/import?year=2027", agency)
                .then().statusCode(422).body("errors.field", hasItem("row 2"));
    }

    private static String setUp() {
        String agency = registerAgency(newAgencyCode());
        define(agency, "IKU-01", "Indeks Kepuasan Masyarakat", "indeks", "AVERAGE");
        define(agency, "IKK-01", "Jumlah pengaduan ditindaklanjuti", "pengaduan", "CUMULATIVE");
        define(agency, "IKU-02", "Persentase dokumen tepat waktu", "%", "LAST");
        return agency;
    }

    private static void define(String agency, String code, String name, String unit, String aggregation) {
        Map<String, Object> body = new HashMap<>(IndicatorFixtures.indicator(code, unit, "HIGHER_IS_BETTER", aggregation));
        body.put("name", name);
        defineIndicator(agency, body);
    }

    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("PK 2026");
            Row header = sheet.createRow(0);
            String[] titles = {"No", "Sasaran", "Indikator", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
