package id.sakip.collection.round;

/**
 * Where a round stands in the collection SOP: forms out to the units (OPEN), recap compiled by Tim
 * SAKIP and reported to the Sekretaris (RECAP_COMPILED), recap approved (APPROVED). A returned recap
 * goes back to OPEN with the reason.
 */
public enum RoundStatus {
    OPEN, RECAP_COMPILED, APPROVED
}
