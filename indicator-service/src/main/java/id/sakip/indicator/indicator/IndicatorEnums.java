package id.sakip.indicator.indicator;

/** Enumerations of an indicator (see the glossary in DESIGN.md). */
public final class IndicatorEnums {
    private IndicatorEnums() {
    }

    /** IKU (Indikator Kinerja Utama), IKK (Kunci), IKI (Individu), or program/kegiatan/sub-kegiatan indicators. */
    public enum Kind {
        IKU, IKK, IKI, PROGRAM, KEGIATAN, SUB_KEGIATAN
    }

    /**
     * Polaritas: whether a higher or a lower value is better, or whether the value should stay inside
     * a target range (the agreement then gives a lower and an upper bound for every target).
     */
    public enum Polarity {
        HIGHER_IS_BETTER, LOWER_IS_BETTER, RANGE
    }

    /** How period values combine over the year: kumulatif (sum), rata-rata (average), posisi akhir (last). */
    public enum Aggregation {
        CUMULATIVE, AVERAGE, LAST
    }

    /** Reporting frequency. */
    public enum Frequency {
        MONTHLY, QUARTERLY
    }
}
