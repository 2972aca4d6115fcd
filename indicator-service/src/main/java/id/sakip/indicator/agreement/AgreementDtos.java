package id.sakip.indicator.agreement;

import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.common.vocabulary.PredicateScale;
import id.sakip.common.vocabulary.ScalePoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AgreementDtos {
    private AgreementDtos() {
    }

    @Schema(name = "AgreementItemInput", description = "One indicator with its annual target and Rencana Aksi targets. "
            + "A predicate indicator (unit of measure 'predikat') takes its targets as labels of its scale "
            + "(annualTargetLabel, quarterTargetLabels, monthTargetLabels) or as the numbers the labels count as; "
            + "anything off the scale is refused.")
    public record ItemInput(
            @NotNull UUID indicatorId,
            @Schema(description = "Required unless annualTargetLabel is given", example = "85") BigDecimal annualTarget,
            @Size(min = 4, max = 4) @Schema(description = "Targets of Q1..Q4 (target triwulan); required unless quarterTargetLabels are given", example = "[80, 82, 84, 85]")
            List<@NotNull BigDecimal> quarterTargets,
            @Size(min = 12, max = 12) @Schema(description = "Targets of January..December; required for monthly indicators")
            List<@NotNull BigDecimal> monthTargets,
            @Schema(description = "Upper bound of the annual target, for RANGE indicators (annualTarget is then the lower bound)", example = "4")
            BigDecimal annualTargetUpper,
            @Size(min = 4, max = 4) @Schema(description = "Upper bounds of the quarterly targets, for RANGE indicators")
            List<@NotNull BigDecimal> quarterTargetsUpper,
            @Size(min = 12, max = 12) @Schema(description = "Upper bounds of the monthly targets, for monthly RANGE indicators")
            List<@NotNull BigDecimal> monthTargetsUpper,
            @Size(max = 40) @Schema(description = "Predicate indicators: the annual target as a label of the scale", example = "WTP")
            String annualTargetLabel,
            @Size(min = 4, max = 4) @Schema(description = "Predicate indicators: the quarterly targets as labels", example = "[\"WDP\", \"WDP\", \"WTP\", \"WTP\"]")
            List<@NotNull @Size(max = 40) String> quarterTargetLabels,
            @Size(min = 12, max = 12) @Schema(description = "Predicate indicators reported monthly: the monthly targets as labels")
            List<@NotNull @Size(max = 40) String> monthTargetLabels) {
        /** Targets as numbers only. */
        public ItemInput(UUID indicatorId, BigDecimal annualTarget, List<BigDecimal> quarterTargets,
                List<BigDecimal> monthTargets, BigDecimal annualTargetUpper, List<BigDecimal> quarterTargetsUpper,
                List<BigDecimal> monthTargetsUpper) {
            this(indicatorId, annualTarget, quarterTargets, monthTargets, annualTargetUpper, quarterTargetsUpper,
                    monthTargetsUpper, null, null, null);
        }
    }

    @Schema(name = "NewAgreement", description = "A draft Perjanjian Kinerja for a year: the head's (HEAD) or a unit head's (INDIVIDUAL, IKI indicators)")
    public record NewAgreement(
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer year,
            @Schema(description = "HEAD (default) or INDIVIDUAL", example = "HEAD") AgreementKind kind,
            @Size(max = 60) @Schema(description = "Unit whose head signs an INDIVIDUAL agreement", example = "BIDANG-REHSOS") String signatoryUnit,
            @NotEmpty List<@Valid @NotNull ItemInput> items) {
    }

    @Schema(name = "AgreementUpdate", description = "Replaces the items of a draft; version must be the one last read")
    public record AgreementUpdate(
            @NotNull @Schema(description = "The version last read; a stale one is refused with 409") Long version,
            @NotEmpty List<@Valid @NotNull ItemInput> items) {
    }

    @Schema(name = "SignRequest", description = "The head's signature")
    public record SignRequest(
            @NotNull @Schema(description = "The version last read", example = "0") Long version,
            @NotBlank @Size(max = 200) @Schema(example = "H. Ahmad Fauzi, S.Sos") String signatoryName,
            @NotBlank @Pattern(regexp = "\\d{18}", message = "must be an 18-digit NIP") @Schema(example = "197501012000031001") String signatoryNip,
            @NotBlank @Size(max = 200) @Schema(example = "Camat Kuala Betara") String signatoryPosition) {
    }

    @Schema(name = "AgreementItem", description = "One indicator of an agreement with its annual and period targets")
    public record ItemView(UUID indicatorId, String indicatorCode, String indicatorName, String unitOfMeasure,
            BigDecimal annualTarget, List<BigDecimal> quarterTargets, List<BigDecimal> monthTargets,
            BigDecimal annualTargetUpper, List<BigDecimal> quarterTargetsUpper, List<BigDecimal> monthTargetsUpper,
            @Schema(description = "Predicate indicators: the annual target's label") String annualTargetLabel,
            @Schema(description = "Predicate indicators: the quarterly targets' labels") List<String> quarterTargetLabels,
            @Schema(description = "Predicate indicators reported monthly: the monthly targets' labels") List<String> monthTargetLabels) {
        static ItemView of(AgreementItem i) {
            List<ScalePoint> scale = i.indicator.predicateScale;
            boolean predicate = scale != null && !scale.isEmpty();
            return new ItemView(i.indicator.id, i.indicator.code, i.indicator.name, i.indicator.unitOfMeasure,
                    i.annualTarget, i.quarters(), i.monthTargets, i.annualTargetUpper, i.quarterTargetsUpper,
                    i.monthTargetsUpper, predicate ? PredicateScale.label(scale, i.annualTarget) : null,
                    predicate ? labels(scale, i.quarters()) : null,
                    predicate && i.monthTargets != null ? labels(scale, i.monthTargets) : null);
        }

        private static List<String> labels(List<ScalePoint> scale, List<BigDecimal> values) {
            return values.stream().map(v -> PredicateScale.label(scale, v)).toList();
        }
    }

    @Schema(name = "Agreement", description = "A Perjanjian Kinerja version with its items")
    public record AgreementView(UUID id, String agencyCode, int year, AgreementKind kind, String signatoryUnit,
            int agreementVersion, UUID supersedesId, AgreementStatus status, String signatoryName, String signatoryNip,
            String signatoryPosition, OffsetDateTime signedAt, long version, List<ItemView> items) {
        static AgreementView of(PerformanceAgreement a) {
            return new AgreementView(a.id, a.agencyCode, a.year, a.kind, a.signatoryUnit, a.agreementVersion,
                    a.supersedesId, a.status, a.signatoryName, a.signatoryNip, a.signatoryPosition, a.signedAt,
                    a.version, a.items.stream().map(ItemView::of).toList());
        }
    }

    @Schema(name = "AgreementSummary", description = "An agreement version without its items, for lists")
    public record AgreementSummary(UUID id, String agencyCode, int year, AgreementKind kind, String signatoryUnit,
            int agreementVersion, UUID supersedesId, AgreementStatus status, OffsetDateTime signedAt, long version) {
        static AgreementSummary of(PerformanceAgreement a) {
            return new AgreementSummary(a.id, a.agencyCode, a.year, a.kind, a.signatoryUnit, a.agreementVersion,
                    a.supersedesId, a.status, a.signedAt, a.version);
        }
    }
}
