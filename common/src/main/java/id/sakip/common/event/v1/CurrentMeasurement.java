package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The measurement in force for an agency's period, with its review: the record of the compacted
 * topic {@code sakip.measurement.measurement-state}, keyed {@code agency/year/period}, written in the
 * transaction of every new version (a recap approved, a PK revision recomputed) and of its approval
 * and signature. {@code supersedesMeasurementId} names the version it replaced.
 */
public record CurrentMeasurement(
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        UUID measurementId,
        int measurementVersion,
        UUID supersedesMeasurementId,
        UUID roundId,
        String trigger,
        Integer agreementVersion,
        OffsetDateTime computedAt,
        BigDecimal averageCapaian,
        String category,
        int achievedCount,
        int notAchievedCount,
        List<Sasaran> sasaran,
        List<Indicator> indicators,
        Review review,
        OffsetDateTime updatedAt) implements DomainEvent {

    /** A sasaran's capaian in the period. */
    public record Sasaran(String sasaran, BigDecimal capaian, String category, int achievedCount, int notAchievedCount) {
    }

    /** An indicator's result in the period. */
    public record Indicator(String indicatorCode, String indicatorName, String sasaran, String unitOfMeasure,
            String responsibleUnit, BigDecimal target, BigDecimal realisasi, BigDecimal capaian, String category,
            boolean achieved) {
    }

    /** Who approved (Sekretaris) and signed (head) this version; nulls until they have. */
    public record Review(String approvedBy, OffsetDateTime approvedAt, String signedBy, OffsetDateTime signedAt) {
    }

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.MEASUREMENT_STATE, agencyCode + "/" + year + "/" + period, EventTypes.CURRENT_MEASUREMENT,
                "measurements/" + measurementId, agencyCode, regionCode, provinceCode);
    }
}
