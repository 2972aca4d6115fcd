package id.sakip.common.input;

import java.math.BigDecimal;

/**
 * The range of numbers the API accepts (targets, realisasi, baselines): at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_DECIMALS} after it,
 * stored exactly (PostgreSQL {@code numeric}, never rounded). A value beyond it is refused where it
 * is read, with the field named, before it reaches the database driver.
 */
public final class Numbers {
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_DECIMALS = 6;

    private Numbers() {
    }

    /** Null when the value is acceptable, otherwise what is wrong with it. */
    public static String problem(BigDecimal v) {
        if (v == null) {
            return null;
        }
        // the scale of 1e-1000000 is a million: decide from scale and precision, never expand the digits
        int scale = v.scale();
        int precision = v.precision();
        if (scale > MAX_DECIMALS) {
            if (precision > 1000 || v.stripTrailingZeros().scale() > MAX_DECIMALS) {
                return "has more than " + MAX_DECIMALS + " decimal places";
            }
        }
        long integerDigits = (long) precision - scale;
        if (integerDigits > MAX_INTEGER_DIGITS) {
            if (v.signum() != 0 && (precision > 1000 || v.stripTrailingZeros().precision()
                    - (long) v.stripTrailingZeros().scale() > MAX_INTEGER_DIGITS)) {
                return "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
            }
        }
        return null;
    }

    /**
     * The value as it is stored: trailing zeros after the decimal point removed, never in exponent
     * form (1E+3 becomes 1000), negative zero as zero.
     */
    public static BigDecimal canonical(BigDecimal v) {
        if (v == null) {
            return null;
        }
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
