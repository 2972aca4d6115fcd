package id.sakip.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A service's OpenAPI document as {@link SchemaCorpus} reads it: operations, parameters, body fields. */
final class OpenApiSchemas {
    private final JsonNode doc;

    OpenApiSchemas(JsonNode doc) {
        this.doc = doc;
    }

    /** The operation object of a path template and method, or a missing node. */
    JsonNode operation(String template, String method) {
        return doc.path("paths").path(template).path(method.toLowerCase());
    }

    /** A field of the request body found in its schema, with its JSON type. */
    record Field(List<Object> path, String type) {
        String label() {
            return JsonBodies.name(path);
        }
    }

    /** Walks the schema (and the valid body beside it, for the shape of arrays) down to three levels. */
    void fields(JsonNode schema, Object value, List<Object> prefix, int depth, List<Field> out) {
        JsonNode s = resolve(schema);
        if (depth > 3 || s.isMissingNode()) {
            return;
        }
        String type = type(s);
        if (type.equals("object") && value instanceof Map<?, ?> map) {
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                List<Object> path = new ArrayList<>(prefix);
                path.add(p.getKey());
                Object child = map.get(p.getKey());
                JsonNode ps = resolve(p.getValue());
                String pt = type(ps);
                if (pt.equals("object") || pt.equals("array")) {
                    if (child != null) {
                        fields(ps, child, path, depth + 1, out);
                    }
                } else if (!pt.isEmpty() && (child != null || depth == 0)) {
                    out.add(new Field(path, pt));
                }
            }
        } else if (type.equals("array") && value instanceof List<?> list && !list.isEmpty()) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(0);
            JsonNode items = resolve(s.path("items"));
            String it = type(items);
            if (it.equals("object") || it.equals("array")) {
                fields(items, list.get(0), path, depth + 1, out);
            } else if (!it.isEmpty()) {
                out.add(new Field(path, it));
            }
        }
    }

    static String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asText().equals("null")) {
                    return x.asText();
                }
            }
        }
        if (t.isTextual()) {
            return t.asText();
        }
        if (s.has("properties")) {
            return "object";
        }
        if (s.has("enum")) {
            return "string";
        }
        return "";
    }

    JsonNode resolve(JsonNode s) {
        JsonNode cur = s;
        for (int i = 0; i < 10 && cur.has("$ref"); i++) {
            String ref = cur.path("$ref").asText();
            cur = doc.at(ref.substring(1));
        }
        if (cur.has("allOf") && cur.path("allOf").size() == 1) {
            return resolve(cur.path("allOf").get(0));
        }
        return cur;
    }

    JsonNode requestSchema(JsonNode op) {
        return resolve(op.path("requestBody").path("content").path("application/json").path("schema"));
    }

    List<JsonNode> parameters(String template, JsonNode op) {
        List<JsonNode> out = new ArrayList<>();
        doc.path("paths").path(template).path("parameters").forEach(out::add);
        op.path("parameters").forEach(out::add);
        return out;
    }
}
