package id.sakip.dashboard.view;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The province's period as a workbook (Bahasa Indonesia): a summary per agency and every indicator's result. */
@ApplicationScoped
public class WorkbookExport {
    private final ProvinceData data;
    private final ProvinceViews views;

    public WorkbookExport(ProvinceData data, ProvinceViews views) {
        this.data = data;
        this.views = views;
    }

    public byte[] workbook(ProvinceData.YearPeriod at) {
        Map<String, JsonNode> rounds = data.byAgency("round_state", at.year(), at.period());
        Map<String, JsonNode> measurements = data.byAgency("measurement", at.year(), at.period());
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = wb.createSheet("Ringkasan " + at.period() + " " + at.year());
            header(summary, "Kabupaten/Kota", "Kode Instansi", "Nama Instansi", "Status Pengumpulan", "Formulir",
                    "Tepat Waktu", "Terlambat", "Belum Masuk", "Capaian Rata-rata (%)", "Kategori", "Reviu");
            Sheet indicators = wb.createSheet("Indikator");
            header(indicators, "Kode Instansi", "Nama Instansi", "Sasaran", "Kode Indikator", "Indikator", "Satuan",
                    "Target", "Realisasi", "Capaian (%)", "Kategori", "Tercapai");
            for (JsonNode a : data.agencies()) {
                String code = a.path("agencyCode").asText();
                JsonNode r = rounds.get(code);
                JsonNode m = measurements.get(code);
                JsonNode c = r == null ? null : r.path("counts");
                Row row = summary.createRow(summary.getLastRowNum() + 1);
                text(row, 0, views.regionName(a.path("regionCode").asText()));
                text(row, 1, code);
                text(row, 2, a.path("name").asText());
                text(row, 3, Labels.round(r == null ? null : r.path("status").asText()));
                number(row, 4, c == null ? null : c.path("forms"));
                number(row, 5, c == null ? null : c.path("onTime"));
                number(row, 6, c == null ? null : c.path("late"));
                number(row, 7, c == null ? null : c.path("missing"));
                number(row, 8, m == null ? null : m.path("averageCapaian"));
                text(row, 9, m == null ? "-" : Labels.category(m.path("category").asText(null)));
                text(row, 10, ProvinceViews.review(m));
                if (m != null) {
                    for (JsonNode i : m.path("indicators")) {
                        Row ir = indicators.createRow(indicators.getLastRowNum() + 1);
                        text(ir, 0, code);
                        text(ir, 1, a.path("name").asText());
                        text(ir, 2, i.path("sasaran").asText());
                        text(ir, 3, i.path("indicatorCode").asText());
                        text(ir, 4, i.path("indicatorName").asText());
                        text(ir, 5, i.path("unitOfMeasure").asText(""));
                        number(ir, 6, i.path("target"));
                        number(ir, 7, i.path("realisasi"));
                        number(ir, 8, i.path("capaian"));
                        text(ir, 9, Labels.category(i.path("category").asText(null)));
                        text(ir, 10, i.path("achieved").asBoolean() ? "Ya" : "Tidak");
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet s, String... names) {
        Row r = s.createRow(0);
        for (int i = 0; i < names.length; i++) {
            r.createCell(i).setCellValue(names[i]);
        }
    }

    /** Always a string cell: text from the events is never read as a formula. */
    private static void text(Row r, int col, String v) {
        r.createCell(col).setCellValue(v);
    }

    private static void number(Row r, int col, JsonNode v) {
        if (v != null && v.isNumber()) {
            r.createCell(col).setCellValue(v.doubleValue());
        }
    }
}
