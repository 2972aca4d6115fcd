package id.sakip.collection.form;

import id.sakip.collection.round.CollectionForm;
import id.sakip.collection.round.CollectionRound;
import id.sakip.collection.round.Evidence;
import id.sakip.collection.round.FormRow;
import id.sakip.common.input.SpreadsheetNumbers;
import id.sakip.common.input.Text;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.vocabulary.MediaTypes;
import id.sakip.common.vocabulary.Period;
import id.sakip.common.vocabulary.PredicateScale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A form as the XLSX officers fill in Excel (Formulir Pengumpulan Data Capaian Kinerja, in Bahasa
 * Indonesia), and back. The hidden sheet {@code _form} carries the form id and the version the
 * workbook was made from, so an upload of an outdated workbook is refused (409) instead of
 * overwriting newer values.
 */
public final class FormWorkbook {
    public static final String MEDIA_TYPE = MediaTypes.XLSX;
    static final int HEADER_ROW = 6; // 0-based: row 7 in Excel
    static final int COL_CODE = 2;
    static final int COL_REALISASI = 8;
    static final int COL_KETERANGAN = 9;
    static final int COL_EVIDENCE = 10;
    private static final String META = "_form";
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", new Locale("id"));

    private FormWorkbook() {
    }

    /** Triwulan I / Bulan Januari. */
    static String periodName(String period) {
        return Period.parse(period).indonesianName();
    }

