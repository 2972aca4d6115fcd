package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The head signed the measurement report of a period (seed 003: "Penandatanganan dokumen pengukuran
 * kinerja oleh Kepala Dinas"). Keyed by the collection round id.
 */
public record MeasurementSigned(
        UUID measurementRoundId,
        UUID measurementId,
        UUID roundId,
        int measurementVersion,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        String signedBy,
        OffsetDateTime signedAt,
        PerformanceAgreementSigned.Signatory signatory) implements DomainEvent {

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.MEASUREMENTS, roundId, EventTypes.MEASUREMENT_SIGNED,
                "measurement-rounds/" + measurementRoundId, agencyCode, regionCode, provinceCode);
    }
}
