package id.sakip.indicator.indicator;

import id.sakip.common.input.Code;
import id.sakip.common.input.Codes;
import id.sakip.common.input.MultiLine;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.common.vocabulary.ScalePoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class IndicatorDtos {
    private IndicatorDtos() {
    }

    @Schema(name = "IndicatorInput", description = "An indicator (Indikator Kinerja) of the agency")
    public record NewIndicator(
            @NotBlank @Code @Size(max = 60) @Schema(example = "IKU-01", pattern = Codes.PATTERN) String code,
            @NotBlank @Size(max = 500) @Schema(example = "Persentase PMKS yang tertangani") String name,
            @NotNull @Schema(example = "IKU") IndicatorEnums.Kind kind,
            @Size(max = 500) @Schema(example = "Meningkatnya penanganan penyandang masalah kesejahteraan sosial") String sasaran,
            @NotBlank @Size(max = 40) @Schema(description = "Satuan: %, orang, dokumen, indeks, nilai, rupiah, predikat", example = "%") String unitOfMeasure,
            @NotNull @Schema(example = "HIGHER_IS_BETTER") Polarity polarity,
            @NotNull @Schema(description = "CUMULATIVE (kumulatif), AVERAGE (rata-rata) or LAST (posisi akhir)", example = "LAST") Aggregation aggregation,
            @NotNull @Schema(example = "QUARTERLY") IndicatorEnums.Frequency frequency,
            @NotBlank @Code @Size(max = 60) @Schema(description = "Code of the unit that reports it", example = "BIDANG-REHSOS") String responsibleUnit,
            @Schema(description = "Node of the Renstra tree it measures") UUID nodeId,
            @Schema(description = "The indicator one level up it supports (cascading)") UUID supportsId,
            @MultiLine @Size(max = 2000) @Schema(description = "Definisi operasional", example = "Jumlah PMKS yang mendapat layanan dibagi jumlah PMKS terdata") String definition,
            @MultiLine @Size(max = 1000) @Schema(example = "(PMKS tertangani / PMKS terdata) x 100%") String formula,
            @Size(max = 500) @Schema(example = "Data Terpadu Kesejahteraan Sosial (DTKS)") String dataSource,
            @Schema(description = "Baseline at the start of the Renstra", example = "62.5") BigDecimal baseline,
            @Schema(description = "Renstra end-of-plan target", example = "85") BigDecimal endTarget,
            @Schema(description = "For unit 'predikat': each label and the number it counts as, e.g. WTP=4, WDP=3, TW=2, TMP=1")
            List<@Valid @NotNull ScalePoint> predicateScale) {
    }

    @Schema(name = "IndicatorUpdate", description = "The whole indicator again, with the version last read")
    public record IndicatorUpdate(@NotNull Long version, @NotNull @Valid NewIndicator indicator) {
    }

    @Schema(name = "Indicator", description = "An indicator (Indikator Kinerja) of an agency")
    public record IndicatorView(UUID id, String agencyCode, String code, String name, IndicatorEnums.Kind kind,
            String sasaran, String unitOfMeasure, Polarity polarity,
            Aggregation aggregation, IndicatorEnums.Frequency frequency, String responsibleUnit,
            UUID nodeId, UUID supportsId, String definition, String formula, String dataSource, BigDecimal baseline,
            BigDecimal endTarget, List<ScalePoint> predicateScale, long version) {
        public static IndicatorView of(Indicator i) {
            return new IndicatorView(i.id, i.agencyCode, i.code, i.name, i.kind, i.sasaran, i.unitOfMeasure,
                    i.polarity, i.aggregation, i.frequency, i.responsibleUnit, i.nodeId, i.supportsId, i.definition,
                    i.formula, i.dataSource, i.baseline, i.endTarget, i.predicateScale, i.version);
        }
    }
}
