package id.sakip.dashboard.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.sakip.dashboard.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The checks a record passes before the dashboard believes it: the type its topic carries, from the
 * service that owns it ({@code ce_source}), of this province ({@code ce_province}), valid against the
 * published JSON Schema, and its key the one its data names. A tolerant reader: properties the schema
 * does not know yet (added in a later release of the same version) are allowed; everything the schema
 * says of the known ones is checked.
 */
@ApplicationScoped
public class RecordCheck {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final ObjectMapper json;
    private final String province;
    private final Map<StateTopic, JsonSchema> schemas = new EnumMap<>(StateTopic.class);

    public RecordCheck(ObjectMapper json, DashboardConfig config) {
        this.json = json;
        this.province = config.province();
        for (StateTopic t : StateTopic.values()) {
            schemas.put(t, FACTORY.getSchema(tolerant(load(t.schema))));
        }
    }

    public Admission check(StateTopic topic, ConsumerRecord<String, byte[]> record) {
        String type = header(record, "ce_type");
        String source = header(record, "ce_source");
        if (!topic.type.equals(type)) {
            return new Admission.Refused(topic, "type " + type + " does not belong on " + topic.topic);
        }
        if (!topic.source.equals(source)) {
            return new Admission.Refused(topic, "source " + source + " is not the owner of " + type);
        }
        String recordProvince = header(record, "ce_province");
        if (recordProvince != null && !province.equals(recordProvince)) {
            return new Admission.OtherProvince(topic);
        }
        if (record.key() == null) {
            return new Admission.Refused(topic, "no key");
        }
        if (record.value() == null) {
            return new Admission.Removed(topic, record.key());
        }
        JsonNode value;
        try {
            value = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return new Admission.Refused(topic, "not JSON");
        }
        Set<ValidationMessage> violations = schemas.get(topic).validate(value);
        if (!violations.isEmpty()) {
            return new Admission.Refused(topic, "invalid: " + violations.iterator().next().getMessage());
        }
        if (!province.equals(value.path("provinceCode").asText())) {
            // a header saying one province and data another: not believed either way
            return recordProvince == null ? new Admission.OtherProvince(topic)
                    : new Admission.Refused(topic, "ce_province and provinceCode disagree");
        }
        String key = keyOf(topic, value);
        if (!key.equals(record.key())) {
            return new Admission.Refused(topic, "key " + record.key() + " is not the entity's " + key);
        }
        String id = header(record, "ce_id");
        if (id == null) {
            return new Admission.Refused(topic, "no ce_id");
        }
        return new Admission.Accepted(topic, key, id, value);
    }

    /** The key each topic's records carry (AsyncAPI: the channel's key format). */
    static String keyOf(StateTopic topic, JsonNode v) {
        String agency = v.path("agencyCode").asText();
        return switch (topic) {
            case AGENCY -> agency;
            case AGREEMENT -> agency + "/" + v.path("year").asInt();
            case ROUND, MEASUREMENT -> agency + "/" + v.path("year").asInt() + "/" + v.path("period").asText();
        };
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private JsonNode load(String name) {
        try (InputStream in = RecordCheck.class.getClassLoader().getResourceAsStream("events/schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no schema events/schemas/" + name + " on the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema without its {@code additionalProperties: false}: unknown fields are read past, not refused. */
    private static JsonNode tolerant(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            if (o.path("additionalProperties").isBoolean()) {
                o.remove("additionalProperties");
            }
            for (Iterator<JsonNode> it = o.elements(); it.hasNext();) {
                tolerant(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(RecordCheck::tolerant);
        }
        return node;
    }
}
