package id.sakip.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each document made from event-fed read models, read back: PDF text, XLSX cells, JSON. */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
@QuarkusTestResource(SigningKeys.class)
class DocumentsTest {
    static final Path PREVIEWS = Path.of("target", "document-previews");
    @Inject
    ObjectMapper mapper;

    private static byte[] get(String token, String path, String format) {
        return given().auth().oauth2(token).queryParam("format", format).get(path).then().statusCode(200).extract()
                .asByteArray();
    }

    @Test
    void theCollectionAndMeasurementReportsShowTheRowsTotalsReturnsAndReasons() throws Exception {
        ReportingFixtures f = new ReportingFixtures(mapper, ReportingFixtures.newAgency());
        String kepala = TestJwt.as("kepala").agency(f.agency).mint();
        f.agency("Kecamatan Kuala Betara");
        f.pk(2026, List.of(ReportingFixtures.item("IKU-01", "Indeks Kepuasan Masyarakat", "T1 Pelayanan",
                "Meningkatnya kualitas pelayanan", "indeks", "82", "85", "80", "82", "83", "83")));
        OffsetDateTime deadline = OffsetDateTime.of(2026, 4, 10, 16, 0, 0, 0, ZoneOffset.ofHours(7));
        UUID round = f.round(2026, "Q1", deadline);
        UUID measurement = f.measurement(2026, "Q1", round, 2, "84");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .queryParam("format", "json").get("/documents/collection/{id}", round).then().statusCode(200)
                .body("units.size()", equalTo(2)).body("returns.size()", equalTo(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/documents/measurement/{id}?format=json", measurement).then().statusCode(200));

        // the collection report: per unit, the rows, who submitted when (late or not), the return and its reason
        byte[] pdf = get(kepala, "/documents/collection/" + round, "pdf");
        String text = Pdfs.text(pdf);
        assertThat(text).contains("PEMERINTAH KABUPATEN TANJUNG JABUNG BARAT", "KECAMATAN KUALA BETARA",
                "LAPORAN HASIL PENGUMPULAN DATA KINERJA", "TRIWULAN I TAHUN 2026")
                .contains("SEKRETARIAT - disampaikan oleh unit@SEKRETARIAT pada 9 April 2026 16:00 WIB")
                .contains("SEKSI-PEM - disampaikan oleh unit@SEKSI-PEM pada 12 April 2026 16:00 WIB")
                .contains("TERLAMBAT").contains("tepat waktu")
                .contains("Indeks Kepuasan Masyarakat").contains("Survei IKM 150 responden")
                .contains("2 desa terlambat karena pergantian operator")
                .contains("Bukti dukung LPPDes belum dilampirkan")
                .contains("2 unit, 1 terlambat menyampaikan").contains("Jumlah indikator : 2")
                .contains("H. Ahmad Fauzi, S.Sos").contains("NIP. 197501012000031001")
                .contains("Halaman 1 dari");
        byte[] xlsx = get(kepala, "/documents/collection/" + round, "xlsx");
        assertThat(Pdfs.cell(xlsx, "Data Kinerja", 4, 3)).isEqualTo("Indikator Kinerja");
        assertThat(Pdfs.cell(xlsx, "Data Kinerja", 5, 2)).isEqualTo("IKU-01");
        assertThat(Pdfs.cell(xlsx, "Data Kinerja", 5, 7)).isEqualTo("84");
        assertThat(Pdfs.cell(xlsx, "Data Kinerja", 6, 11)).isEqualTo("Terlambat");
        assertThat(Pdfs.cell(xlsx, "Pengembalian", 3, 3)).isEqualTo("Bukti dukung LPPDes belum dilampirkan");
        Pdfs.firstPageAsPng(pdf, PREVIEWS.resolve("laporan-pengumpulan.png"));

        // the measurement report: the worksheet, the roll-up with its total, the not-achieved list with reasons
        pdf = get(kepala, "/documents/measurement/" + measurement, "pdf");
        text = Pdfs.text(pdf);
        assertThat(text).contains("LAPORAN HASIL PENGUKURAN KINERJA", "TRIWULAN I TAHUN 2026")
                .contains("92,50 % (Sangat Tinggi)").contains("2 indikator: 1 tercapai, 1 tidak tercapai")
                .contains("105,00").contains("80,00").contains("Tujuan: T1 Pelayanan - capaian 105,00 % (Sangat Tinggi)")
                .contains("Rata-rata instansi 92,50").contains("Grafik 1. Capaian per sasaran")
                .contains("Indikator yang Tidak Tercapai").contains("2 desa terlambat karena pergantian operator");
        xlsx = get(kepala, "/documents/measurement/" + measurement, "xlsx");
        assertThat(Pdfs.cell(xlsx, "Kertas Kerja", 5, 3)).isEqualTo("IKU-01");
        assertThat(Pdfs.cell(xlsx, "Kertas Kerja", 5, 7)).isEqualTo("105");
        assertThat(Pdfs.cell(xlsx, "Capaian per Sasaran", 3, 0)).isEqualTo("T1 Pelayanan");
        assertThat(Pdfs.cell(xlsx, "Capaian per Sasaran", 5, 1)).isEqualTo("Rata-rata instansi");
        assertThat(Pdfs.cell(xlsx, "Capaian per Sasaran", 5, 2)).isEqualTo("92.5");
        Pdfs.firstPageAsPng(pdf, PREVIEWS.resolve("laporan-pengukuran.png"));

        // another agency sees neither; a provincial reader of the province does
        String stranger = TestJwt.as("kepala").agency("OTHER").mint();
        given().auth().oauth2(stranger).get("/documents/measurement/{id}", measurement).then().statusCode(404);
        given().auth().oauth2(stranger).get("/documents/collection/{id}", round).then().statusCode(404);
        given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()).get("/documents/measurement/{id}", measurement)
                .then().statusCode(200).contentType("application/pdf");
        given().auth().oauth2(kepala).get("/documents/measurement/{id}?format=doc", measurement).then().statusCode(400);
    }

    @Test
    void thePkDocumentAndTheLkjipTableCarryTheirSignatoriesYearsAndNarratives() throws Exception {
        ReportingFixtures f = new ReportingFixtures(mapper, ReportingFixtures.newAgency());
        String kepala = TestJwt.as("kepala").agency(f.agency).mint();
        f.agency("Kecamatan Kuala Betara");
        UUID pk = f.pk(2026, List.of(
                ReportingFixtures.item("IKU-01", "Indeks Kepuasan Masyarakat", "T1 Pelayanan", "Meningkatnya kualitas pelayanan",
                        "indeks", "82", "85", "80", "82", "83", "83"),
                ReportingFixtures.item("IKU-02", "Persentase desa menyampaikan LPPDes tepat waktu", "T2 Tata kelola",
                        "Meningkatnya tata kelola desa", "%", "100", "100", "25", "50", "75", "100")));
        f.measurement(2025, "Q4", UUID.randomUUID(), 2, "79");
        f.measurement(2026, "Q2", UUID.randomUUID(), 2, "84");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/documents/pk/{id}?format=json", pk).then().statusCode(200));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/documents/lkjip/{a}/2026?format=json", f.agency).then().statusCode(200)
                .body("sasaran[0].rows[0].realisasiLastYear", equalTo(79)));

