package id.sakip.measurement.round;

import id.sakip.common.input.MultiLine;
import id.sakip.common.sop.SopAggregateView;
import id.sakip.common.sop.StepRecord;
import id.sakip.common.vocabulary.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MeasurementRoundDtos {
    private MeasurementRoundDtos() {
    }

    @Schema(name = "NewMeasurementRound", description = "The head's order (disposisi) to measure the performance of a period: the first step of the measurement SOP")
    public record NewRound(
            @Schema(description = "Only for admin; others order for their own agency") String agencyCode,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer year,
            @NotNull @Pattern(regexp = Period.PATTERN, message = "must be Q1..Q4 or M01..M12") @Schema(example = "Q1") String period,
            @Valid StepRecord disposition) {
    }

    @Schema(name = "MeasurementStepCompletion", description = "Completes the SOP step under way with its output document")
    public record StepCompletion(
            @NotNull @Schema(description = "The measurement round version last read") Long version,
            @Valid StepRecord document,
            @Schema(description = "SIGN step: who signs, as on the document") @Valid Signatory signatory) {
    }

    @Schema(name = "MeasurementSignatory", description = "The head who signs the measurement report")
    public record Signatory(@NotBlank @Size(max = 200) @Schema(example = "H. Ahmad Fauzi, S.Sos") String name,
            @NotBlank @Pattern(regexp = "\\d{18}", message = "must be an 18-digit NIP") @Schema(example = "197501012000031001") String nip,
            @NotBlank @Size(max = 200) @Schema(example = "Camat Kuala Betara") String position) {
    }

    @Schema(name = "MeasurementDecision", description = "The Sekretaris' decision; a return needs the reason")
    public record Decision(@NotNull Long version,
            @MultiLine @Size(max = 2000) @Schema(example = "Metodologi IKU-02 perlu disesuaikan dengan juknis") String reason) {
    }

    @Schema(name = "MeasurementRound", description = "One run of the measurement SOP for an agency and period")
    public record View(UUID id, String agencyCode, int year, String period, MeasurementRound.Status status,
            @Schema(description = "Key of the SOP step under way; null when finished") String currentStep,
            UUID measurementId, Integer measurementVersion,
            @Schema(description = "A newer measurement version (a corrected recap) exists than the one this run computed") boolean outdated,
            BigDecimal averageCapaian, String category, String orderedBy, OffsetDateTime orderedAt, String computedBy,
            String approvedBy, OffsetDateTime approvedAt, String signedBy, OffsetDateTime signedAt,
            OffsetDateTime archivedAt, long version) implements SopAggregateView {
    }
}
