package id.sakip.indicator.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class IndicatorDtos {
    private IndicatorDtos() {
    }

    @Schema(name = "NewIndicator")
    public record NewIndicator(
            @NotBlank @Size(max = 60) @Schema(example = "IKU-01") String code,
            @NotBlank @Size(max = 500) @Schema(example = "Indeks Kepuasan Masyarakat (IKM) pelayanan kecamatan") String name,
            @NotNull IndicatorEnums.Kind kind,
            @Size(max = 500) @Schema(example = "Meningkatnya kualitas pelayanan publik kecamatan") String sasaran,
            @NotBlank @Size(max = 40) @Schema(description = "Satuan: %, orang, dokumen, indeks, nilai, rupiah", example = "indeks") String unitOfMeasure,
            @NotNull IndicatorEnums.Polarity polarity,
            @NotNull IndicatorEnums.Aggregation aggregation,
            @NotNull IndicatorEnums.Frequency frequency,
            @NotBlank @Size(max = 60) @Schema(description = "Code of the unit that reports it", example = "SEKRETARIAT") String responsibleUnit) {
    }

    @Schema(name = "Indicator")
    public record IndicatorView(UUID id, String agencyCode, String code, String name, IndicatorEnums.Kind kind,
            String sasaran, String unitOfMeasure, IndicatorEnums.Polarity polarity,
            IndicatorEnums.Aggregation aggregation, IndicatorEnums.Frequency frequency, String responsibleUnit,
            long version) {
        public static IndicatorView of(Indicator i) {
            return new IndicatorView(i.id, i.agencyCode, i.code, i.name, i.kind, i.sasaran, i.unitOfMeasure,
                    i.polarity, i.aggregation, i.frequency, i.responsibleUnit, i.version);
        }
    }
}
