package id.sakip.common.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One envelope for every event: the CloudEvents 1.0 context attributes plus the JSON data.
 *
 * <p>On Kafka the envelope travels in CloudEvents <em>binary mode</em>: the attributes are
 * {@code ce_*} headers, the record value is the JSON data and the record key is the aggregate id.
 * The scope extensions ({@code ce_agency}, {@code ce_region}, {@code ce_province}) repeat the
 * codes carried in the data so that a provincial dashboard can filter on headers alone.
 *
 * @param id          unique event id (CloudEvents {@code id}); consumers deduplicate on it
 * @param source      producing service, e.g. {@code /sakip/collection-service}
 * @param type        versioned type name, e.g. {@code id.sakip.collection.RecapApproved.v1}
 * @param time        when the state change happened
 * @param subject     the aggregate the event is about, e.g. {@code rounds/8b1c...}
 * @param key         Kafka record key: the aggregate id, so one aggregate's events stay ordered
 * @param scope       agency, region and province codes
 * @param data        the event payload
 * @param traceparent W3C trace context of the request that caused the event (may be null)
 */
public record EventEnvelope(
        UUID id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String key,
        EventScope scope,
        JsonNode data,
        String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }
}
