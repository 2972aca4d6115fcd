package id.sakip.common.event.v1;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The Sekretaris approved the measurement of a period (SOP step "menganalisa hasil rekapitulasi
 * pengukuran": setuju): which measurement version, and its headline figures. Keyed by the
 * collection round id, like MeasurementComputed.
 */
public record MeasurementApproved(
        UUID measurementRoundId,
        UUID measurementId,
        UUID roundId,
        int measurementVersion,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        BigDecimal averageCapaian,
        String category,
        int achievedCount,
        int notAchievedCount,
        String approvedBy,
        OffsetDateTime approvedAt) {
}
