package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
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
        OffsetDateTime noticedAt) implements DomainEvent {

    /** SubmissionDeadlineApproaching while the deadline is ahead, SubmissionOverdue once it has passed. */
    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.ROUNDS, roundId,
                noticedAt.isBefore(deadline) ? EventTypes.SUBMISSION_DEADLINE_APPROACHING : EventTypes.SUBMISSION_OVERDUE,
                "rounds/" + roundId + "/forms/" + formId, agencyCode, regionCode, provinceCode);
    }
}
