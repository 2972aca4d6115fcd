package id.sakip.collection.round;

import id.sakip.collection.form.FormStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RoundDtos {
    private RoundDtos() {
    }

    @Schema(name = "NewRound", description = "Opens a collection round for a quarter (triwulan) of the caller's agency")
    public record NewRound(
            @Schema(description = "Only for admin; others open rounds of their own agency") String agencyCode,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer year,
            @NotNull @Pattern(regexp = "Q[1-4]", message = "must be Q1, Q2, Q3 or Q4") @Schema(example = "Q1") String period) {
    }

    @Schema(name = "FormSummary")
    public record FormSummary(UUID id, String unitCode, FormStatus status, OffsetDateTime submittedAt) {
    }

    @Schema(name = "Round")
    public record RoundView(UUID id, String agencyCode, int year, String period, RoundStatus status, UUID agreementId,
            int agreementVersion, String openedBy, OffsetDateTime openedAt, OffsetDateTime recapCompiledAt,
            String approvedBy, OffsetDateTime approvedAt, long version, List<FormSummary> forms) {
    }
}
