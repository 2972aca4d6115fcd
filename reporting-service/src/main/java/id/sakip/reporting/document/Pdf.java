package id.sakip.reporting.document;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small layout engine on PDFBox for the documents officers print: A4 pages with the letterhead on
 * the first, wrapped text, tables whose header repeats on every page, bar charts, the signature
 * block, and "Halaman x dari y" on every page. Text is set in DejaVu Sans Condensed (embedded, subset), which
 * covers Latin, Greek, Cyrillic, Arabic and many symbols: whatever the API accepted prints. A
 * character the font has no glyph for is printed without its accents, else as '?'; line breaks
 * only break lines, other control characters print as spaces.
 */
public final class Pdf implements AutoCloseable {
    static final float MARGIN = 50;
    static final PDRectangle SIZE = PDRectangle.A4;
    private static final byte[] REGULAR = font("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = font("DejaVuSansCondensed-Bold.ttf");
    private final PDDocument doc = new PDDocument();
    final PDFont regular = load(REGULAR);
    final PDFont bold = load(BOLD);
    private final PdfText metrics = new PdfText();
    private PDPageContentStream out;
    private float y;
    private final String footer;

    public Pdf(String title, String footer) {
        this.footer = footer;
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("SAKIP reporting-service");
        newPage();
    }

    private static byte[] font(String name) {
        try (InputStream in = Pdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont load(byte[] ttf) {
        try {
            return PDType0Font.load(doc, new ByteArrayInputStream(ttf), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width available for content. */
    public float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(SIZE);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} still fits. */
    public void ensure(float height) {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    public void gap(float h) {
        y -= h;
    }

    /** The agency's letterhead (kop surat): its name and the lines under it, and a double rule. */
    public void letterhead(String government, String agency, String subline) {
        centered(government.toUpperCase(), bold, 12);
        centered(agency.toUpperCase(), bold, 14);
        if (subline != null && !subline.isBlank()) {
            centered(subline, regular, 9);
        }
        y -= 4;
        line(MARGIN, y, SIZE.getWidth() - MARGIN, y, 1.5f);
        line(MARGIN, y - 2.5f, SIZE.getWidth() - MARGIN, y - 2.5f, 0.5f);
        y -= 16;
    }

    public void centered(String text, PDFont font, float size) {
        String t = PdfText.clean(text);
        float w = metrics.textWidth(t, font, size);
        write(t, font, size, (SIZE.getWidth() - w) / 2, y - size);
        y -= size + 4;
    }

    /** A paragraph wrapped to the content width. */
    public void paragraph(String text, PDFont font, float size) {
        for (String line : metrics.wrap(PdfText.clean(text), font, size, width())) {
            ensure(size + 4);
            write(line, font, size, MARGIN, y - size);
            y -= size + 4;
        }
    }

    public void heading(String text) {
        ensure(40);
        y -= 6;
        paragraph(text, bold, 11);
        y -= 2;
    }

    /** Label : value lines, aligned. */
    public void fields(List<String[]> pairs, float labelWidth) {
        for (String[] p : pairs) {
            List<String> lines = metrics.wrap(PdfText.clean(p[1]), regular, 10, width() - labelWidth - 10);
            ensure(14 * lines.size());
            write(PdfText.clean(p[0]), regular, 10, MARGIN, y - 10);
            write(":", regular, 10, MARGIN + labelWidth, y - 10);
            for (String l : lines) {
                write(l, regular, 10, MARGIN + labelWidth + 10, y - 10);
                y -= 14;
            }
        }
    }

    /** Column of a table: header, relative width, right-aligned (numbers) or not. */
    public record Column(String header, float weight, boolean right) {
        public static Column text(String header, float weight) {
            return new Column(header, weight, false);
        }

        public static Column number(String header, float weight) {
            return new Column(header, weight, true);
        }
    }

    /**
     * A table with wrapped cells; the header repeats after a page break. A row whose first cell
     * starts with "§" is a group row: bold, spanning the table.
     */
    public void table(List<Column> columns, List<List<String>> rows) {
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * columns.get(i).weight() / total;
        }
        float size = 8;
        List<List<String>> header = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            header.add(metrics.wrap(PdfText.clean(columns.get(i).header()), bold, size, widths[i] - 6));
        }
        float headerHeight = height(header, size);
        ensure(headerHeight + 20);
        row(header, widths, columns, size, bold, headerHeight, new Color(225, 232, 240));
        for (List<String> r : rows) {
            if (!r.isEmpty() && r.get(0) != null && r.get(0).startsWith("§")) {
                List<String> text = metrics.wrap(PdfText.clean(r.get(0).substring(1)), bold, size, width() - 6);
                float h = text.size() * (size + 2) + 6;
                if (y - h < MARGIN + 20) {
                    newPage();
                    row(header, widths, columns, size, bold, headerHeight, new Color(225, 232, 240));
                }
                fill(MARGIN, y - h, width(), h, new Color(245, 245, 245));
                rect(MARGIN, y - h, width(), h);
                float ty = y - size - 2;
                for (String t : text) {
                    write(t, bold, size, MARGIN + 3, ty);
                    ty -= size + 2;
                }
                y -= h;
                continue;
            }
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String v = i < r.size() && r.get(i) != null ? r.get(i) : "";
                cells.add(metrics.wrap(PdfText.clean(v), regular, size, widths[i] - 6));
            }
            float h = height(cells, size);
            if (y - h < MARGIN + 20) {
                newPage();
                row(header, widths, columns, size, bold, headerHeight, new Color(225, 232, 240));
            }
            row(cells, widths, columns, size, regular, h, null);
        }
        y -= 8;
    }

    private static float height(List<List<String>> cells, float size) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * (size + 2) + 6;
    }

    private void row(List<List<String>> cells, float[] widths, List<Column> columns, float size, PDFont font, float h,
            Color background) {
        float x = MARGIN;
        if (background != null) {
            fill(MARGIN, y - h, width(), h, background);
        }
        for (int i = 0; i < cells.size(); i++) {
            rect(x, y - h, widths[i], h);
            float ty = y - size - 2;
            for (String t : cells.get(i)) {
                float tx = columns.get(i).right() && background == null ? x + widths[i] - 3 - metrics.textWidth(t, font, size)
                        : x + 3;
                write(t, font, size, tx, ty);
                ty -= size + 2;
            }
            x += widths[i];
        }
        y -= h;
    }

    /** A horizontal bar chart: one bar per label, with the value printed, and a reference line at 100. */
    public void barChart(String title, List<String> labels, List<Double> values, double reference) {
        PdfCharts.bars(this, title, labels, values, reference);
    }

    /** Grouped vertical bars: for each period a target bar and a realisasi bar. */
    public void targetVsRealisasi(String title, List<String> periods, List<Double> targets, List<Double> values) {
        PdfCharts.targetVsRealisasi(this, title, periods, targets, values);
    }

    /** The current height on the page (for the drawing helpers). */
    float y() {
        return y;
    }

    void y(float newY) {
        y = newY;
    }

    PdfText metrics() {
        return metrics;
    }

    /** The signature block, right half: place and date, position, space, name, NIP. */
    public void signature(String placeAndDate, String position, String name, String nip) {
        ensure(110);
        y -= 10;
        float x = MARGIN + width() / 2 + 20;
        write(PdfText.clean(placeAndDate), regular, 10, x, y - 10);
        y -= 14;
        for (String l : metrics.wrap(PdfText.clean(position), bold, 10, width() / 2 - 20)) {
            write(l, bold, 10, x, y - 10);
            y -= 14;
        }
        y -= 50;
        write(PdfText.clean(name), bold, 10, x, y - 10);
        line(x, y - 12, x + metrics.textWidth(PdfText.clean(name), bold, 10), y - 12, 0.5f);
        y -= 14;
        write("NIP. " + PdfText.clean(nip), regular, 10, x, y - 10);
        y -= 18;
    }

    /** Two signatures side by side (the PK: pihak kedua on the left, pihak pertama on the right). */
    public void twoSignatures(String placeAndDate, String[] left, String[] right) {
        ensure(120);
        y -= 10;
        float half = width() / 2;
        write(PdfText.clean(placeAndDate), regular, 10, MARGIN + half + 20, y - 10);
        y -= 16;
        float top = y;
        for (int side = 0; side < 2; side++) {
            String[] s = side == 0 ? left : right;
            float x = MARGIN + (side == 0 ? 0 : half + 20);
            y = top;
            write(PdfText.clean(s[0]), bold, 10, x, y - 10);
            y -= 14;
            for (String l : metrics.wrap(PdfText.clean(s[1]), regular, 10, half - 30)) {
                write(l, regular, 10, x, y - 10);
                y -= 14;
            }
            y = top - 90;
            write(PdfText.clean(s[2]), bold, 10, x, y - 10);
            y -= 14;
            write("NIP. " + PdfText.clean(s[3]), regular, 10, x, y - 10);
        }
        y -= 24;
    }

    public byte[] toBytes() {
        try {
            out.close();
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = PdfText.clean(footer) + "   |   Halaman " + (i + 1) + " dari " + pages;
                    s.beginText();
                    s.setFont(regular, 7);
                    s.newLineAtOffset(MARGIN, MARGIN - 20);
                    s.showText(metrics.printable(text, regular));
                    s.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String text, PDFont font, float size, float x, float baseline) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, baseline);
            out.showText(metrics.printable(text, font));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float w) {
        try {
            out.setLineWidth(w);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rect(float x, float yy, float w, float h) {
        try {
            out.setLineWidth(0.4f);
            out.addRect(x, yy, w, h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float yy, float w, float h, Color c) {
        try {
            out.setNonStrokingColor(c);
            out.addRect(x, yy, w, h);
            out.fill();
            out.setNonStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
