package id.sakip.reporting.summary;

import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.MeasurementApproved;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.event.v1.MeasurementSigned;
import id.sakip.common.inbox.InboxGate;
import id.sakip.common.resilience.RetryTransient;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
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
    @RetryTransient
    @Transactional
    public void onMeasurementEvent(ConsumerRecord<String, String> record) {
        gate.acceptAny(CONSUMER, record, Map.of(EventTypes.MEASUREMENT_COMPUTED, MeasurementComputed.class,
                EventTypes.MEASUREMENT_APPROVED, MeasurementApproved.class,
                EventTypes.MEASUREMENT_SIGNED, MeasurementSigned.class)).ifPresent(d -> {
                    if (d.data() instanceof MeasurementComputed e) {
                        service.record(e);
                    } else if (d.data() instanceof MeasurementApproved a) {
                        service.reviewed(a.measurementId(), a.approvedBy(), a.approvedAt(), null, null);
                    } else if (d.data() instanceof MeasurementSigned sg) {
                        service.reviewed(sg.measurementId(), null, null, sg.signedBy(), sg.signedAt());
                    }
                });
    }
}
