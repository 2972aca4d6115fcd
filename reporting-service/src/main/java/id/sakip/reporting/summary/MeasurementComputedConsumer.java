package id.sakip.reporting.summary;

import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.inbox.InboxGate;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class MeasurementComputedConsumer {
    static final String CONSUMER = "reporting.measurements";
    private final InboxGate gate;
    private final SummaryService service;

    public MeasurementComputedConsumer(InboxGate gate, SummaryService service) {
        this.gate = gate;
        this.service = service;
    }

    @Incoming("measurements")
    @Blocking
    @Transactional
    public void onMeasurementEvent(ConsumerRecord<String, String> record) {
        gate.accept(CONSUMER, record, EventTypes.MEASUREMENT_COMPUTED, MeasurementComputed.class)
                .ifPresent(d -> service.record(d.data()));
    }
}
