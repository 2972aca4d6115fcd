package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The Sekretaris reopened an approved (or archived) round for a correction, audited: the named forms
 * reopen, and a new approval follows with the next recapVersion. One FormReturned per reopened form
 * follows. Who reopened it when ({@code reopenedBy}, {@code reopenedAt}), and why. {@code returnedBy}
 * and {@code returnedAt} carry the same values under the names version 0.1 used (from
 * {@link RecapReturned}); they stay for one release, readers should move to the new names.
 */
public record RoundReopened(
        UUID roundId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        String returnedBy,
        OffsetDateTime returnedAt,
        String reason,
        List<UUID> formIds,
        String reopenedBy,
        OffsetDateTime reopenedAt) implements DomainEvent {

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.ROUNDS, roundId, EventTypes.ROUND_REOPENED,
                "rounds/" + roundId, agencyCode, regionCode, provinceCode);
    }
}
