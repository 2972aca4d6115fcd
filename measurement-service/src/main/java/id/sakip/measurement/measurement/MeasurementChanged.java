package id.sakip.measurement.measurement;

/**
 * The measurement in force for an agency's period, or its review, changed in this transaction (a
 * new version, an approval, a signature): a synchronous CDI event for the state projector.
 */
public record MeasurementChanged(String agencyCode, int year, String period) {
}
