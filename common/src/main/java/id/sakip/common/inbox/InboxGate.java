package id.sakip.common.inbox;

import id.sakip.common.event.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The front door of every consumer: reads the envelope, keeps only the wanted type, records the
 * event id in the inbox (same transaction as the effect) and returns the typed payload, or empty
 * when the record is of another type or was already applied. A malformed record throws
 * {@link id.sakip.common.event.InvalidEventException}, which sends it to the dead-letter topic.
 */
@ApplicationScoped
public class InboxGate {
    private final EventReader reader;
    private final Inbox inbox;

    public InboxGate(EventReader reader, Inbox inbox) {
        this.reader = reader;
        this.inbox = inbox;
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
        if (!types.contains(envelope.type())) {
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
        if (dataType == null) {
            return Optional.empty();
        }
        Object data = reader.data(envelope, dataType);
        if (!inbox.firstDelivery(consumer, envelope.id(), envelope.type())) {
            return Optional.empty();
        }
        return Optional.of(new Delivery<>(envelope, data));
    }
}
