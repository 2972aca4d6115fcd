package id.sakip.common.event.v1;

import java.util.List;
import java.util.UUID;

/** Tim SAKIP opened a collection round and generated one form per responsible unit. */
public record CollectionRoundOpened(
        UUID roundId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        UUID agreementId,
        List<FormRef> forms) {

    public record FormRef(UUID formId, String unitCode) {
    }
}
