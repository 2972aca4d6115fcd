package id.sakip.collection.round;

/**
 * Where a round's data stands: ordered and being prepared (PREPARING: disposition, briefing, plan,
 * documents, forms generated), forms out to the units (OPEN), recap compiled by Tim SAKIP
 * (RECAP_COMPILED), recap approved by the Sekretaris (APPROVED), archived (ARCHIVED, read-only).
 * A returned recap and an audited reopening go back to OPEN. The SOP step under way is in the
 * round's timeline.
 */
public enum RoundStatus {
    PREPARING, OPEN, RECAP_COMPILED, APPROVED, ARCHIVED
}
