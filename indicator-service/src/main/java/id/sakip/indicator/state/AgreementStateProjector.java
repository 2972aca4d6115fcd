package id.sakip.indicator.state;

import id.sakip.common.event.v1.AgreementInForce;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes the head's agreement in force for an agency's year to the compacted topic
 * {@code sakip.indicator.agreement-state} through the outbox, in the transaction of its signature
 * (the signed agreement is fired as a CDI event by the agreement service). Unit heads' agreements
 * (IKI) are not the agency's PK and are not written.
 */
@ApplicationScoped
public class AgreementStateProjector {
    private final Outbox outbox;

    public AgreementStateProjector(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onSigned(@Observes PerformanceAgreementSigned signed) {
        if (signed.forTheHead()) {
            outbox.publish(AgreementInForce.of(signed, OffsetDateTime.now(ZoneOffset.UTC)));
        }
    }
}
