package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
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
        OffsetDateTime approvedAt) implements DomainEvent {

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.MEASUREMENTS, roundId, EventTypes.MEASUREMENT_APPROVED,
                "measurement-rounds/" + measurementRoundId, agencyCode, regionCode, provinceCode);
    }
}
