package id.sakip.reporting.document;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document-job endpoints' request and answer. */
public final class DocumentJobDtos {
    private DocumentJobDtos() {
    }

    @Schema(name = "DocumentJobRequest", description = "Which document to make, and in which format")
    public record Request(@NotNull DocumentKind kind,
            @Schema(description = "The round, measurement or agreement (not for LKJIP)") UUID subjectId,
            @Schema(description = "LKJIP only") String agencyCode,
            @Min(2000) @Max(2100) @Schema(description = "LKJIP only") Integer year,
            @NotNull @Pattern(regexp = "pdf|xlsx") @Schema(example = "pdf") String format) {
    }

    @Schema(name = "DocumentJob", description = "A queued document: PENDING, DONE (download at contentPath) or FAILED (with the reason)")
    public record View(UUID id, DocumentKind kind, String format, DocumentJob.Status status, String error,
            String fileName, String sha256, OffsetDateTime requestedAt, OffsetDateTime finishedAt, String contentPath) {
        static View of(DocumentJob j) {
            return new View(j.id, j.kind, j.format, j.status, j.error, j.fileName, j.sha256, j.requestedAt, j.finishedAt,
                    j.status == DocumentJob.Status.DONE ? "/document-jobs/" + j.id + "/content" : null);
        }
    }
}
