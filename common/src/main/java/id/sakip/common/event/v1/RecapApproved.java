package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.common.vocabulary.ScalePoint;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Sekretaris approved the recap (rekapitulasi) of a round: the agreed realisasi of every
 * indicator for the period, with the targets they are measured against. {@code recapVersion} is 1
 * for the first approval and grows with each approval after an audited reopening, so consumers
 * recompute. {@code approvedBy} is the Sekretaris' login; {@code approvedByName} and
 * {@code approvedByNip} how documents name them (absent before 0.3 and for tokens without them).
 */
public record RecapApproved(
        UUID roundId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        UUID agreementId,
        int agreementVersion,
        int recapVersion,
        String approvedBy,
        OffsetDateTime approvedAt,
        List<Row> rows,
        String approvedByName,
        String approvedByNip) implements DomainEvent {

    /** An approval by a login without a name or NIP. */
    public RecapApproved(UUID roundId, String agencyCode, String regionCode, String provinceCode, int year,
            String period, UUID agreementId, int agreementVersion, int recapVersion, String approvedBy,
            OffsetDateTime approvedAt, List<Row> rows) {
        this(roundId, agencyCode, regionCode, provinceCode, year, period, agreementId, agreementVersion, recapVersion,
                approvedBy, approvedAt, rows, null, null);
    }

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.ROUNDS, roundId, EventTypes.RECAP_APPROVED,
                "rounds/" + roundId, agencyCode, regionCode, provinceCode);
    }

    /**
     * One indicator's row; for RANGE indicators the targets are lower bounds and {@code ...Upper} the
     * upper ones. A predicate indicator carries its scale, and its realisasi as the label (its value is
     * the number the label counts as).
     */
    @Schema(name = "RecapRow")
    public record Row(
            String indicatorCode,
            String indicatorName,
            String sasaran,
            String unitOfMeasure,
            Polarity polarity,
            String unitCode,
            BigDecimal annualTarget,
            BigDecimal periodTarget,
            BigDecimal realisasi,
            String keterangan,
            BigDecimal annualTargetUpper,
            BigDecimal periodTargetUpper,
            List<ScalePoint> predicateScale,
            String realisasiLabel) {
        /** A row of an indicator without a predicate scale. */
        public Row(String indicatorCode, String indicatorName, String sasaran, String unitOfMeasure, Polarity polarity,
                String unitCode, BigDecimal annualTarget, BigDecimal periodTarget, BigDecimal realisasi,
                String keterangan, BigDecimal annualTargetUpper, BigDecimal periodTargetUpper) {
            this(indicatorCode, indicatorName, sasaran, unitOfMeasure, polarity, unitCode, annualTarget, periodTarget,
                    realisasi, keterangan, annualTargetUpper, periodTargetUpper, null, null);
        }
    }
}
