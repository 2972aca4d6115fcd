package id.sakip.reporting.document;

import id.sakip.common.vocabulary.Period;
import id.sakip.common.vocabulary.PredicateScale;
import id.sakip.common.vocabulary.ScalePoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Bahasa Indonesia formatting for the documents: 1.250,5; 22 November 2026; Triwulan I; Sangat Tinggi. */
public final class Fmt {
    static final Locale ID = Locale.forLanguageTag("id-ID");
    /** Documents show times in Western Indonesian Time. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", ID);

    private Fmt() {
    }

    /** A value of an indicator: a predicate indicator's as the label of its scale (WTP), any other as {@link #num}. */
    public static String value(BigDecimal v, List<ScalePoint> scale) {
        String label = PredicateScale.label(scale, v);
        return label != null ? label : num(v);
    }

    /** A value given with its label (predicate indicators), else as {@link #num}. */
    public static String value(BigDecimal v, String label) {
        return label != null ? label : num(v);
    }

    /** A number with up to 2 decimals, Indonesian separators; "-" when absent. */
    public static String num(BigDecimal v) {
        if (v == null) {
            return "-";
        }
        DecimalFormatSymbols sy = new DecimalFormatSymbols(ID);
        sy.setDecimalSeparator(',');
        sy.setGroupingSeparator('.');
        DecimalFormat f = new DecimalFormat("#,##0.##", sy);
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }

    /** A percentage with exactly 2 decimals: 105,00. */
    public static String pct(BigDecimal v) {
        if (v == null) {
            return "-";
        }
        DecimalFormatSymbols sy = new DecimalFormatSymbols(ID);
        sy.setDecimalSeparator(',');
        sy.setGroupingSeparator('.');
        return new DecimalFormat("#,##0.00", sy).format(v.setScale(2, RoundingMode.HALF_UP));
    }

    public static String date(LocalDate d) {
        return d == null ? "-" : DATE.format(d);
    }

    public static String date(OffsetDateTime t) {
        return t == null ? "-" : DATE.format(t.atZoneSameInstant(WIB));
    }

    public static String dateTime(OffsetDateTime t) {
        return t == null ? "-" : DATE_TIME.format(t.atZoneSameInstant(WIB)) + " WIB";
    }

    /** Triwulan I .. IV, Bulan Januari .. Desember; "Tahunan" when none. */
    public static String period(String period) {
        if (period == null) {
            return "Tahunan";
        }
        return Period.parse(period).indonesianName();
    }

    /** SANGAT_TINGGI becomes Sangat Tinggi. */
    public static String category(String c) {
        if (c == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (String w : c.toLowerCase(Locale.ROOT).split("_")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
