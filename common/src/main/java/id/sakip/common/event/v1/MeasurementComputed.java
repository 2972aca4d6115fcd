package id.sakip.common.event.v1;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Capaian (achievement) was computed for an agency and period from an approved recap. A corrected
 * recap of the same round makes a new {@code measurementVersion}, which supersedes the earlier one.
 * {@code averageCapaian}, {@code category} and the counts are the agency's roll-up over its sasaran.
 */
public record MeasurementComputed(
        UUID measurementId,
        int measurementVersion,
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
        List<SasaranResult> sasaran,
        List<IndicatorResult> indicators) {

    /** A sasaran's capaian rolled up from its indicators, with how many were achieved. */
    public record SasaranResult(String sasaran, BigDecimal capaian, String category, int achievedCount,
            int notAchievedCount) {
    }

    /** {@code capaian} is a percentage with 2 decimals; {@code achieved} means capaian at least 100. */
    public record IndicatorResult(
            String indicatorCode,
            String indicatorName,
            String sasaran,
            String polarity,
            BigDecimal target,
            BigDecimal targetUpper,
            BigDecimal realisasi,
            BigDecimal capaian,
            String category,
            boolean achieved) {
    }
}
