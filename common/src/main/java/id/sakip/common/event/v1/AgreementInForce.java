package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The head's Perjanjian Kinerja in force for an agency's year (the latest signed version, a PK
 * Perubahan once signed): the record of the compacted topic {@code sakip.indicator.agreement-state},
 * keyed {@code agency/year}, written in the transaction of its signature.
 */
public record AgreementInForce(
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        UUID agreementId,
        int agreementVersion,
        UUID supersedesAgreementId,
        OffsetDateTime signedAt,
        PerformanceAgreementSigned.Signatory signatory,
        List<PerformanceAgreementSigned.Item> items,
        OffsetDateTime updatedAt) implements DomainEvent {

    public static AgreementInForce of(PerformanceAgreementSigned signed, OffsetDateTime now) {
        return new AgreementInForce(signed.agencyCode(), signed.regionCode(), signed.provinceCode(), signed.year(),
                signed.agreementId(), signed.agreementVersion(), signed.supersedesAgreementId(), signed.signedAt(),
                signed.signatory(), signed.items(), now);
    }

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.AGREEMENT_STATE, agencyCode + "/" + year, EventTypes.AGREEMENT_IN_FORCE,
                "agreements/" + agreementId, agencyCode, regionCode, provinceCode);
    }
}
