package id.sakip.measurement.measurement;

import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.inbox.InboxGate;
import id.sakip.common.resilience.RetryTransient;
import id.sakip.measurement.agreement.AgreementCopy;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the copy of the HEAD agreements and recomputes, as new versions, the period measurements
 * of the agency and year that were computed with older targets (a PK Perubahan, or a PK that arrived
 * after the recap). The copy, the new versions, their outbox rows and the inbox record commit together.
 */
@ApplicationScoped
public class AgreementConsumer {
    static final String CONSUMER = "measurement.agreements";
    private final InboxGate gate;
    private final MeasurementService measurements;

    public AgreementConsumer(InboxGate gate, MeasurementService measurements) {
        this.gate = gate;
        this.measurements = measurements;
    }

    @Incoming("agreements")
    @Blocking
    @RetryTransient
    @Transactional
    public void onAgreementEvent(ConsumerRecord<String, String> record) {
        gate.accept(CONSUMER, record, EventTypes.AGREEMENT_SIGNED_OR_REVISED, PerformanceAgreementSigned.class)
                .map(InboxGate.Delivery::data).filter(PerformanceAgreementSigned::forTheHead).ifPresent(this::apply);
    }

    void apply(PerformanceAgreementSigned e) {
        measurements.lockAgencyYear(e.agencyCode(), e.year());
        if (AgreementCopy.findById(e.agreementId()) != null) {
            return;
        }
        AgreementCopy copy = new AgreementCopy();
        copy.agreementId = e.agreementId();
        copy.agencyCode = e.agencyCode();
        copy.year = e.year();
        copy.agreementVersion = e.agreementVersion();
        copy.items = e.items();
        copy.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        copy.persist();
        AgreementCopy.flush();
        if (AgreementCopy.current(e.agencyCode(), e.year()).agreementId.equals(copy.agreementId)) {
            measurements.recomputeForAgreement(copy);
        }
    }
}
