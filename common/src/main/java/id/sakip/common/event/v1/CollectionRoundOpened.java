package id.sakip.common.event.v1;

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
        List<FormRef> forms) {

    public record FormRef(UUID formId, String unitCode, OffsetDateTime deadline) {
    }
}
