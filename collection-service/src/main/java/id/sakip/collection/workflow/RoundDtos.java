package id.sakip.collection.workflow;

import id.sakip.collection.round.FormStatus;
import id.sakip.collection.round.RoundStatus;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RoundDtos {
    private RoundDtos() {
    }

    public static final String PERIOD_PATTERN = Period.PATTERN;

    @Schema(name = "NewRound", description = "The head's order (disposisi) to collect the performance data of a quarter (triwulan) or month: the first step of the collection SOP")
    public record NewRound(
            @Schema(description = "Only for admin; others order rounds of their own agency (another agency answers 404)") String agencyCode,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer year,
            @NotNull @Pattern(regexp = PERIOD_PATTERN, message = "must be Q1..Q4 or M01..M12") @Schema(example = "Q1") String period,
            @Valid @Schema(description = "The disposition (Disposisi) and the letter it answers") StepRecord disposition) {
    }

    @Schema(name = "StepCompletion", description = "Completes the SOP step under way with its output document")
    public record StepCompletion(
            @NotNull @Schema(description = "The round version last read") Long version,
            @Valid StepRecord document,
            @Schema(description = "Plan step: the submission deadline of every unit without its own") OffsetDateTime submissionDeadline,
            @Schema(description = "Plan step: deadlines of particular units (unit code to deadline)")
            @Size(max = 200) Map<@NotBlank @Size(max = 60) String, @NotNull OffsetDateTime> unitDeadlines) {
    }

    @Schema(name = "FormSummary")
    public record FormSummary(UUID id, String unitCode, FormStatus status, OffsetDateTime submittedAt,
            OffsetDateTime deadline, @Schema(description = "Submitted after the deadline, or not submitted and the deadline passed") boolean late,
            @Schema(description = "Receipt acknowledged (Bukti tanda terima)") OffsetDateTime receivedAt) {
    }

    @Schema(name = "Round")
    public record RoundView(UUID id, String agencyCode, int year, String period, RoundStatus status,
            @Schema(description = "Key of the SOP step under way; null when the round is archived") String currentStep,
            UUID agreementId, int agreementVersion, String orderedBy, OffsetDateTime openedAt,
            OffsetDateTime submissionDeadline, OffsetDateTime distributedAt, OffsetDateTime recapCompiledAt,
            @Schema(description = "Login of the Sekretaris who approved the recap") String approvedBy, OffsetDateTime approvedAt,
            @Schema(description = "Full name of who approved, titles included (from the identity provider)") String approvedByName,
            @Schema(description = "NIP of who approved (18 digits)") String approvedByNip, int recapVersion, OffsetDateTime archivedAt, long version,
            List<FormSummary> forms) implements SopAggregateView {
    }
}
