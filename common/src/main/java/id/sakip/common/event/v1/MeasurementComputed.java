package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Polarity;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Capaian (achievement) was computed for an agency and period from an approved recap. A corrected
 * recap of the same round makes a new {@code measurementVersion}, which supersedes the earlier one.
 * {@code averageCapaian}, {@code category} and the counts are the agency's roll-up (over its tujuan
 * when the PK places the indicators under tujuan, else over its sasaran). A revised PK recomputes the
 * period as a new version too ({@code trigger}). Each indicator carries the period's capaian and, when
 * the PK has reached measurement-service, the year to date by its aggregation rule.
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
        List<IndicatorResult> indicators,
        List<TujuanResult> tujuan,
        Integer agreementVersion,
        String trigger) implements DomainEvent {

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.MEASUREMENTS, roundId, EventTypes.MEASUREMENT_COMPUTED,
                "measurements/" + measurementId, agencyCode, regionCode, provinceCode);
    }

    /** What made this version: an approved (or corrected) recap, or a revised PK. */
    public static final String BY_RECAP = "RECAP_APPROVED";
    public static final String BY_REVISED_AGREEMENT = "AGREEMENT_REVISED";

    /** A sasaran's capaian rolled up from its indicators, with how many were achieved. */
    public record SasaranResult(String sasaran, BigDecimal capaian, String category, int achievedCount,
            int notAchievedCount, String tujuan) {
        public SasaranResult(String sasaran, BigDecimal capaian, String category, int achievedCount,
                int notAchievedCount) {
            this(sasaran, capaian, category, achievedCount, notAchievedCount, null);
        }
    }

    /** A tujuan's capaian rolled up from its sasaran. */
    public record TujuanResult(String tujuan, BigDecimal capaian, String category, int achievedCount,
            int notAchievedCount) {
    }

    public MeasurementComputed(UUID measurementId, int measurementVersion, UUID roundId, String agencyCode,
            String regionCode, String provinceCode, int year, String period, OffsetDateTime computedAt,
            BigDecimal averageCapaian, String category, int achievedCount, int notAchievedCount,
            List<SasaranResult> sasaran, List<IndicatorResult> indicators) {
        this(measurementId, measurementVersion, roundId, agencyCode, regionCode, provinceCode, year, period, computedAt,
                averageCapaian, category, achievedCount, notAchievedCount, sasaran, indicators, List.of(), null, BY_RECAP);
    }

    /**
     * {@code capaian} is a percentage with 2 decimals; {@code achieved} means capaian at least 100. A
     * predicate indicator has its target and realisasi as labels too; {@code categoryToDate} and
     * {@code categoryOfYear} are the bands of the capaian to date and of the year; {@code unitOfMeasure}
     * is the indicator's satuan (since 0.2; null in events written before).
     */
    public record IndicatorResult(
            String indicatorCode,
            String indicatorName,
            String sasaran,
            Polarity polarity,
            BigDecimal target,
            BigDecimal targetUpper,
            BigDecimal realisasi,
            BigDecimal capaian,
            String category,
            boolean achieved,
            String tujuan,
            Aggregation aggregation,
            BigDecimal annualTarget,
            BigDecimal realisasiToDate,
            BigDecimal targetToDate,
            BigDecimal capaianToDate,
            BigDecimal capaianOfYear,
            String responsibleUnit,
            String keterangan,
            String targetLabel,
            String realisasiLabel,
            String categoryToDate,
            String categoryOfYear,
            String unitOfMeasure) {

        /** The period only, without the year to date. */
        public IndicatorResult(String indicatorCode, String indicatorName, String sasaran, Polarity polarity,
                BigDecimal target, BigDecimal targetUpper, BigDecimal realisasi, BigDecimal capaian, String category,
                boolean achieved) {
            this(indicatorCode, indicatorName, sasaran, polarity, target, targetUpper, realisasi, capaian, category,
                    achieved, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }
}
