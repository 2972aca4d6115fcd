package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A unit's form was returned to it with a reason; it is a draft again until resubmitted. */
public record FormReturned(
        UUID roundId,
        UUID formId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        String unitCode,
        String returnedBy,
        OffsetDateTime returnedAt,
        String reason) implements DomainEvent {

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.ROUNDS, roundId, EventTypes.FORM_RETURNED,
                "rounds/" + roundId + "/forms/" + formId, agencyCode, regionCode, provinceCode);
    }
}
