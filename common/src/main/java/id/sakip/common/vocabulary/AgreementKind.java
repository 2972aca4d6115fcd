package id.sakip.common.vocabulary;

/** Whose Perjanjian Kinerja: the head's (HEAD) or a unit head's for IKI indicators (INDIVIDUAL). */
public enum AgreementKind {
    HEAD, INDIVIDUAL;

    /** Whether an event's kind names the head's agreement (events before kinds existed carry none). */
    public static boolean isHead(AgreementKind kind) {
        return kind == null || kind == HEAD;
    }
}
