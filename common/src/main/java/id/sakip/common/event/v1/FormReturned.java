package id.sakip.common.event.v1;

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
        String reason) {
}
