package id.sakip.common.agency;

import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.AgencyRegistered;
import id.sakip.common.inbox.InboxGate;
import id.sakip.common.resilience.RetryTransient;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the {@link AgencyDirectory} from indicator-service's AgencyRegistered events, in the
 * services that do not own agencies ({@code sakip.agency-directory.consume=true}, a build-time
 * property; channel {@code agency-directory} on {@code sakip.indicator.agencies}).
 */
@ApplicationScoped
@IfBuildProperty(name = "sakip.agency-directory.consume", stringValue = "true")
public class AgencyDirectoryConsumer {
    static final String CONSUMER = "agency-directory";
    private final InboxGate gate;
    private final AgencyDirectory directory;

    public AgencyDirectoryConsumer(InboxGate gate, AgencyDirectory directory) {
        this.gate = gate;
        this.directory = directory;
    }

    @Incoming("agency-directory")
    @Blocking
    @RetryTransient
    @Transactional
    public void onAgency(ConsumerRecord<String, String> record) {
        gate.accept(CONSUMER, record, EventTypes.AGENCY_REGISTERED, AgencyRegistered.class)
                .ifPresent(d -> directory.register(d.data()));
    }
}
