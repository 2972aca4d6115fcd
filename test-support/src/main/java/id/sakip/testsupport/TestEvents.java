package id.sakip.testsupport;

import com.fasterxml.jackson.databind.node.NullNode;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventEnvelope;
import id.sakip.common.event.EventOwner;
import id.sakip.common.event.EventScope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds CloudEvents records the way the outbox relay sends them, for feeding consumers in tests. */
public final class TestEvents {
    private TestEvents() {
    }

    /** A record as the type's owning service would publish it (its source). */
    public static ProducerRecord<String, String> record(String topic, UUID id, String type, String key,
            EventScope scope, String json) {
        return record(topic, id, type, EventOwner.of(type).map(EventOwner::source).orElse("/sakip/test"), key, scope, json);
    }

    /** A record from the given source (null: the type's owner); a forgery when it is not the owner. */
    public static ProducerRecord<String, String> record(String topic, UUID id, String type, String source, String key,
            EventScope scope, String json) {
        if (source == null) {
            return record(topic, id, type, key, scope, json);
        }
        EventEnvelope e = new EventEnvelope(id, source, type, OffsetDateTime.now(ZoneOffset.UTC),
                "test/" + key, key, scope, NullNode.instance, null);
        return CloudEventHeaders.toRecord(topic, e, json);
    }
}
