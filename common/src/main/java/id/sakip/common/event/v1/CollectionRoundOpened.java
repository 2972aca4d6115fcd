package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Tim SAKIP distributed the forms of a collection round, one per responsible unit, each with its deadline. */
public record CollectionRoundOpened(
        UUID roundId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        UUID agreementId,
        List<FormRef> forms) implements DomainEvent {

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.ROUNDS, roundId, EventTypes.ROUND_OPENED,
                "rounds/" + roundId, agencyCode, regionCode, provinceCode);
    }

    public record FormRef(UUID formId, String unitCode, OffsetDateTime deadline) {
    }
}
