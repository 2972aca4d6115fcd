package id.sakip.measurement.capaian;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The capaian engine (framework-free). Capaian is a percentage with 2 decimals, rounded HALF_UP:
 * <ul>
 * <li>higher-is-better: realisasi / target × 100;</li>
 * <li>lower-is-better: (2 × target − realisasi) / target × 100 (the official guidance);</li>
 * <li>target range [lower, upper]: 100 inside it (bounds included); below it, higher-is-better
 * against the lower bound; above it, lower-is-better against the upper bound.</li>
 * </ul>
 * Edge cases: a missing realisasi is "not yet reported" and has no capaian (not zero); a target of 0
 * has no defined ratio: higher-is-better scores 100 when realisasi ≥ 0, lower-is-better scores 100
 * when realisasi is 0 and 0 otherwise. Results are not capped and a negative result is floored at 0.
 * The full engine (ranges, scales, aggregation, configurable methods) is the measurement issue's.
 */
public final class Capaian {
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;

    private Capaian() {
    }

    public enum Polarity {
        HIGHER_IS_BETTER, LOWER_IS_BETTER, RANGE
    }

    /**
     * Capaian of a target range: 100 inside [lower, upper]; outside, measured against the nearer
     * bound. Null when the realisasi is not reported.
     */
    public static BigDecimal ofRange(BigDecimal lower, BigDecimal upper, BigDecimal realisasi) {
        if (realisasi == null || lower == null || upper == null) {
            return null;
        }
        if (realisasi.compareTo(lower) < 0) {
            return of(Polarity.HIGHER_IS_BETTER, lower, realisasi);
        }
        if (realisasi.compareTo(upper) > 0) {
            return of(Polarity.LOWER_IS_BETTER, upper, realisasi);
        }
        return HUNDRED.setScale(SCALE);
    }

    /** @return capaian in percent, or null when the realisasi is not reported */
    public static BigDecimal of(Polarity polarity, BigDecimal target, BigDecimal realisasi) {
        if (realisasi == null || target == null) {
            return null;
        }
        if (polarity == Polarity.RANGE) {
            throw new IllegalArgumentException("a target range needs both bounds: use ofRange");
        }
        if (target.signum() == 0) {
            return polarity == Polarity.HIGHER_IS_BETTER ? HUNDRED.setScale(SCALE)
                    : (realisasi.signum() == 0 ? HUNDRED : BigDecimal.ZERO).setScale(SCALE);
        }
        BigDecimal numerator = polarity == Polarity.HIGHER_IS_BETTER ? realisasi
                : target.multiply(BigDecimal.valueOf(2)).subtract(realisasi);
        BigDecimal result = numerator.multiply(HUNDRED).divide(target, SCALE, RoundingMode.HALF_UP);
        return result.signum() < 0 ? BigDecimal.ZERO.setScale(SCALE) : result;
    }

    /** The SOP's success criterion: achieved when capaian ≥ 100%. */
    public static boolean achieved(BigDecimal capaian) {
        return capaian != null && capaian.compareTo(HUNDRED) >= 0;
    }

    /** Default band table: ≥91 sangat tinggi, 76–90 tinggi, 66–75 sedang, 51–65 rendah, ≤50 sangat rendah. */
    public static String category(BigDecimal capaian) {
        if (capaian == null) {
            return null;
        }
        if (capaian.compareTo(BigDecimal.valueOf(91)) >= 0) {
            return "SANGAT_TINGGI";
        }
        if (capaian.compareTo(BigDecimal.valueOf(76)) >= 0) {
            return "TINGGI";
        }
        if (capaian.compareTo(BigDecimal.valueOf(66)) >= 0) {
            return "SEDANG";
        }
        if (capaian.compareTo(BigDecimal.valueOf(51)) >= 0) {
            return "RENDAH";
        }
        return "SANGAT_RENDAH";
    }
}
