package id.sakip.measurement.measurement;

import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.inbox.InboxGate;
import id.sakip.common.resilience.RetryTransient;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** RecapApproved → a measurement and MeasurementComputed, in one transaction with the inbox record. */
@ApplicationScoped
public class RecapApprovedConsumer {
    static final String CONSUMER = "measurement.recaps";
    private final InboxGate gate;
    private final MeasurementService service;

    public RecapApprovedConsumer(InboxGate gate, MeasurementService service) {
        this.gate = gate;
        this.service = service;
    }

    @Incoming("rounds")
    @Blocking
    @RetryTransient
    @Transactional
    public void onRoundEvent(ConsumerRecord<String, String> record) {
        gate.accept(CONSUMER, record, EventTypes.RECAP_APPROVED, RecapApproved.class)
                .ifPresent(d -> service.compute(d.data()));
    }
}
