package id.sakip.common.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventEnvelope;
import id.sakip.common.event.InvalidEventException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns consumed records into envelopes and typed payloads, failing with a reason the dead-letter
 * topic keeps. Events are read with a mapper of their own, not the API's: the owning service checked
 * their text when it accepted it, and an event valid when it was published stays readable when the
 * API's input rules tighten (a replay of old history must not dead-letter).
 */
@ApplicationScoped
public class EventReader {
    private static final ObjectMapper EVENTS = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(new Jdk8Module()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public EventEnvelope envelope(ConsumerRecord<String, String> record) {
        return CloudEventHeaders.fromRecord(record, EVENTS);
    }

    public <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return EVENTS.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("data of " + envelope.type() + " " + envelope.id()
                    + " does not match " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
