package id.sakip.reporting.report;

import id.sakip.common.sop.SopAggregateView;
import id.sakip.common.sop.StepRecord;
import id.sakip.reporting.document.DocumentKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ReportDtos {
    private ReportDtos() {
    }

    @Schema(name = "ReportParty", description = "A signatory: name, NIP, position")
    public record Party(@NotBlank @Size(max = 200) @Schema(example = "H. Ahmad Fauzi, S.Sos") String name,
            @Pattern(regexp = "\\d{18}", message = "must be an 18-digit NIP") @Schema(example = "197501012000031001") String nip,
            @NotBlank @Size(max = 200) @Schema(example = "Camat Kuala Betara") String position) {
    }

    @Schema(name = "NewReport", description = "The head's order to prepare a document (step 1 of the report SOP)")
    public record NewReport(
            @NotNull @Schema(description = "COLLECTION_REPORT (subjectId: round), MEASUREMENT_REPORT (subjectId: measurement), PK (subjectId: agreement), LKJIP (year)") DocumentKind kind,
            @Schema(description = "Only for admin; others order for their own agency") String agencyCode,
            @Min(2000) @Max(2100) @Schema(description = "Required for LKJIP", example = "2026") Integer year,
            @Schema(description = "The round, measurement or agreement the document is about") UUID subjectId,
            @Valid @Schema(description = "PK only: the head's superior (pihak kedua)") Party counterparty,
            @Valid StepRecord disposition) {
    }

    @Schema(name = "ReportStepCompletion", description = "Completes the step under way")
    public record StepCompletion(@NotNull @Schema(description = "The report version last read") Long version,
            @Valid StepRecord document,
            @Valid @Schema(description = "SIGN: who signs (name, NIP, position)") Party signatory,
            @Size(max = 100) @Schema(description = "SIGN: where it is signed", example = "Kuala Betara") String place,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9./ -]+", message = "letters, digits, '.', '/', '-' and spaces")
            @Schema(description = "NUMBER: the document number from the agency's register", example = "050/123/KB/2026") String documentNumber,
            @Size(max = 300) @Schema(description = "NUMBER: to whom the cover letter is addressed", example = "Bupati Tanjung Jabung Barat c.q. Kepala Bappeda") String recipient) {
    }

    @Schema(name = "ReportVersionRef", description = "The report version last read")
    public record VersionRef(@NotNull Long version) {
    }

    @Schema(name = "ReportFile", description = "A stored file of a report, with its SHA-256")
    public record FileView(UUID id, int seq, String purpose, String format, String fileName, String sha256,
            long sizeBytes, boolean signed, String createdBy, OffsetDateTime createdAt, String downloadPath) {
    }

    @Schema(name = "Report", description = "One version of a document on its way through the report SOP")
    public record View(UUID id, String agencyCode, DocumentKind kind, int year, String period, UUID subjectId,
            int reportVersion, UUID supersedesId, Report.Status status,
            @Schema(description = "Key of the SOP step under way; null when sent") String currentStep, String title,
            String documentNumber, String signedBy, OffsetDateTime signedAt, OffsetDateTime sentAt, long version,
            List<FileView> files) implements SopAggregateView {
    }
}
