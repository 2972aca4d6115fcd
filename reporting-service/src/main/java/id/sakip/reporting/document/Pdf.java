package id.sakip.reporting.document;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** Per font: whether it can show a code point, and how wide it prints. */
    private final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();
    private final Map<PDFont, Map<Integer, Float>> widths = new HashMap<>();
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
        String t = clean(text);
        float w = textWidth(t, font, size);
        write(t, font, size, (SIZE.getWidth() - w) / 2, y - size);
        y -= size + 4;
    }

    /** A paragraph wrapped to the content width. */
    public void paragraph(String text, PDFont font, float size) {
        for (String line : wrap(clean(text), font, size, width())) {
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
            List<String> lines = wrap(clean(p[1]), regular, 10, width() - labelWidth - 10);
            ensure(14 * lines.size());
            write(clean(p[0]), regular, 10, MARGIN, y - 10);
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
            header.add(wrap(clean(columns.get(i).header()), bold, size, widths[i] - 6));
        }
        float headerHeight = height(header, size);
        ensure(headerHeight + 20);
        row(header, widths, columns, size, bold, headerHeight, new Color(225, 232, 240));
        for (List<String> r : rows) {
            if (!r.isEmpty() && r.get(0) != null && r.get(0).startsWith("§")) {
                List<String> text = wrap(clean(r.get(0).substring(1)), bold, size, width() - 6);
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
                cells.add(wrap(clean(v), regular, size, widths[i] - 6));
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
                float tx = columns.get(i).right() && background == null ? x + widths[i] - 3 - textWidth(t, font, size)
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
        float barHeight = 12;
        float labelWidth = width() * 0.38f;
        float chartWidth = width() - labelWidth - 40;
        float h = 24 + labels.size() * (barHeight + 4) + 14;
        ensure(h);
        paragraph(title, bold, 9);
        double max = Math.max(reference * 1.2, values.stream().filter(v -> v != null).mapToDouble(v -> v).max().orElse(0));
        float top = y;
        for (int i = 0; i < labels.size(); i++) {
            String label = truncate(clean(labels.get(i)), regular, 8, labelWidth - 6);
            write(label, regular, 8, MARGIN, y - barHeight + 2);
            Double v = values.get(i);
            if (v != null) {
                float w = (float) (chartWidth * Math.max(0, v) / max);
                fill(MARGIN + labelWidth, y - barHeight, w, barHeight, v >= reference ? new Color(46, 125, 50)
                        : new Color(198, 40, 40));
                write(Fmt.pct(BigDecimal.valueOf(v)), regular, 8, MARGIN + labelWidth + w + 3,
                        y - barHeight + 2);
            } else {
                write("belum dilaporkan", regular, 8, MARGIN + labelWidth + 3, y - barHeight + 2);
            }
            y -= barHeight + 4;
        }
        float refX = MARGIN + labelWidth + (float) (chartWidth * reference / max);
        line(refX, top + 2, refX, y, 0.7f);
        write(String.format(Locale.ROOT, "%.0f", reference), regular, 7, refX - 6, y - 9);
        y -= 16;
    }

    /**
     * Grouped vertical bars: for each period a target bar and a realisasi bar (small multiples, one
     * per series).
     */
    public void targetVsRealisasi(String title, List<String> periods, List<Double> targets, List<Double> values) {
        float h = 110;
        ensure(h + 20);
        paragraph(title, bold, 9);
        float chartHeight = 70;
        float base = y - chartHeight;
        double max = 0;
        for (Double d : targets) {
            max = d == null ? max : Math.max(max, d);
        }
        for (Double d : values) {
            max = d == null ? max : Math.max(max, d);
        }
        max = max <= 0 ? 1 : max * 1.15;
        float group = Math.min(80, width() / Math.max(1, periods.size()));
        line(MARGIN, base, MARGIN + group * periods.size(), base, 0.5f);
        for (int i = 0; i < periods.size(); i++) {
            float x = MARGIN + i * group + 8;
            float bw = (group - 20) / 2;
            if (targets.get(i) != null) {
                float th = (float) (chartHeight * targets.get(i) / max);
                fill(x, base, bw, th, new Color(144, 164, 174));
            }
            if (values.get(i) != null) {
                float vh = (float) (chartHeight * values.get(i) / max);
                fill(x + bw + 2, base, bw, vh, new Color(21, 101, 192));
            }
            write(periods.get(i), regular, 7, x, base - 9);
        }
        float lx = MARGIN + group * periods.size() + 12;
        fill(lx, base + 50, 8, 8, new Color(144, 164, 174));
        write("Target", regular, 7, lx + 11, base + 51);
        fill(lx, base + 36, 8, 8, new Color(21, 101, 192));
        write("Realisasi", regular, 7, lx + 11, base + 37);
        y = base - 18;
    }

    /** The signature block, right half: place and date, position, space, name, NIP. */
    public void signature(String placeAndDate, String position, String name, String nip) {
        ensure(110);
        y -= 10;
        float x = MARGIN + width() / 2 + 20;
        write(clean(placeAndDate), regular, 10, x, y - 10);
        y -= 14;
        for (String l : wrap(clean(position), bold, 10, width() / 2 - 20)) {
            write(l, bold, 10, x, y - 10);
            y -= 14;
        }
        y -= 50;
        write(clean(name), bold, 10, x, y - 10);
        line(x, y - 12, x + textWidth(clean(name), bold, 10), y - 12, 0.5f);
        y -= 14;
        write("NIP. " + clean(nip), regular, 10, x, y - 10);
        y -= 18;
    }

    /** Two signatures side by side (the PK: pihak kedua on the left, pihak pertama on the right). */
    public void twoSignatures(String placeAndDate, String[] left, String[] right) {
        ensure(120);
        y -= 10;
        float half = width() / 2;
        write(clean(placeAndDate), regular, 10, MARGIN + half + 20, y - 10);
        y -= 16;
        float top = y;
        for (int side = 0; side < 2; side++) {
            String[] s = side == 0 ? left : right;
            float x = MARGIN + (side == 0 ? 0 : half + 20);
            y = top;
            write(clean(s[0]), bold, 10, x, y - 10);
            y -= 14;
            for (String l : wrap(clean(s[1]), regular, 10, half - 30)) {
                write(l, regular, 10, x, y - 10);
                y -= 14;
            }
            y = top - 90;
            write(clean(s[2]), bold, 10, x, y - 10);
            y -= 14;
            write("NIP. " + clean(s[3]), regular, 10, x, y - 10);
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
                    String text = clean(footer) + "   |   Halaman " + (i + 1) + " dari " + pages;
                    s.beginText();
                    s.setFont(regular, 7);
                    s.newLineAtOffset(MARGIN, MARGIN - 20);
                    s.showText(printable(text, regular));
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

    private void write(String text, PDFont font, float size, float x, float baseline) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, baseline);
            out.showText(printable(text, font));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2, float w) {
        try {
            out.setLineWidth(w);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rect(float x, float yy, float w, float h) {
        try {
            out.setLineWidth(0.4f);
            out.addRect(x, yy, w, h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(float x, float yy, float w, float h, Color c) {
        try {
            out.setNonStrokingColor(c);
            out.addRect(x, yy, w, h);
            out.fill();
            out.setNonStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width of the text in points: the sum of its characters' widths (each measured once per font). */
    float textWidth(String t, PDFont font, float size) {
        float units = 0;
        for (int i = 0; i < t.length();) {
            int cp = t.codePointAt(i);
            units += unitWidth(font, cp);
            i += Character.charCount(cp);
        }
        return units / 1000 * size;
    }

    /** Width of one character as printed (see {@link #printable}), in font units, measured once. */
    private float unitWidth(PDFont font, int codePoint) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, c -> {
            try {
                return font.getStringWidth(printable(new String(Character.toChars(c)), font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text cut to fit {@code max} points, ending in "..." when it was cut; linear in its length. */
    private String truncate(String t, PDFont font, float size, float max) {
        if (textWidth(t, font, size) <= max) {
            return t;
        }
        float room = max - textWidth("...", font, size);
        return prefixWithin(t, font, size, room) + "...";
    }

    /** The longest prefix of {@code t} (whole characters) at most {@code max} points wide. */
    private String prefixWithin(String t, PDFont font, float size, float max) {
        float width = 0;
        int end = 0;
        while (end < t.length()) {
            int cp = t.codePointAt(end);
            float w = unitWidth(font, cp) / 1000 * size;
            if (width + w > max) {
                break;
            }
            width += w;
            end += Character.charCount(cp);
        }
        return t.substring(0, end);
    }

    /**
     * Splits text into lines that fit {@code max} points; keeps explicit line breaks; a word wider than
     * a line is cut where it no longer fits. Linear in the text's length, whatever its words.
     */
    List<String> wrap(String text, PDFont font, float size, float max) {
        List<String> lines = new ArrayList<>();
        float space = textWidth(" ", font, size);
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : para.split(" ")) {
                float w = textWidth(word, font, size);
                if (line.isEmpty() ? w <= max : lineWidth + space + w <= max) {
                    if (!line.isEmpty()) {
                        line.append(' ');
                        lineWidth += space;
                    }
                    line.append(word);
                    lineWidth += w;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                String rest = word;
                while (textWidth(rest, font, size) > max && rest.length() > 1) {
                    String head = prefixWithin(rest, font, size, max);
                    if (head.isEmpty()) {
                        head = rest.substring(0, Character.charCount(rest.codePointAt(0)));
                    }
                    lines.add(head);
                    rest = rest.substring(head.length());
                }
                line.append(rest);
                lineWidth = textWidth(rest, font, size);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Text ready to wrap: line breaks kept (a CR LF pair is one), tabs and other control characters
     * as spaces; the characters themselves are mapped to the fonts when the text is written.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        String t = s.replace("\r\n", "\n");
        t.codePoints().forEach(c -> {
            if (c == '\n') {
                b.append('\n');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                b.append(' ');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /**
     * What {@code font} can show of one line: each character it has a glyph for, else the character
     * without its accents, else '?'; line breaks and control characters as spaces.
     */
    String printable(String text, PDFont font) {
        StringBuilder b = new StringBuilder(text.length());
        clean(text).replace('\n', ' ').codePoints().forEach(c -> {
            if (shows(font, c)) {
                b.appendCodePoint(c);
                return;
            }
            String plain = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            if (!plain.isEmpty() && plain.codePoints().allMatch(p -> shows(font, p))) {
                b.append(plain);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean shows(PDFont font, int codePoint) {
        return coverage.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
