package id.sakip.common.event.v1;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator was defined (type IndicatorDefined) or changed (IndicatorChanged, same payload): the
 * whole indicator, so a consumer never needs to ask indicator-service.
 */
public record IndicatorDefined(
        UUID indicatorId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        String code,
        String name,
        String kind,
        String sasaran,
        String unitOfMeasure,
        String polarity,
        String aggregation,
        String frequency,
        String responsibleUnit,
        String nodeCode,
        String supportsCode,
        String definition,
        String formula,
        String dataSource,
        BigDecimal baseline,
        BigDecimal endTarget,
        List<ScalePoint> predicateScale,
        long version) {

    /** One step of a predicate scale, e.g. WTP = 4. */
    @Schema(description = "One label of a predicate scale and the number it counts as")
    public record ScalePoint(String label, BigDecimal value) {
    }
}
