package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A collection round as it stands now, with each unit's form and whether it came in on time: the
 * record of the compacted topic {@code sakip.collection.round-state}, keyed
 * {@code agency/year/period}, written in the transaction of every change of the round or its forms
 * (ordered, opened, a form received or submitted, the recap compiled, returned, approved, reopened,
 * archived) and when a deadline passes.
 */
public record RoundState(
        UUID roundId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        String status,
        int agreementVersion,
        int recapVersion,
        OffsetDateTime openedAt,
        OffsetDateTime recapCompiledAt,
        String approvedBy,
        String approvedByName,
        OffsetDateTime approvedAt,
        OffsetDateTime archivedAt,
        List<Form> forms,
        Counts counts,
        OffsetDateTime updatedAt) implements DomainEvent {

    /** Timeliness of a unit's form. */
    public enum Timeliness {
        /** Submitted by its deadline (or without one). */
        ON_TIME,
        /** Submitted after its deadline. */
        LATE,
        /** Not submitted and its deadline has passed. */
        MISSING,
        /** Not submitted yet; its deadline has not passed. */
        PENDING
    }

    /** A unit's form. */
    public record Form(UUID formId, String unitCode, String status, OffsetDateTime deadline, String submittedBy,
            String submittedByName, OffsetDateTime submittedAt, Timeliness timeliness, String returnReason) {
    }

    /** The forms per timeliness. */
    public record Counts(int forms, int onTime, int late, int missing, int pending) {
    }

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.ROUND_STATE, agencyCode + "/" + year + "/" + period, EventTypes.ROUND_STATE,
                "rounds/" + roundId, agencyCode, regionCode, provinceCode);
    }
}
