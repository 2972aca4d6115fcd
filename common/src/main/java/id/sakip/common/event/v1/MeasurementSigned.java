package id.sakip.common.event.v1;

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
        PerformanceAgreementSigned.Signatory signatory) {
}
