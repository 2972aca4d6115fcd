package id.sakip.common.vocabulary;

/** Whose Perjanjian Kinerja: the head's (HEAD) or a unit head's for IKI indicators (INDIVIDUAL). */
public enum AgreementKind {
    HEAD, INDIVIDUAL
}
