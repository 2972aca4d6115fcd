package id.sakip.common.event;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event that knows where it goes, as Debezium's outbox {@code ExportedEvent} does: the aggregate
 * that caused it builds it, and {@code Outbox.publish(event)} needs nothing else. Only the record's
 * components are its payload (CloudEvents {@code data}); the routing is never serialised.
 */
public interface DomainEvent {

    /** The topic, record key, versioned type, CloudEvents subject and scope of this event. */
    @JsonIgnore
    Routing routing();

    /**
     * @param topic   Kafka topic (see {@link EventTypes.Topics})
     * @param key     record key: one aggregate's events share it, so they keep their order
     * @param type    versioned event type (see {@link EventTypes})
     * @param subject CloudEvents subject, e.g. {@code rounds/<id>}
     * @param scope   agency, region and province codes
     */
    record Routing(String topic, String key, String type, String subject, EventScope scope) {

        public static Routing of(String topic, Object key, String type, String subject, String agencyCode,
                String regionCode, String provinceCode) {
            return new Routing(topic, key.toString(), type, subject,
                    new EventScope(agencyCode, regionCode, provinceCode));
        }
    }
}