    public static byte[] write(CollectionForm f, CollectionRound r) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Formulir");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            title.setFont(bold);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            border(head);
            CellStyle cell = wb.createCellStyle();
            cell.setWrapText(true);
            border(cell);
            CellStyle input = wb.createCellStyle();
            input.cloneStyleFrom(cell);
            input.setLocked(false);
            String period = periodName(r.period);
            set(s, 0, 0, "FORMULIR PENGUMPULAN DATA CAPAIAN KINERJA", title);
            set(s, 1, 0, "Instansi: " + r.agencyCode, null);
            set(s, 2, 0, "Unit kerja: " + f.unitCode, null);
            set(s, 3, 0, "Periode: " + period + " Tahun " + r.year, null);
            set(s, 4, 0, "Batas waktu penyampaian: " + (f.deadline == null ? "-"
                    : DEADLINE.format(f.deadline.atZoneSameInstant(ZoneId.of("Asia/Jakarta"))) + " WIB"), null);
            String[] headers = { "No", "Sasaran", "Kode Indikator", "Indikator Kinerja", "Satuan", "Target Tahunan",
                "Target " + period, "Target s.d. " + period, "Realisasi " + period, "Keterangan",
                "Bukti Dukung (tautan)" };
            Row h = s.createRow(HEADER_ROW);
            for (int c = 0; c < headers.length; c++) {
                Cell hc = h.createCell(c);
                hc.setCellValue(headers[c]);
                hc.setCellStyle(head);
            }
            int n = HEADER_ROW + 1;
            for (FormRow row : f.rows) {
                Row x = s.createRow(n++);
                number(x, 0, BigDecimal.valueOf(row.position), cell);
                text(x, 1, row.sasaran, cell);
                text(x, 2, row.indicatorCode, cell);
                text(x, 3, row.indicatorName, cell);
                text(x, 4, row.unitOfMeasure, cell);
                value(x, 5, row, row.annualTarget, cell);
                value(x, 6, row, row.periodTarget, cell);
                value(x, 7, row, row.targetToDate, cell);
                value(x, COL_REALISASI, row, row.realisasi, input);
                text(x, COL_KETERANGAN, row.keterangan, input);
                text(x, COL_EVIDENCE, row.evidence == null ? null : String.join("\n", row.evidence.stream()
                        .filter(e -> e.url() != null).map(Evidence::url).toList()), cell);
            }
            int[] widths = { 5, 30, 14, 45, 10, 14, 14, 14, 14, 40, 30 };
            for (int c = 0; c < widths.length; c++) {
                s.setColumnWidth(c, widths[c] * 256);
            }
            s.createFreezePane(0, HEADER_ROW + 1);
            Sheet meta = wb.createSheet(META);
            meta.createRow(0).createCell(0).setCellValue(f.id.toString());
            meta.createRow(1).createCell(0).setCellValue(f.version);
            wb.setSheetHidden(wb.getSheetIndex(meta), true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an uploaded workbook says: the version it was made from and the rows as entered. */
    public record Upload(long version, List<FormDtos.RowInput> rows, List<Integer> excelRows) {
    }

    /**
     * Reads a filled workbook: each bad cell is reported with its address (I9: 'banyak' is not a
     * number); nothing is returned unless every cell is good.
     */
    public static Upload read(byte[] bytes, UUID formId) {
        try (Workbook wb = open(bytes)) {
            Sheet meta = wb.getSheet(META);
            Sheet s = wb.getSheet("Formulir");
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            if (meta == null || s == null || meta.getRow(0) == null || meta.getRow(1) == null) {
                throw ProblemException.unprocessable("file", "not a form workbook of this service: download it from GET /forms/"
                        + formId + "/xlsx");
            }
            String id = fmt.formatCellValue(meta.getRow(0).getCell(0)).trim();
            if (!formId.toString().equals(id)) {
                throw ProblemException.unprocessable("file", "the workbook is for form " + id + ", not " + formId);
            }
            long version;
            try {
                version = (long) meta.getRow(1).getCell(0).getNumericCellValue();
            } catch (RuntimeException e) {
                throw ProblemException.unprocessable("file", "the workbook's version cell was changed");
            }
            List<Problem.FieldError> errors = new ArrayList<>();
            List<FormDtos.RowInput> rows = new ArrayList<>();
            List<Integer> excelRows = new ArrayList<>();
            for (int n = HEADER_ROW + 1; n <= s.getLastRowNum(); n++) {
                Row x = s.getRow(n);
                String code = x == null ? "" : text(x, COL_CODE, fmt);
                if (code.isEmpty()) {
                    continue;
                }
                BigDecimal value = null;
                String label = null;
                Cell c = x.getCell(COL_REALISASI);
                if (c != null && c.getCellType() != CellType.BLANK) {
                    boolean numeric = c.getCellType() == CellType.NUMERIC || (c.getCellType() == CellType.FORMULA
                            && c.getCachedFormulaResultType() == CellType.NUMERIC);
                    SpreadsheetNumbers.Result r = numeric ? SpreadsheetNumbers.ofCell(c.getNumericCellValue()) : null;
                    if (!numeric) {
                        String t = fmt.formatCellValue(c).trim();
                        r = t.isEmpty() ? null : SpreadsheetNumbers.ofText(t);
                    }
                    if (r != null && r.ok()) {
                        value = r.value();
                    } else if (r != null && r.notANumber()) {
                        // a word: the label of a predicate indicator, or not a value at all (the form's rows decide)
                        label = fmt.formatCellValue(c).trim();
                    } else if (r != null) {
                        errors.add(new Problem.FieldError(address(n, COL_REALISASI), r.problem()));
                    }
                }
                String keterangan = text(x, COL_KETERANGAN, fmt);
                Text.Result checked = Text.check(keterangan, true);
                if (!checked.ok()) {
                    errors.add(new Problem.FieldError(address(n, COL_KETERANGAN), checked.problem()));
                } else if (keterangan.length() > 2000) {
                    errors.add(new Problem.FieldError(address(n, COL_KETERANGAN), "is longer than 2000 characters"));
                }
                keterangan = checked.ok() ? checked.value() : keterangan;
                rows.add(new FormDtos.RowInput(code, value, keterangan.isEmpty() ? null : keterangan, null, label));
                excelRows.add(n);
            }
            if (!errors.isEmpty()) {
                throw ProblemException.unprocessable(errors.size() + " cell(s) are not valid; nothing was saved", errors);
            }
            return new Upload(version, rows, excelRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel address of a 0-based row and column: (8, 8) is I9. */
    static String address(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    private static Workbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | IllegalArgumentException | POIXMLException e) {
            throw ProblemException.unprocessable("file", "not a readable XLSX workbook");
        }
    }

    private static void border(CellStyle st) {
        st.setBorderTop(BorderStyle.THIN);
        st.setBorderBottom(BorderStyle.THIN);
        st.setBorderLeft(BorderStyle.THIN);
        st.setBorderRight(BorderStyle.THIN);
    }

    private static void set(Sheet s, int row, int col, String value, CellStyle style) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        Cell c = r.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void text(Row r, int col, String v, CellStyle style) {
        Cell c = r.createCell(col);
        if (v != null) {
            c.setCellValue(v);
        }
        c.setCellStyle(style);
    }

    /** A value of the row: a predicate indicator's as its label (WTP), any other as a number. */
    private static void value(Row r, int col, FormRow row, BigDecimal v, CellStyle style) {
        String label = PredicateScale.label(row.predicateScale, v);
        if (label != null) {
            text(r, col, label, style);
        } else {
            number(r, col, v, style);
        }
    }

    private static void number(Row r, int col, BigDecimal v, CellStyle style) {
        Cell c = r.createCell(col);
        if (v != null) {
            c.setCellValue(v.doubleValue());
        }
        c.setCellStyle(style);
    }

    private static String text(Row row, int col, DataFormatter fmt) {
        Cell c = row.getCell(col);
        return c == null ? "" : fmt.formatCellValue(c).trim();
    }
}
