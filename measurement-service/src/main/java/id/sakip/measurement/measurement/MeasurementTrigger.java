package id.sakip.measurement.measurement;

import id.sakip.common.event.v1.MeasurementComputed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What made a measurement version: an approved recap, or a revised PK (PK Perubahan) recomputing it. */
@Schema(name = "MeasurementTrigger")
public enum MeasurementTrigger {
    RECAP_APPROVED, AGREEMENT_REVISED;

    /** The trigger of a stored measurement ({@link MeasurementComputed#BY_RECAP} or {@link MeasurementComputed#BY_REVISED_AGREEMENT}). */
    static MeasurementTrigger of(String stored) {
        return stored == null ? null : valueOf(stored);
    }
}
