package id.sakip.indicator.agreement;

import id.sakip.common.input.SpreadsheetNumbers;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.common.vocabulary.PredicateScale;
import id.sakip.indicator.agency.Agency;
import id.sakip.indicator.agency.AgencyService;
import id.sakip.indicator.indicator.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Imports a Perjanjian Kinerja from the XLSX an agency already keeps: the first sheet, a header row,
 * then one row per indicator with the columns of the collection form (seed 001):
 * No | Sasaran | Indikator | Satuan | Target Tahunan | TW I | TW II | TW III | TW IV.
 * Indicators are matched by name (or by code) within the agency, and the Satuan must match. Every
 * bad row is reported with its spreadsheet row number; if any row is bad nothing is imported.
 */
@ApplicationScoped
public class AgreementImport {
    static final int NAME = 2;
    static final int UNIT = 3;
    static final int ANNUAL = 4;
    static final int Q1 = 5;
    static final int MAX_ROWS = 500;
    static final String[] QUARTER_COLUMNS = {"TW I", "TW II", "TW III", "TW IV"};

    private final AgencyService agencies;
    private final AgreementService agreements;

    public AgreementImport(AgencyService agencies, AgreementService agreements) {
        this.agencies = agencies;
        this.agreements = agreements;
    }

    @Transactional
    public AgreementDtos.AgreementView importXlsx(String agencyCode, int year, InputStream xlsx) {
        Agency agency = agencies.writable(agencyCode);
        Map<String, Indicator> byKey = new HashMap<>();
        for (Indicator i : Indicator.<Indicator>list("agencyCode", agency.code)) {
            byKey.put(key(i.name), i);
            byKey.put(key(i.code), i);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<AgreementDtos.ItemInput> items = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (Workbook wb = open(xlsx)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || text(row, NAME, fmt).isBlank()) {
                    continue;
                }
                int excelRow = r + 1;
                if (items.size() + errors.size() >= MAX_ROWS) {
                    throw ProblemException.unprocessable("file", "more than " + MAX_ROWS + " indicator rows");
                }
                String field = "row " + excelRow;
                Indicator ind = byKey.get(key(text(row, NAME, fmt)));
                List<String> problems = new ArrayList<>();
                if (ind == null) {
                    problems.add("indicator '" + text(row, NAME, fmt) + "' is not defined in agency " + agency.code);
                } else if (!text(row, UNIT, fmt).isBlank() && !text(row, UNIT, fmt).equalsIgnoreCase(ind.unitOfMeasure)) {
                    problems.add("Satuan '" + text(row, UNIT, fmt) + "' differs from the indicator's '" + ind.unitOfMeasure + "'");
                }
                Optional<PredicateScale> scale = ind == null ? Optional.empty() : PredicateScale.of(ind.predicateScale);
                BigDecimal annual = target(row, ANNUAL, fmt, "Target Tahunan", scale, problems);
                List<BigDecimal> quarters = new ArrayList<>();
                for (int q = 0; q < 4; q++) {
                    quarters.add(target(row, Q1 + q, fmt, QUARTER_COLUMNS[q], scale, problems));
                }
                if (!problems.isEmpty()) {
                    errors.add(new Problem.FieldError(field, String.join("; ", problems)));
                    continue;
                }
                items.add(new AgreementDtos.ItemInput(ind.id, annual, quarters, null, null, null, null));
                rowNumbers.add(excelRow);
            }
        } catch (IOException e) {
            throw ProblemException.unprocessable("file", "not a readable XLSX workbook");
        }
        if (items.isEmpty() && errors.isEmpty()) {
            throw ProblemException.unprocessable("file", "no indicator rows below the header row");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " row(s) are not valid; nothing was imported", errors);
        }
        try {
            return agreements.draft(agency.code, new AgreementDtos.NewAgreement(year, AgreementKind.HEAD, null, items));
        } catch (ProblemException e) {
            if (e.errors() == null) {
                throw e;
            }
            // items[n].… refers to the n-th imported row: report the spreadsheet row instead
            List<Problem.FieldError> byRow = e.errors().stream().map(f -> {
                Matcher m = Pattern.compile("^items\\[(\\d+)]").matcher(f.field());
                return m.find() ? new Problem.FieldError("row " + rowNumbers.get(Integer.parseInt(m.group(1))), f.message())
                        : f;
            }).toList();
            throw ProblemException.unprocessable(byRow.size() + " row(s) are not valid; nothing was imported", byRow);
        }
    }

    /** Only a file POI cannot read is the client's mistake (422); any other failure stays a server error. */
    private static Workbook open(InputStream xlsx) {
        try {
            return new XSSFWorkbook(xlsx);
        } catch (IOException | IllegalArgumentException | POIXMLException e) {
            throw ProblemException.unprocessable("file", "not a readable XLSX workbook");
        }
    }

    private static String key(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String text(Row row, int col, DataFormatter fmt) {
        Cell c = row.getCell(col);
        return c == null ? "" : fmt.formatCellValue(c).trim();
    }

    /** A target cell: a number, or for a predicate indicator also a label of its scale (WTP). */
    private static BigDecimal target(Row row, int col, DataFormatter fmt, String column, Optional<PredicateScale> scale,
            List<String> problems) {
        Cell c = row.getCell(col);
        if (scale.isPresent() && c != null && c.getCellType() == CellType.STRING) {
            Optional<BigDecimal> v = scale.get().valueOf(fmt.formatCellValue(c));
            if (v.isPresent()) {
                return v.get();
            }
        }
        return number(row, col, fmt, column, problems);
    }

    private static BigDecimal number(Row row, int col, DataFormatter fmt, String column, List<String> problems) {
        Cell c = row.getCell(col);
        if (c == null || c.getCellType() == CellType.BLANK) {
            problems.add(column + " is empty");
            return null;
        }
        boolean numeric = c.getCellType() == CellType.NUMERIC
                || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC);
        SpreadsheetNumbers.Result r = numeric ? SpreadsheetNumbers.ofCell(c.getNumericCellValue())
                : SpreadsheetNumbers.ofText(fmt.formatCellValue(c));
        if (!r.ok()) {
            problems.add(column + " " + r.problem());
        }
        return r.value();
    }
}
