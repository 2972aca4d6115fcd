package id.sakip.measurement.measurement;

import id.sakip.common.event.v1.MeasurementComputed;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MeasurementDtos {
    private MeasurementDtos() {
    }

    @Schema(name = "Measurement")
    public record MeasurementView(UUID id, UUID roundId,
            @Schema(description = "1 for the first computation of the round, +1 per corrected recap") int measurementVersion,
            @Schema(deprecated = true, description = "Old name of measurementVersion, kept for one release") int versionNo,
            @Schema(description = "Whether this is the round's latest version") boolean current,
            String agencyCode, int year, String period,
            OffsetDateTime computedAt,
            @Schema(description = "The agency's capaian: the average of its sasaran") BigDecimal averageCapaian,
            String category, int achievedCount, int notAchievedCount,
            List<MeasurementComputed.SasaranResult> sasaran, List<MeasurementComputed.IndicatorResult> indicators,
            @Schema(description = "Roll-up per tujuan (empty when the PK places no indicator under a tujuan)") List<MeasurementComputed.TujuanResult> tujuan,
            @Schema(description = "The PK version whose targets were used") Integer agreementVersion,
            @Schema(description = "What made this version") MeasurementTrigger trigger) {
        static MeasurementView of(Measurement m) {
            return new MeasurementView(m.id, m.roundId, m.versionNo, m.versionNo, m.current, m.agencyCode, m.year, m.period,
                    m.computedAt, m.averageCapaian, m.category, m.achievedCount, m.notAchievedCount,
                    m.sasaranResults == null ? List.of() : m.sasaranResults,
                    m.indicators.stream().map(MeasurementIndicator::result).toList(),
                    m.tujuanResults == null ? List.of() : m.tujuanResults, m.agreementVersion,
                    MeasurementTrigger.of(m.trigger));
        }
    }
}
