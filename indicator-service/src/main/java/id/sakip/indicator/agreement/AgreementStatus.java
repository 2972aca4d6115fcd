package id.sakip.indicator.agreement;

/** Lifecycle of a Perjanjian Kinerja: drafted by Tim SAKIP, signed by the head. Signed agreements never change. */
public enum AgreementStatus {
    DRAFT, SIGNED
}
