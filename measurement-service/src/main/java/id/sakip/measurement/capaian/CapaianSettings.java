package id.sakip.measurement.capaian;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An agency's measurement settings. The defaults follow official guidance: lower-is-better as
 * (2 × target − realisasi) / target, no cap, the band table ≥91 sangat tinggi, ≥76 tinggi, ≥66
 * sedang, ≥51 rendah, below that sangat rendah, and roll-ups as the plain average of children.
 *
 * @param lowerIsBetter how a lower-is-better indicator is scored
 * @param cap           highest capaian reported (e.g. 120), or null for none
 * @param bands         category bands, each from its minimum up; any order, sorted on use
 * @param rollUp        how a sasaran, tujuan or agency combines its children
 */
public record CapaianSettings(LowerIsBetter lowerIsBetter, BigDecimal cap, List<Band> bands, RollUp rollUp) {

    /** The official formula and the two found in the field. */
    public enum LowerIsBetter {
        /** (2 × target − realisasi) / target × 100: 100 on target, more when below it (official guidance). */
        OFFICIAL,
        /** target / realisasi × 100: 100 on target; realisasi 0 scores the cap (or 100 when none). */
        RATIO,
        /** (target − realisasi) / target × 100: the share by which the value stayed under the target. */
        REDUCTION
    }

    /** How a parent node combines its children's capaian. */
    public enum RollUp {
        /** Average of the children's capaian (each sasaran weighs the same in its tujuan). */
        AVERAGE_OF_CHILDREN,
        /** Average over all measured indicators below the node (each indicator weighs the same). */
        AVERAGE_OF_INDICATORS
    }

    /** A category from {@code minimum} (inclusive) up to the next band's minimum. */
    public record Band(BigDecimal minimum, String category) {
    }

    public static final CapaianSettings DEFAULT = new CapaianSettings(LowerIsBetter.OFFICIAL, null, List.of(
            new Band(new BigDecimal("91"), "SANGAT_TINGGI"),
            new Band(new BigDecimal("76"), "TINGGI"),
            new Band(new BigDecimal("66"), "SEDANG"),
            new Band(new BigDecimal("51"), "RENDAH"),
            new Band(BigDecimal.ZERO, "SANGAT_RENDAH")), RollUp.AVERAGE_OF_CHILDREN);

    public CapaianSettings {
        Objects.requireNonNull(lowerIsBetter, "lowerIsBetter");
        Objects.requireNonNull(rollUp, "rollUp");
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("at least one band");
        }
        bands = bands.stream().sorted(Comparator.comparing(Band::minimum).reversed()).toList();
        if (cap != null && cap.compareTo(Capaian.HUNDRED) < 0) {
            throw new IllegalArgumentException("a cap below 100 would hide achieved targets");
        }
    }

    public CapaianSettings withLowerIsBetter(LowerIsBetter method) {
        return new CapaianSettings(method, cap, bands, rollUp);
    }

    public CapaianSettings withCap(BigDecimal newCap) {
        return new CapaianSettings(lowerIsBetter, newCap, bands, rollUp);
    }

    public CapaianSettings withRollUp(RollUp method) {
        return new CapaianSettings(lowerIsBetter, cap, bands, method);
    }
}
