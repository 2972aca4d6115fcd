package id.sakip.dashboard.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** The page's words and numbers, in Bahasa Indonesia (decimal comma, WIB times). */
public final class Labels {
    public static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'WIB'", ID);
    private static final Map<String, String> ROUND = Map.of("PREPARING", "Persiapan", "OPEN", "Pengisian formulir",
            "RECAP_COMPILED", "Rekap disusun", "APPROVED", "Disetujui Sekretaris", "ARCHIVED", "Diarsipkan");
    private static final Map<String, String> TIMELINESS = Map.of("ON_TIME", "Tepat waktu", "LATE", "Terlambat",
            "MISSING", "Belum masuk (lewat batas)", "PENDING", "Belum masuk");
    private static final Map<String, String> CATEGORY = Map.of("SANGAT_TINGGI", "Sangat Tinggi", "TINGGI", "Tinggi",
            "SEDANG", "Sedang", "RENDAH", "Rendah", "SANGAT_RENDAH", "Sangat Rendah");

    private Labels() {
    }

    public static String round(String status) {
        return status == null ? "Belum dibuka" : ROUND.getOrDefault(status, status);
    }

    public static String timeliness(String t) {
        return TIMELINESS.getOrDefault(t, t);
    }

    public static String category(String c) {
        return c == null || c.isEmpty() || "null".equals(c) ? "-" : CATEGORY.getOrDefault(c, c);
    }

    /** "Triwulan I" for Q1, "Januari" for M01. */
    public static String period(String p) {
        if (p.startsWith("Q")) {
            return "Triwulan " + new String[] {"I", "II", "III", "IV"}[Integer.parseInt(p.substring(1)) - 1];
        }
        return Month.of(Integer.parseInt(p.substring(1))).getDisplayName(TextStyle.FULL, ID);
    }

    /** 112,12 (at most two decimals); "-" without a value. */
    public static String number(BigDecimal n) {
        if (n == null) {
            return "-";
        }
        NumberFormat f = NumberFormat.getNumberInstance(ID);
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(0);
        return f.format(n);
    }

    public static String when(Instant at) {
        return at == null ? "-" : WHEN.format(at.atZone(WIB));
    }
}