        byte[] pdf = given().auth().oauth2(kepala).queryParam("counterpartyName", "Drs. H. Anwar Sadat, M.Ag")
                .queryParam("counterpartyNip", "196701011990031010").queryParam("counterpartyPosition", "Bupati Tanjung Jabung Barat")
                .get("/documents/pk/{id}", pk).then().statusCode(200).extract().asByteArray();
        String text = Pdfs.text(pdf);
        assertThat(text).contains("PERJANJIAN KINERJA TAHUN 2026", "selanjutnya disebut pihak pertama",
                "selaku atasan pihak pertama, selanjutnya disebut pihak kedua", "LAMPIRAN PERJANJIAN KINERJA TAHUN 2026",
                "PIHAK PERTAMA", "PIHAK KEDUA", "H. Ahmad Fauzi, S.Sos", "Drs. H. Anwar Sadat, M.Ag",
                "NIP. 196701011990031010", "Bupati Tanjung Jabung Barat", "15 Januari 2026")
                .contains("IKU-02 Persentase desa menyampaikan LPPDes tepat waktu").contains("100 %");
        assertThat(Pdfs.pages(pdf)).isEqualTo(2);
        assertThat(Pdfs.cell(get(kepala, "/documents/pk/" + pk, "xlsx"), "Lampiran PK", 4, 5)).isEqualTo("82");
        Pdfs.firstPageAsPng(pdf, PREVIEWS.resolve("perjanjian-kinerja.png"));

