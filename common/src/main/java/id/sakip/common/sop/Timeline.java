package id.sakip.common.sop;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The timeline of one procedure run: every step run, and the steps still ahead. */
@Schema(name = "Timeline", description = "The SOP timeline of one procedure run: each step run with its duration against the time standard")
public record Timeline(
        UUID instanceId,
        String procedure,
        String templateName,
        int templateVersion,
        @Schema(description = "Key of the step under way; null when the procedure is finished") String currentStep,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "Every run of a step, oldest first; a returned recap runs the filling steps again (iteration 2, ...)") List<Entry> runs,
        @Schema(description = "Steps not yet reached") List<SopStep> ahead,
        @Schema(description = "How many step runs ran (or are running) past their time standard") int overdueCount) {

    @Schema(name = "TimelineEntry", description = "One run of one step")
    public record Entry(
            int position,
            String key,
            String name,
            List<String> roles,
            String action,
            int iteration,
            OffsetDateTime startedAt,
            OffsetDateTime endedAt,
            @Schema(description = "Who did it (several units for the filling step)") String actor,
            @Schema(description = "Time standard (Waktu), ISO-8601") String standard,
            @Schema(description = "How long the step took (or has taken so far), ISO-8601") String duration,
            long durationSeconds,
            @Schema(description = "Ran, or is running, past its time standard") boolean overdue,
            @Schema(description = "How the run ended: DONE, APPROVED, RETURNED, REOPENED") String outcome,
            String output,
            Document document) {
    }

    @Schema(name = "StepDocument", description = "What the step run produced")
    public record Document(String title, String number, LocalDate date, String note, List<UUID> attachmentIds,
            List<String> links) {
    }
}
