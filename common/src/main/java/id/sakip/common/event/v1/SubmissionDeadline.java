package id.sakip.common.event.v1;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of SubmissionDeadlineApproaching and SubmissionOverdue: a unit's form of a round is not
 * submitted and its deadline is near, or past. Keyed by round id.
 */
public record SubmissionDeadline(
        UUID roundId,
        UUID formId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        String unitCode,
        OffsetDateTime deadline,
        OffsetDateTime noticedAt) {
}
