package id.sakip.collection.agreement;

import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.inbox.InboxGate;
import id.sakip.common.resilience.RetryTransient;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the copy of signed agreements. The copy and the inbox record commit together. */
@ApplicationScoped
public class AgreementConsumer {
    static final String CONSUMER = "collection.agreements";
    private final InboxGate gate;

    public AgreementConsumer(InboxGate gate) {
        this.gate = gate;
    }

    @Incoming("agreements")
    @Blocking
    @RetryTransient
    @Transactional
    public void onAgreementEvent(ConsumerRecord<String, String> record) {
        gate.accept(CONSUMER, record, EventTypes.AGREEMENT_SIGNED_OR_REVISED, PerformanceAgreementSigned.class)
                .map(InboxGate.Delivery::data).filter(PerformanceAgreementSigned::forTheHead).ifPresent(this::apply);
    }

    /**
     * Keeps the head's agreements (a revision is a new copy with a higher version; rounds use the
     * highest). Individual (IKI) agreements are not collected through unit forms yet.
     */
    void apply(PerformanceAgreementSigned e) {
        AgreementCopy copy = new AgreementCopy();
        copy.agreementId = e.agreementId();
        copy.agencyCode = e.agencyCode();
        copy.regionCode = e.regionCode();
        copy.provinceCode = e.provinceCode();
        copy.year = e.year();
        copy.agreementVersion = e.agreementVersion();
        copy.signedAt = e.signedAt();
        copy.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        int position = 1;
        for (PerformanceAgreementSigned.Item item : e.items()) {
            AgreementTarget t = new AgreementTarget();
            t.id = UUID.randomUUID();
            t.agreement = copy;
            t.position = position++;
            t.indicatorCode = item.indicatorCode();
            t.indicatorName = item.indicatorName();
            t.sasaran = item.sasaran();
            t.unitOfMeasure = item.unitOfMeasure();
            t.polarity = item.polarity();
            t.aggregation = item.aggregation();
            t.responsibleUnit = item.responsibleUnit();
            t.annualTarget = item.annualTarget();
            t.q1 = item.quarterTargets().get(0);
            t.q2 = item.quarterTargets().get(1);
            t.q3 = item.quarterTargets().get(2);
            t.q4 = item.quarterTargets().get(3);
            t.annualTargetUpper = item.annualTargetUpper();
            t.quarterTargetsUpper = item.quarterTargetsUpper();
            t.frequency = item.frequency();
            t.monthTargets = item.monthTargets();
            t.monthTargetsUpper = item.monthTargetsUpper();
            t.predicateScale = item.predicateScale() == null || item.predicateScale().isEmpty() ? null
                    : List.copyOf(item.predicateScale());
            copy.targets.add(t);
        }
        copy.persist();
    }
}
