package id.sakip.collection.round;

/** A unit's form: being filled (DRAFT) or handed to Tim SAKIP (SUBMITTED). */
public enum FormStatus {
    DRAFT, SUBMITTED
}
