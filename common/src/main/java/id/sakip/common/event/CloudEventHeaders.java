package id.sakip.common.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Maps {@link EventEnvelope} to and from Kafka records in CloudEvents binary mode
 * (CloudEvents Kafka protocol binding 1.0: {@code ce_} prefixed headers, {@code content-type}).
 */
public final class CloudEventHeaders {
    private CloudEventHeaders() {
    }

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String AGENCY = "ce_agency";
    public static final String REGION = "ce_region";
    public static final String PROVINCE = "ce_province";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static ProducerRecord<String, String> toRecord(String topic, EventEnvelope e, String json) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, e.key(), json);
        Headers h = r.headers();
        put(h, SPECVERSION, EventEnvelope.SPEC_VERSION);
        put(h, ID, e.id().toString());
        put(h, SOURCE, e.source());
        put(h, TYPE, e.type());
        put(h, TIME, e.time().toString());
        put(h, SUBJECT, e.subject());
        put(h, CONTENT_TYPE, EventEnvelope.CONTENT_TYPE);
        if (e.scope() != null) {
            put(h, AGENCY, e.scope().agencyCode());
            put(h, REGION, e.scope().regionCode());
            put(h, PROVINCE, e.scope().provinceCode());
        }
        put(h, TRACEPARENT, e.traceparent());
        return r;
    }

    /**
     * Reads an envelope from a consumed record. Throws {@link InvalidEventException} when a required
     * attribute is missing or malformed, so the record goes to the dead-letter topic with the reason.
     */
    public static EventEnvelope fromRecord(ConsumerRecord<String, String> r, ObjectMapper mapper) {
        Headers h = r.headers();
        String spec = get(h, SPECVERSION);
        if (!EventEnvelope.SPEC_VERSION.equals(spec)) {
            throw new InvalidEventException("missing or unsupported ce_specversion: " + spec);
        }
        UUID id;
        OffsetDateTime time;
        try {
            id = UUID.fromString(require(h, ID));
        } catch (IllegalArgumentException ex) {
            throw new InvalidEventException("ce_id is not a UUID");
        }
        try {
            time = OffsetDateTime.parse(require(h, TIME));
        } catch (DateTimeParseException ex) {
            throw new InvalidEventException("ce_time is not an RFC 3339 timestamp");
        }
        if (r.value() == null) {
            throw new InvalidEventException("record has no data");
        }
        try {
            return new EventEnvelope(id, require(h, SOURCE), require(h, TYPE), time, get(h, SUBJECT), r.key(),
                    new EventScope(get(h, AGENCY), get(h, REGION), get(h, PROVINCE)),
                    mapper.readTree(r.value()), get(h, TRACEPARENT));
        } catch (IOException ex) {
            throw new InvalidEventException("data is not valid JSON: " + ex.getMessage());
        }
    }

    private static String require(Headers h, String name) {
        String v = get(h, name);
        if (v == null || v.isBlank()) {
            throw new InvalidEventException("missing header " + name);
        }
        return v;
    }

    public static String get(Headers h, String name) {
        Header header = h.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers h, String name, String value) {
        if (value != null) {
            h.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
