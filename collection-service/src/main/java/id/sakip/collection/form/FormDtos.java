package id.sakip.collection.form;

import id.sakip.collection.round.CollectionForm;
import id.sakip.collection.round.Evidence;
import id.sakip.collection.round.FormRow;
import id.sakip.collection.round.FormStatus;
import id.sakip.common.input.MultiLine;
import id.sakip.common.vocabulary.PredicateScale;
import id.sakip.common.vocabulary.ScalePoint;
import jakarta.validation.Valid;
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

public final class FormDtos {
    private FormDtos() {
    }

    @Schema(name = "FormRowInput", description = "Realisasi of one indicator; null realisasi keeps the row empty (draft)")
    public record RowInput(
            @NotBlank @Schema(example = "IKU-01") String indicatorCode,
            @Schema(example = "82.5") BigDecimal realisasi,
            @MultiLine @Size(max = 2000) @Schema(example = "Survei IKM triwulan I, 120 responden") String keterangan,
            @Size(max = 20) @Schema(description = "Bukti dukung; null keeps the row's evidence, an empty list removes it")
            List<@Valid @NotNull EvidenceInput> evidence,
            @Size(max = 40) @Schema(description = "Predicate indicators: the realisasi as a label of the scale (instead of, or agreeing with, realisasi)", example = "WTP")
            String realisasiLabel) {
        public RowInput(String indicatorCode, BigDecimal realisasi, String keterangan) {
            this(indicatorCode, realisasi, keterangan, null, null);
        }
    }

    @Schema(name = "EvidenceInput", description = "A file uploaded to the round (attachmentId) or a link (url): exactly one")
    public record EvidenceInput(UUID attachmentId,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String url,
            @Size(max = 200) @Schema(example = "Rekap survei IKM (Google Drive)") String label) {
    }

    @Schema(name = "FormUpdate", description = "Saves a draft; version must be the one last read")
    public record FormUpdate(@NotNull Long version, @NotEmpty List<@Valid @NotNull RowInput> rows) {
    }

    @Schema(name = "VersionRef")
    public record VersionRef(@NotNull @Schema(description = "The version last read") Long version) {
    }

    @Schema(name = "FormRow")
    public record RowView(int no, String sasaran, String indicatorCode, String indicatorName, String unitOfMeasure,
            BigDecimal annualTarget, BigDecimal periodTarget,
            @Schema(description = "Target to date: kumulatif indicators sum the periods so far") BigDecimal targetToDate,
            BigDecimal realisasi, String keterangan, List<Evidence> evidence,
            @Schema(description = "Upper bounds of a target range (RANGE indicators)") BigDecimal annualTargetUpper,
            BigDecimal periodTargetUpper,
            @Schema(description = "The value is far off the unit's own history (for the reviewer; not an error)") boolean flagged,
            String flagReason,
            @Schema(description = "Predicate indicators: the scale (label and the number it counts as)") List<ScalePoint> predicateScale,
            @Schema(description = "Predicate indicators: the period target's label") String periodTargetLabel,
            @Schema(description = "Predicate indicators: the realisasi's label") String realisasiLabel) {
        static RowView of(FormRow r) {
            return new RowView(r.position, r.sasaran, r.indicatorCode, r.indicatorName, r.unitOfMeasure, r.annualTarget,
                    r.periodTarget, r.targetToDate, r.realisasi, r.keterangan, r.evidence == null ? List.of() : r.evidence,
                    r.annualTargetUpper, r.periodTargetUpper, r.flagged, r.flagReason, r.predicateScale,
                    PredicateScale.label(r.predicateScale, r.periodTarget), PredicateScale.label(r.predicateScale, r.realisasi));
        }
    }

    @Schema(name = "Form")
    public record FormView(UUID id, UUID roundId, String unitCode, FormStatus status,
            @Schema(description = "Login of the person who submitted") String submittedBy, OffsetDateTime submittedAt,
            @Schema(description = "Full name of the person who submitted, titles included (from the identity provider)") String submittedByName,
            @Schema(description = "NIP of the person who submitted (18 digits)") String submittedByNip,
            @Schema(description = "Why the form was last returned, if it was") String returnReason,
            @Schema(description = "The unit's submission deadline") OffsetDateTime deadline,
            @Schema(description = "Receipt acknowledgement (Bukti tanda terima formulir)") String receivedBy,
            OffsetDateTime receivedAt, long version, List<RowView> rows) {
        public static FormView of(CollectionForm f) {
            return new FormView(f.id, f.roundId, f.unitCode, f.status, f.submittedBy, f.submittedAt, f.submittedByName,
                    f.submittedByNip, f.returnReason,
                    f.deadline, f.receivedBy, f.receivedAt, f.version,
                    f.rows.stream().map(RowView::of).toList());
        }
    }
}
