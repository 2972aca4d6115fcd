package id.sakip.common.sop;

import id.sakip.common.input.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a step produced (its Output document: disposition, minutes, checklist, report) and, for steps
 * recorded after the fact (a meeting), when it really started and ended.
 */
@Schema(name = "StepRecord", description = "The output document of a step (disposition, minutes, checklist, report) and, for a meeting recorded afterwards, when it really started and ended")
public record StepRecord(
        @Size(max = 300) @Schema(example = "Notulen Rapat Arahan Pengumpulan Data Kinerja Triwulan I") String documentTitle,
        @Size(max = 100) @Schema(example = "005/NOT/KB/2026") String documentNumber,
        LocalDate documentDate,
        @MultiLine @Size(max = 4000) String note,
        @Size(max = 20) @Schema(description = "Attachments uploaded to the same round or measurement") List<@NotNull UUID> attachmentIds,
        @Size(max = 20) List<@NotNull @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String> links,
        @Schema(description = "When the step really started (e.g. the meeting); defaults to when the previous step ended") OffsetDateTime startedAt,
        @Schema(description = "When the step really ended; defaults to now") OffsetDateTime endedAt) {

    public static StepRecord none() {
        return new StepRecord(null, null, null, null, null, null, null, null);
    }

    public static StepRecord note(String note) {
        return new StepRecord(null, null, null, note, null, null, null, null);
    }
}
