package id.sakip.common.vocabulary;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reporting period of a year: a quarter (triwulan) {@code Q1..Q4} or a month (bulan)
 * {@code M01..M12}. Ordered by the month it ends in; a month knows its quarter.
 */
public record Period(boolean quarterly, int number) implements Comparable<Period> {
    /** The text form, for validation annotations: {@code Q1..Q4} or {@code M01..M12}. */
    public static final String PATTERN = "Q[1-4]|M(0[1-9]|1[0-2])";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    public Period {
        if (number < 1 || number > (quarterly ? 4 : 12)) {
            throw new IllegalArgumentException("no " + (quarterly ? "quarter " : "month ") + number);
        }
    }

    /** The period of its text form; IllegalArgumentException for anything but Q1..Q4 and M01..M12. */
    public static Period parse(String text) {
        if (text == null || !VALID.matcher(text).matches()) {
            throw new IllegalArgumentException("a period is Q1..Q4 or M01..M12, not " + text);
        }
        return new Period(text.charAt(0) == 'Q', Integer.parseInt(text.substring(1)));
    }

    public static boolean isValid(String text) {
        return text != null && VALID.matcher(text).matches();
    }

    /** Its position in the year's list of quarter or month targets (0-based). */
    public int index() {
        return number - 1;
    }

    /** The quarter it falls in (a quarter: itself). */
    public int quarter() {
        return quarterly ? number : (number + 2) / 3;
    }

    /** The last month of the period (1..12). */
    public int endMonth() {
        return quarterly ? number * 3 : number;
    }

    /** Triwulan I .. IV, Bulan Januari .. Desember. */
    public String indonesianName() {
        return quarterly ? "Triwulan " + ROMAN.get(index())
                : "Bulan " + Month.of(number).getDisplayName(TextStyle.FULL, INDONESIAN);
    }

    /** Q1..Q4 or M01..M12. */
    @Override
    public String toString() {
        return quarterly ? "Q" + number : String.format(Locale.ROOT, "M%02d", number);
    }

    /** By the month the period ends in; a quarter before the month that ends it. */
    @Override
    public int compareTo(Period o) {
        int c = Integer.compare(endMonth(), o.endMonth());
        return c != 0 ? c : Boolean.compare(!quarterly, !o.quarterly);
    }
}
