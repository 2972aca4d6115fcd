package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.common.vocabulary.ScalePoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

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
        Polarity polarity,
        Aggregation aggregation,
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
        long version) implements DomainEvent {

    /** IndicatorDefined when first defined (version 0), IndicatorChanged for every later version. */
    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.INDICATORS, indicatorId,
                version == 0 ? EventTypes.INDICATOR_DEFINED : EventTypes.INDICATOR_CHANGED,
                "indicators/" + indicatorId, agencyCode, regionCode, provinceCode);
    }
}
