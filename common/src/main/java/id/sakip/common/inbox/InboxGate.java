package id.sakip.common.inbox;

import id.sakip.common.event.EventEnvelope;
import id.sakip.common.event.EventOwner;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The front door of every consumer: reads the envelope, keeps only the wanted type, refuses an
 * event that is not its owner's ({@link EventOwner}: the source and the topic must be those of the
 * service named in the type), records the event id in the inbox (same transaction as the effect) and
 * returns the typed payload, or empty when the record is of another type, not its owner's, or was
 * already applied. A refused event is logged and counted ({@code sakip_events_refused_total}), never
 * applied and never dead-lettered (a replay must not bring it back). A malformed record throws
 * {@link id.sakip.common.event.InvalidEventException}, which sends it to the dead-letter topic.
 */
@ApplicationScoped
public class InboxGate {
    private static final Logger LOG = Logger.getLogger(InboxGate.class);
    private final EventReader reader;
    private final Inbox inbox;
    private final MeterRegistry registry;

    public InboxGate(EventReader reader, Inbox inbox, MeterRegistry registry) {
        this.reader = reader;
        this.inbox = inbox;
        this.registry = registry;
    }

    /** A delivered event: its envelope and typed data. */
    public record Delivery<T>(EventEnvelope envelope, T data) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<Delivery<T>> accept(String consumer, ConsumerRecord<String, String> record, String type,
            Class<T> dataType) {
        return accept(consumer, record, Set.of(type), dataType);
    }

    /** As above, for several types sharing one payload (e.g. PerformanceAgreementSigned and ...Revised). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<Delivery<T>> accept(String consumer, ConsumerRecord<String, String> record,
            Set<String> types, Class<T> dataType) {
        EventEnvelope envelope = reader.envelope(record);
        if (!types.contains(envelope.type()) || !fromOwner(consumer, envelope, record)) {
            return Optional.empty();
        }
        T data = reader.data(envelope, dataType);
        if (!inbox.firstDelivery(consumer, envelope.id(), envelope.type())) {
            return Optional.empty();
        }
        return Optional.of(new Delivery<>(envelope, data));
    }

    /**
     * For consumers of several event types with different payloads: the payload class per type; the
     * caller switches on {@code delivery.envelope().type()}. Other types are skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery<Object>> acceptAny(String consumer, ConsumerRecord<String, String> record,
            Map<String, Class<?>> types) {
        EventEnvelope envelope = reader.envelope(record);
        Class<?> dataType = types.get(envelope.type());
        if (dataType == null || !fromOwner(consumer, envelope, record)) {
            return Optional.empty();
        }
        Object data = reader.data(envelope, dataType);
        if (!inbox.firstDelivery(consumer, envelope.id(), envelope.type())) {
            return Optional.empty();
        }
        return Optional.of(new Delivery<>(envelope, data));
    }

    private boolean fromOwner(String consumer, EventEnvelope envelope, ConsumerRecord<String, String> record) {
        Optional<String> refusal = EventOwner.refusal(envelope.type(), envelope.source(), record.topic());
        refusal.ifPresent(why -> {
            // the source is whatever the producer wrote: printed without control characters, shortened
            LOG.warnf("%s refused event %s (%s) on %s-%d@%d: %s", consumer, envelope.id(), envelope.type(),
                    record.topic(), record.partition(), record.offset(), printable(why));
            registry.counter("sakip.events.refused", "consumer", consumer, "type", envelope.type()).increment();
        });
        return refusal.isEmpty();
    }

    private static String printable(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 300 ? clean.substring(0, 300) + "..." : clean;
    }
}
