package id.sakip.common.event.v1;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Capaian (achievement) was computed for an agency and period from an approved recap. */
public record MeasurementComputed(
        UUID measurementId,
        UUID roundId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        OffsetDateTime computedAt,
        BigDecimal averageCapaian,
        String category,
        int achievedCount,
        int notAchievedCount,
        List<IndicatorResult> indicators) {

    /** {@code capaian} is a percentage with 2 decimals; {@code achieved} means capaian at least 100. */
    public record IndicatorResult(
            String indicatorCode,
            String indicatorName,
            String polarity,
            BigDecimal target,
            BigDecimal targetUpper,
            BigDecimal realisasi,
            BigDecimal capaian,
            String category,
            boolean achieved) {
    }
}
