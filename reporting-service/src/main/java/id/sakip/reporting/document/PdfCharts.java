package id.sakip.reporting.document;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The charts of the measurement report, drawn on a {@link Pdf}. */
final class PdfCharts {
    private PdfCharts() {
    }

    /** A horizontal bar chart: one bar per label, with the value printed, and a reference line at 100. */
    static void bars(Pdf p, String title, List<String> labels, List<Double> values, double reference) {
        float barHeight = 12;
        float labelWidth = p.width() * 0.38f;
        float chartWidth = p.width() - labelWidth - 40;
        float h = 24 + labels.size() * (barHeight + 4) + 14;
        p.ensure(h);
        p.paragraph(title, p.bold, 9);
        double max = Math.max(reference * 1.2, values.stream().filter(v -> v != null).mapToDouble(v -> v).max().orElse(0));
        float top = p.y();
        for (int i = 0; i < labels.size(); i++) {
            String label = p.metrics().truncate(PdfText.clean(labels.get(i)), p.regular, 8, labelWidth - 6);
            p.write(label, p.regular, 8, Pdf.MARGIN, p.y() - barHeight + 2);
            Double v = values.get(i);
            if (v != null) {
                float w = (float) (chartWidth * Math.max(0, v) / max);
                p.fill(Pdf.MARGIN + labelWidth, p.y() - barHeight, w, barHeight, v >= reference ? new Color(46, 125, 50)
                        : new Color(198, 40, 40));
                p.write(Fmt.pct(BigDecimal.valueOf(v)), p.regular, 8, Pdf.MARGIN + labelWidth + w + 3,
                        p.y() - barHeight + 2);
            } else {
                p.write("belum dilaporkan", p.regular, 8, Pdf.MARGIN + labelWidth + 3, p.y() - barHeight + 2);
            }
            p.y(p.y() - (barHeight + 4));
        }
        float refX = Pdf.MARGIN + labelWidth + (float) (chartWidth * reference / max);
        p.line(refX, top + 2, refX, p.y(), 0.7f);
        p.write(String.format(Locale.ROOT, "%.0f", reference), p.regular, 7, refX - 6, p.y() - 9);
        p.y(p.y() - 16);
    }

    /**
     * Grouped vertical bars: for each period a target bar and a realisasi bar (small multiples, one
     * per series).
     */
    static void targetVsRealisasi(Pdf p, String title, List<String> periods, List<Double> targets, List<Double> values) {
        float h = 110;
        p.ensure(h + 20);
        p.paragraph(title, p.bold, 9);
        float chartHeight = 70;
        float base = p.y() - chartHeight;
        double max = 0;
        for (Double d : targets) {
            max = d == null ? max : Math.max(max, d);
        }
        for (Double d : values) {
            max = d == null ? max : Math.max(max, d);
        }
        max = max <= 0 ? 1 : max * 1.15;
        float group = Math.min(80, p.width() / Math.max(1, periods.size()));
        p.line(Pdf.MARGIN, base, Pdf.MARGIN + group * periods.size(), base, 0.5f);
        for (int i = 0; i < periods.size(); i++) {
            float x = Pdf.MARGIN + i * group + 8;
            float bw = (group - 20) / 2;
            if (targets.get(i) != null) {
                float th = (float) (chartHeight * targets.get(i) / max);
                p.fill(x, base, bw, th, new Color(144, 164, 174));
            }
            if (values.get(i) != null) {
                float vh = (float) (chartHeight * values.get(i) / max);
                p.fill(x + bw + 2, base, bw, vh, new Color(21, 101, 192));
            }
            p.write(periods.get(i), p.regular, 7, x, base - 9);
        }
        float lx = Pdf.MARGIN + group * periods.size() + 12;
        p.fill(lx, base + 50, 8, 8, new Color(144, 164, 174));
        p.write("Target", p.regular, 7, lx + 11, base + 51);
        p.fill(lx, base + 36, 8, 8, new Color(21, 101, 192));
        p.write("Realisasi", p.regular, 7, lx + 11, base + 37);
        p.y(base - 18);
    }
}
