package id.sakip.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Validates event data against the one JSON Schema per event type kept in sakip-common
 * ({@code events/schemas/<Name>.v1.json}).
 */
public final class EventSchemas {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemas() {
    }

    /** {@code id.sakip.collection.RecapApproved.v1} is checked against {@code events/schemas/RecapApproved.v1.json}. */
    public static List<String> violations(String type, String json) {
        String rest = type.startsWith("id.sakip.") ? type.substring("id.sakip.".length()) : type;
        String name = rest.substring(rest.indexOf('.') + 1);
        String resource = "events/schemas/" + name + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of("no schema " + resource + " for event type " + type);
            }
            JsonSchema schema = FACTORY.getSchema(in);
            JsonNode data = MAPPER.readTree(json);
            Set<ValidationMessage> messages = schema.validate(data);
            return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
