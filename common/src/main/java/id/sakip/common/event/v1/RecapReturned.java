package id.sakip.common.event.v1;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The Sekretaris returned a round's recap for completion (RecapReturned, the named forms reopen),
 * or reopened an approved round for a correction (RoundReopened, same payload). One FormReturned
 * (see {@link FormReturned}) follows per reopened form.
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
        List<UUID> formIds) {
}
