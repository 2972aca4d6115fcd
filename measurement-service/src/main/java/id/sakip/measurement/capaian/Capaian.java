package id.sakip.measurement.capaian;

import id.sakip.common.vocabulary.Polarity;
import java.math.BigDecimal;

/**
 * Shortcuts to {@link CapaianEngine#DEFAULT} (official formula, no cap, default bands). Capaian is a
 * percentage with 2 decimals, rounded HALF_UP; see {@link CapaianEngine} for every rule and edge case.
 */
public final class Capaian {
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Capaian() {
    }

    /** @return capaian in percent, or null when the realisasi is not reported */
    public static BigDecimal of(Polarity polarity, BigDecimal target, BigDecimal realisasi) {
        return CapaianEngine.DEFAULT.score(polarity, target, realisasi);
    }

    /** Capaian of a target range: 100 inside [lower, upper]; outside, against the nearer bound. */
    public static BigDecimal ofRange(BigDecimal lower, BigDecimal upper, BigDecimal realisasi) {
        return CapaianEngine.DEFAULT.scoreRange(lower, upper, realisasi);
    }

    /** The SOP's success criterion: achieved when capaian ≥ 100%. */
    public static boolean achieved(BigDecimal capaian) {
        return CapaianEngine.achieved(capaian);
    }

    /** Default band table: ≥91 sangat tinggi, 76–90 tinggi, 66–75 sedang, 51–65 rendah, ≤50 sangat rendah. */
    public static String category(BigDecimal capaian) {
        return CapaianEngine.DEFAULT.category(capaian);
    }
}
