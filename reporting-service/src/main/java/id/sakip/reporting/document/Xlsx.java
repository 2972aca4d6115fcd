package id.sakip.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for the documents: one sheet per table, title lines above a bold header row. */
public final class Xlsx implements AutoCloseable {
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle bold;

    public Xlsx() {
        Font f = wb.createFont();
        f.setBold(true);
        bold = wb.createCellStyle();
        bold.setFont(f);
    }

    /** A sheet; a cell value that is a {@link Number} is written as a number, anything else as text. */
    public void sheet(String name, List<String> titles, List<String> headers, List<List<Object>> rows) {
        Sheet s = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        int r = 0;
        for (String t : titles) {
            Cell c = s.createRow(r++).createCell(0);
            c.setCellValue(t);
            c.setCellStyle(bold);
        }
        r++;
        Row h = s.createRow(r++);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(bold);
        }
        for (List<Object> values : rows) {
            Row x = s.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    continue;
                }
                Cell c = x.createCell(i);
                if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else {
                    c.setCellValue(v.toString());
                }
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            s.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() + 4)) * 256);
        }
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