        // the narrative the agency writes goes into chapter III
        String sekretaris = TestJwt.as("sekretaris").agency(f.agency).mint();
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("sasaran", "Meningkatnya tata kelola desa",
                "causes", "Pergantian operator desa di dua desa", "solutions", "Pendampingan operator oleh Seksi Pemerintahan",
                "programs", "Program Penyelenggaraan Pemerintahan Desa"))
                .put("/agencies/{a}/lkjip/2026/narratives", f.agency).then().statusCode(200).body("version", equalTo(0));
        given().auth().oauth2(sekretaris).contentType(ContentType.JSON).body(Map.of("sasaran", "Meningkatnya tata kelola desa",
                "causes", "x")).put("/agencies/{a}/lkjip/2026/narratives", f.agency).then().statusCode(422);
        given().auth().oauth2(TestJwt.as("sekretaris").agency("OTHER").mint()).contentType(ContentType.JSON)
                .body(Map.of("sasaran", "S", "causes", "x")).put("/agencies/{a}/lkjip/2026/narratives", f.agency).then()
                .statusCode(404);
        pdf = get(kepala, "/documents/lkjip/" + f.agency + "/2026", "pdf");
        text = Pdfs.text(pdf);
        // IKU-01: realisasi 84 against 82 -> 105,00 (the measurement's capaian of the year); 2025: 79;
        // against the Renstra end target 85: 84 / 85 = 98,82
        assertThat(text).contains("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2026", "BAB III AKUNTABILITAS KINERJA",
                "Tabel 3.1 Sasaran: Meningkatnya kualitas pelayanan", "Tabel 3.2 Sasaran: Meningkatnya tata kelola desa",
                "Realisasi 2025", "Target Akhir Renstra", "98,82", "Pergantian operator desa di dua desa",
                "Pendampingan operator oleh Seksi Pemerintahan", "(belum diisi)");
        byte[] xlsx = get(kepala, "/documents/lkjip/" + f.agency + "/2026", "xlsx");
        assertThat(Pdfs.cell(xlsx, "Bab III", 4, 1)).isEqualTo("IKU-01");
        assertThat(Pdfs.cell(xlsx, "Bab III", 4, 7)).isEqualTo("79");
        assertThat(Pdfs.cell(xlsx, "Bab III", 4, 11)).isEqualTo("98.82");
        assertThat(Pdfs.cell(xlsx, "Narasi", 4, 1)).isEqualTo("Pergantian operator desa di dua desa");
        Pdfs.firstPageAsPng(pdf, PREVIEWS.resolve("lkjip-bab3.png"));
    }

    @Test
    void aHundredIndicatorReportIsMadeOffTheRequestThreadAndTheProvinceSeesEveryAgency() throws Exception {
        ReportingFixtures f = new ReportingFixtures(mapper, ReportingFixtures.newAgency());
        String kepala = TestJwt.as("kepala").agency(f.agency).mint();
        f.agency("Kecamatan Kuala Betara");
        UUID round = f.round(2026, "Q3", OffsetDateTime.of(2026, 10, 10, 16, 0, 0, 0, ZoneOffset.ofHours(7)));
        UUID measurement = f.measurement(2026, "Q3", round, 100, "84");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/documents/measurement/{id}?format=json", measurement).then().statusCode(200)
                .body("indicators.size()", equalTo(100)));

        String job = given().auth().oauth2(kepala).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEASUREMENT_REPORT", "subjectId", measurement.toString(), "format", "pdf"))
                .post("/document-jobs").then().statusCode(202).header("Location", org.hamcrest.Matchers.containsString("/document-jobs/"))
                .body("status", equalTo("PENDING")).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/document-jobs/{id}", job).then().statusCode(200).body("status", equalTo("DONE")));
        byte[] pdf = given().auth().oauth2(kepala).get("/document-jobs/{id}/content", job).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = Pdfs.text(pdf);
        assertThat(Pdfs.pages(pdf)).isGreaterThan(3);
        assertThat(text).contains("IKK-100", "IKK-050", "Halaman " + Pdfs.pages(pdf) + " dari " + Pdfs.pages(pdf));
        // the table header repeats on the pages the worksheet runs over
        assertThat(text.split("Capaian s.d. Periode", -1).length - 1).isGreaterThan(1);
        given().auth().oauth2(TestJwt.as("kepala").agency("OTHER").mint()).get("/document-jobs/{id}", job).then()
                .statusCode(404);
        // informational, not a pass/fail criterion (docs/performance.md has the benchmark): warm render times
        long[] ms = new long[15];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            given().auth().oauth2(kepala).get("/documents/measurement/{id}?format=pdf", measurement).then().statusCode(200);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        long[] warm = java.util.Arrays.copyOfRange(ms, 5, ms.length);
        java.util.Arrays.sort(warm);
        System.out.printf("100-indicator measurement PDF over HTTP, warm: median %d ms, max %d ms%n", warm[warm.length / 2],
                warm[warm.length - 1]);
        // a job that cannot be made fails with the reason
        String lkjip = given().auth().oauth2(kepala).contentType(ContentType.JSON)
                .body(Map.of("kind", "LKJIP", "agencyCode", f.agency, "year", 2019, "format", "xlsx"))
                .post("/document-jobs").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/document-jobs/{id}", lkjip).then().body("status", equalTo("FAILED"))
                .body("error", org.hamcrest.Matchers.containsString("2019")));
        given().auth().oauth2(kepala).get("/document-jobs/{id}/content", lkjip).then().statusCode(409);

        // the province: headline capaian and submission timeliness (1 of 2 units late: 50,00 %)
        String provinsi = TestJwt.as("provinsi").province("15").mint();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(provinsi)
                .get("/provinces/15/overview?year=2026&period=Q3&size=100").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(100))
                .body("items.find { it.agencyCode == '" + f.agency + "' }.averageCapaian", equalTo(92.5f))
                .body("items.find { it.agencyCode == '" + f.agency + "' }.units", equalTo(2))
                .body("items.find { it.agencyCode == '" + f.agency + "' }.late", equalTo(1))
                .body("items.find { it.agencyCode == '" + f.agency + "' }.timeliness", equalTo(50)));
        byte[] xlsx = given().auth().oauth2(provinsi).get("/provinces/15/overview?year=2026&period=Q3&format=xlsx").then()
                .statusCode(200).extract().asByteArray();
        assertThat(Pdfs.cell(xlsx, "Provinsi 15", 3, 0)).isEqualTo("Kode Instansi");
        boolean found = false;
        for (int r = 4; r < 200 && !found; r++) {
            if (f.agency.equals(Pdfs.cell(xlsx, "Provinsi 15", r, 0))) {
                assertThat(Pdfs.cell(xlsx, "Provinsi 15", r, 12)).isEqualTo("50");
                found = true;
            }
        }
        assertThat(found).isTrue();
        given().auth().oauth2(TestJwt.as("provinsi").province("32").mint())
                .get("/provinces/15/overview?year=2026&period=Q3").then().statusCode(404);
        given().auth().oauth2(kepala).get("/provinces/15/overview?year=2026&period=Q3").then().statusCode(403);
    }
}
