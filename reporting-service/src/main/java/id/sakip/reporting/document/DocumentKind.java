package id.sakip.reporting.document;

/** The documents the SOPs end in. */
public enum DocumentKind {
    /** Laporan hasil pengumpulan data kinerja (a collection round). */
    COLLECTION_REPORT,
    /** Laporan hasil pengukuran kinerja (a measurement). */
    MEASUREMENT_REPORT,
    /** Perjanjian Kinerja: the statement page and the attachment table. */
    PK,
    /** LKjIP chapter III: the performance table per sasaran, with the agency's narrative. */
    LKJIP
}
