package id.sakip.indicator.indicator;

/** Enumerations of an indicator (see the glossary in DESIGN.md). */
public final class IndicatorEnums {
    private IndicatorEnums() {
    }

    /** IKU (Indikator Kinerja Utama), IKK (Kunci), IKI (Individu), or program/kegiatan/sub-kegiatan indicators. */
    public enum Kind {
        IKU, IKK, IKI, PROGRAM, KEGIATAN, SUB_KEGIATAN
    }

    /** Reporting frequency. */
    public enum Frequency {
        MONTHLY, QUARTERLY
    }
}
