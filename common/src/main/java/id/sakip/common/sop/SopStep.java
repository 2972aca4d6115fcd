package id.sakip.common.sop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of an SOP's step table (Uraian Prosedur): who acts (Pelaksana, as SOP roles), what it
 * needs (Kelengkapan), how long it may take (Waktu, an ISO-8601 duration) and what it produces
 * (Output). {@code action} binds the step to what the service does at that step; {@code RECORD}
 * steps (meetings, reports to the head) are recorded with their output document.
 */
@Schema(name = "SopStep", description = "One step of an SOP step table: Uraian Prosedur, Pelaksana (roles), Mutu Baku (Kelengkapan, Waktu, Output)")
public record SopStep(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be upper case letters, digits and _")
        @Schema(example = "BRIEFING") String key,
        @NotBlank @Size(max = 300) @Schema(example = "Sekretaris memimpin rapat arahan dengan Tim SAKIP") String name,
        @NotEmpty @Size(max = 7) List<@NotBlank String> roles,
        @Size(max = 40) @Schema(description = "Time standard (Waktu), ISO-8601: PT60M, PT2H, P1D; none when the SOP gives none", example = "PT60M") String standard,
        @Size(max = 500) @Schema(description = "Kelengkapan: what the step needs", example = "Disposisi") String input,
        @Size(max = 500) @Schema(description = "Output: what the step produces", example = "Notulen Rapat") String output,
        @NotBlank @Size(max = 40) @Schema(description = "What the service does at this step; RECORD for steps recorded with their document", example = "RECORD") String action) {

    public static final String RECORD = "RECORD";

    /** The time standard, or null when the step has none. */
    public Duration standardDuration() {
        return standard == null || standard.isBlank() ? null : Duration.parse(standard);
    }
}
