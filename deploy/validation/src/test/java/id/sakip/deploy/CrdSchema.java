package id.sakip.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A custom resource's structural schema (the {@code openAPIV3Schema} of its CustomResourceDefinition)
 * applied the way the API server applies it to what it stores: types, {@code properties} (a field
 * the schema does not name is refused unless {@code additionalProperties} or
 * {@code x-kubernetes-preserve-unknown-fields} allows it, where the API server would silently prune
 * it), {@code required}, {@code enum}, {@code items}, {@code anyOf} and int-or-string. {@code
 * metadata} is the API server's, not the schema's.
 */
final class CrdSchema {
    private final String apiVersion;
    private final JsonNode schema;

    private CrdSchema(String apiVersion, JsonNode schema) {
        this.apiVersion = apiVersion;
        this.schema = schema;
    }

    /** The served version of a CRD committed under {@code src/test/resources/crds}. */
    static CrdSchema load(String resource) {
        try (InputStream in = CrdSchema.class.getResourceAsStream("/crds/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no CRD " + resource + " on the test class path");
            }
            JsonNode crd = ManifestValidator.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get(0);
            String group = crd.path("spec").path("group").asText();
            for (JsonNode v : crd.path("spec").path("versions")) {
                if (v.path("served").asBoolean() && v.path("storage").asBoolean()) {
                    return new CrdSchema(group + "/" + v.path("name").asText(), v.path("schema").path("openAPIV3Schema"));
                }
            }
            throw new IllegalStateException(resource + " serves no storage version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String apiVersion() {
        return apiVersion;
    }

    /** Every place where {@code doc} breaks the schema, as "path: what". */
    List<String> problems(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        if (!apiVersion.equals(doc.path("apiVersion").asText())) {
            problems.add("apiVersion must be " + apiVersion + ", not " + doc.path("apiVersion").asText());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = doc.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (List.of("apiVersion", "kind", "metadata").contains(f.getKey())) {
                continue;
            }
            JsonNode s = schema.path("properties").path(f.getKey());
            if (s.isMissingNode()) {
                problems.add(f.getKey() + ": unknown field");
            } else {
                check(f.getKey(), f.getValue(), s, problems);
            }
        }
        return problems;
    }

    private static void check(String path, JsonNode value, JsonNode s, List<String> problems) {
        if (s.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                problems.add(path + ": must be an integer or a string");
            }
            return;
        }
        if (s.has("anyOf")) {
            for (JsonNode alternative : s.path("anyOf")) {
                List<String> attempt = new ArrayList<>();
                check(path, value, alternative, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            problems.add(path + ": matches none of its alternatives");
            return;
        }
        String type = s.path("type").asText("");
        boolean typed = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!typed) {
            problems.add(path + ": must be " + (type.equals("array") || type.equals("integer") ? "an " : "a ") + type
                    + ", not " + value.getNodeType().name().toLowerCase());
            return;
        }
        if (s.has("enum")) {
            boolean listed = false;
            for (JsonNode e : s.path("enum")) {
                listed |= e.equals(value);
            }
            if (!listed) {
                problems.add(path + ": " + value + " is not one of " + s.path("enum"));
            }
        }
        if (value.isArray()) {
            int i = 0;
            for (JsonNode item : value) {
                check(path + "[" + i++ + "]", item, s.path("items"), problems);
            }
        } else if (value.isObject()) {
            for (JsonNode required : s.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(path + ": " + required.asText() + " is required");
                }
            }
            boolean preserve = s.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            JsonNode additional = s.path("additionalProperties");
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode property = s.path("properties").path(f.getKey());
                String at = path + "." + f.getKey();
                if (!property.isMissingNode()) {
                    check(at, f.getValue(), property, problems);
                } else if (additional.isObject()) {
                    check(at, f.getValue(), additional, problems);
                } else if (!preserve && !additional.asBoolean(false)) {
                    problems.add(at + ": unknown field");
                }
            }
        }
    }
}
