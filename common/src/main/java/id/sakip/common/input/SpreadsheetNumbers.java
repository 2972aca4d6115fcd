package id.sakip.common.input;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers typed as text into a spreadsheet cell. Indonesian writes {@code 1.250,5} where English
 * writes {@code 1,250.5}; either is read when it can mean only one number. A single separator
 * followed by exactly three digits ({@code 1.250}, {@code 1,250}) means one thousand two hundred
 * fifty in one notation and one and a quarter in the other: it is refused, with what to write
 * instead. Real number cells are not text and are read as they are.
 */
public final class SpreadsheetNumbers {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");

    private SpreadsheetNumbers() {
    }

    /** The number a numeric cell holds, or why it cannot be taken. */
    public static Result ofCell(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return new Result(null, "is not a number");
        }
        // the cell's double in its shortest decimal form (82.0 -> 82, 1250000000 stays exact)
        return checked(BigDecimal.valueOf(d));
    }

    /** The number a text cell spells, or why it cannot be taken. */
    public static Result ofText(String text) {
        String t = text.strip().replace("\u00A0", "").replace(" ", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        boolean negative = t.startsWith("-");
        String body = negative ? t.substring(1) : t;
        int dots = count(body, '.');
        int commas = count(body, ',');
        String plain;
        if (DIGITS.matcher(body).matches()) {
            plain = body;
        } else if (dots > 0 && commas > 0) {
            // both: the last one is the decimal separator, the other groups thousands
            char decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
            int at = body.lastIndexOf(decimal);
            String whole = body.substring(0, at);
            String fraction = body.substring(at + 1);
            if (count(body, decimal) != 1 || !GROUPED.matcher(whole).matches() || whole.indexOf(decimal) >= 0
                    || !DIGITS.matcher(fraction).matches()) {
                return notANumber(text);
            }
            plain = whole.replace(".", "").replace(",", "") + "." + fraction;
        } else if (dots + commas > 1) {
            // one kind of separator, several times: thousands groups (1.250.000)
            if (!GROUPED.matcher(body).matches()) {
                return notANumber(text);
            }
            plain = body.replace(".", "").replace(",", "");
        } else if (dots + commas == 1) {
            char sep = dots == 1 ? '.' : ',';
            int at = body.indexOf(sep);
            String whole = body.substring(0, at);
            String fraction = body.substring(at + 1);
            if (!DIGITS.matcher(whole).matches() || !DIGITS.matcher(fraction).matches()) {
                return notANumber(text);
            }
            if (fraction.length() == 3 && whole.length() <= 3 && !whole.equals("0")) {
                String thousands = whole + fraction;
                String decimal = whole + "," + fraction;
                return new Result(null, "'" + text.strip() + "' is ambiguous: " + thousands + " in Indonesian notation, "
                        + whole + "." + fraction + " in English; write " + thousands + " or " + decimal
                        + " (decimal comma), or use a number cell");
            }
            plain = whole + "." + fraction;
        } else {
            return notANumber(text);
        }
        return checked(new BigDecimal(negative ? "-" + plain : plain));
    }

    private static Result checked(BigDecimal v) {
        String problem = Numbers.problem(v);
        return problem != null ? new Result(null, problem) : new Result(Numbers.canonical(v), null);
    }

    private static Result notANumber(String text) {
        return new Result(null, "'" + text.strip() + "' is not a number", true);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /**
     * The value, or (when {@code problem} is set) why the cell cannot be taken; {@code notANumber} when
     * the text is no number at all (rather than an ambiguous or out-of-range one).
     */
    public record Result(BigDecimal value, String problem, boolean notANumber) {
        Result(BigDecimal value, String problem) {
            this(value, problem, false);
        }

        public boolean ok() {
            return problem == null;
        }
    }
}
