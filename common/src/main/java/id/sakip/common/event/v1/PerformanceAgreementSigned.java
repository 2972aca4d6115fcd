package id.sakip.common.event.v1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.common.vocabulary.ScalePoint;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Perjanjian Kinerja (PK) was signed: type PerformanceAgreementSigned for a first version,
 * PerformanceAgreementRevised (same payload, {@code supersedesAgreementId} set) for a PK Perubahan,
 * which supersedes the earlier version for the same agency, year, kind and signatory unit.
 * {@code kind} is HEAD (the head's PK) or INDIVIDUAL (a unit head's PK of IKI indicators).
 */
public record PerformanceAgreementSigned(
        UUID agreementId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        int agreementVersion,
        AgreementKind kind,
        String signatoryUnit,
        UUID supersedesAgreementId,
        OffsetDateTime signedAt,
        Signatory signatory,
        List<Item> items) implements DomainEvent {

    /**
     * Keyed by agreement lineage (agency, year, kind, unit), so a revision never overtakes what it
     * revises; PerformanceAgreementRevised when it supersedes a version.
     */
    @Override
    public Routing routing() {
        String lineage = agencyCode + "/" + year + "/" + kind + (signatoryUnit == null ? "" : "/" + signatoryUnit);
        return Routing.of(EventTypes.Topics.AGREEMENTS, lineage,
                supersedesAgreementId == null ? EventTypes.AGREEMENT_SIGNED : EventTypes.AGREEMENT_REVISED,
                "agreements/" + agreementId, agencyCode, regionCode, provinceCode);
    }

    /** Whether it is the head's PK (events from before kinds existed carry none: the head's). */
    @JsonIgnore
    public boolean forTheHead() {
        return kind == null || kind == AgreementKind.HEAD;
    }

    public record Signatory(String name, String nip, String position) {
    }

    /**
     * One indicator with everything a consumer needs to work alone: its rules, its annual target and
     * its Rencana Aksi targets per quarter (and per month for monthly indicators, else null). For a
     * RANGE indicator the targets are lower bounds and the {@code ...Upper} fields the upper bounds.
     * {@code tujuan} is the Renstra tujuan above the indicator's sasaran (null when the indicator is not
     * placed in the plan tree); {@code baseline} and {@code endTarget} are the Renstra's.
     */
    @Schema(name = "SignedAgreementItem")
    public record Item(
            String indicatorCode,
            String indicatorName,
            String kind,
            String sasaran,
            String unitOfMeasure,
            Polarity polarity,
            Aggregation aggregation,
            String frequency,
            String responsibleUnit,
            BigDecimal annualTarget,
            List<BigDecimal> quarterTargets,
            List<BigDecimal> monthTargets,
            BigDecimal annualTargetUpper,
            List<BigDecimal> quarterTargetsUpper,
            List<BigDecimal> monthTargetsUpper,
            List<ScalePoint> predicateScale,
            String tujuan,
            BigDecimal baseline,
            BigDecimal endTarget) {

        /** Without the plan context (tujuan, baseline, Renstra end target). */
        public Item(String indicatorCode, String indicatorName, String kind, String sasaran, String unitOfMeasure,
                Polarity polarity, Aggregation aggregation, String frequency, String responsibleUnit, BigDecimal annualTarget,
                List<BigDecimal> quarterTargets, List<BigDecimal> monthTargets, BigDecimal annualTargetUpper,
                List<BigDecimal> quarterTargetsUpper, List<BigDecimal> monthTargetsUpper,
                List<ScalePoint> predicateScale) {
            this(indicatorCode, indicatorName, kind, sasaran, unitOfMeasure, polarity, aggregation, frequency,
                    responsibleUnit, annualTarget, quarterTargets, monthTargets, annualTargetUpper, quarterTargetsUpper,
                    monthTargetsUpper, predicateScale, null, null, null);
        }
    }
}
