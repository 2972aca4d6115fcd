package id.sakip.common.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventEnvelope;
import id.sakip.common.event.InvalidEventException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Turns consumed records into envelopes and typed payloads, failing with a reason the dead-letter topic keeps. */
@ApplicationScoped
public class EventReader {
    private final ObjectMapper mapper;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public EventEnvelope envelope(ConsumerRecord<String, String> record) {
        return CloudEventHeaders.fromRecord(record, mapper);
    }

    public <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("data of " + envelope.type() + " " + envelope.id()
                    + " does not match " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
