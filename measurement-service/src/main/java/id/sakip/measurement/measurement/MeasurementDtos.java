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
    public record MeasurementView(UUID id, UUID roundId, String agencyCode, int year, String period,
            OffsetDateTime computedAt, BigDecimal averageCapaian, String category, int achievedCount,
            int notAchievedCount, List<MeasurementComputed.IndicatorResult> indicators) {
        static MeasurementView of(Measurement m) {
            return new MeasurementView(m.id, m.roundId, m.agencyCode, m.year, m.period, m.computedAt,
                    m.averageCapaian, m.category, m.achievedCount, m.notAchievedCount,
                    m.indicators.stream().map(MeasurementService::result).toList());
        }
    }
}
