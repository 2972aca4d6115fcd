package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The Sekretaris returned a round's compiled recap for completion: the named forms reopen. One
 * FormReturned (see {@link FormReturned}) follows per reopened form. A reopening of an approved
 * round is {@link RoundReopened}.
 */
public record RecapReturned(
        UUID roundId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        String returnedBy,
        OffsetDateTime returnedAt,
        String reason,
        List<UUID> formIds) implements DomainEvent {

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.ROUNDS, roundId, EventTypes.RECAP_RETURNED,
                "rounds/" + roundId, agencyCode, regionCode, provinceCode);
    }
}
