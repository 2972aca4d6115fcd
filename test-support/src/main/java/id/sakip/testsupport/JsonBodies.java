package id.sakip.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for the generated corpora: copies of a JSON body (maps and lists) with one value
 * replaced or removed, and their text, where a value {@code "__raw__:<token>"} is written as the
 * raw token (NaN, 1e-1000000, a lone surrogate escape) that no serializer would write.
 */
final class JsonBodies {
    static final String RAW = "__raw__:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    /** JSON null, as a value a Map can hold. */
    static final class NullValue {
    }

    static Object get(Object node, List<Object> path) {
        Object cur = node;
        for (Object p : path) {
            cur = p instanceof Integer i ? ((List<?>) cur).get(i) : ((Map<?, ?>) cur).get(p);
        }
        return cur;
    }

    static Object with(Object node, List<Object> path, Object value) {
        return edit(node, path, 0, value, false);
    }

    static Object without(Object node, List<Object> path) {
        return edit(node, path, 0, null, true);
    }

    /** A copy of {@code node} with the value at {@code path} replaced (or removed). */
    static Object edit(Object node, List<Object> path, int at, Object value, boolean remove) {
        Object key = path.get(at);
        boolean last = at == path.size() - 1;
        if (key instanceof Integer i) {
            List<Object> copy = new ArrayList<>((List<?>) node);
            copy.set(i, last ? value : edit(copy.get(i), path, at + 1, value, remove));
            return copy;
        }
        Map<Object, Object> copy = new LinkedHashMap<>((Map<?, ?>) node);
        if (last) {
            if (remove) {
                copy.remove(key);
            } else {
                copy.put(key, value);
            }
        } else {
            copy.put(key, edit(copy.get(key), path, at + 1, value, remove));
        }
        return copy;
    }

    static byte[] text(Object body) {
        try {
            return raw(JSON.writeValueAsString(replaceNulls(body))).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces each JSON string {@code "__raw__:<token>"} (as the serializer escaped it) by the raw token. */
    private static String raw(String json) {
        String marker = "\"" + RAW;
        StringBuilder out = new StringBuilder(json.length());
        int at = 0;
        for (int start = json.indexOf(marker); start >= 0; start = json.indexOf(marker, at)) {
            out.append(json, at, start);
            StringBuilder token = new StringBuilder();
            int i = start + marker.length();
            for (; i < json.length() && json.charAt(i) != '"'; i++) {
                char c = json.charAt(i);
                if (c == '\\' && i + 1 < json.length()) {
                    // undo the serializer's escaping of quotes and backslashes inside the token
                    char next = json.charAt(++i);
                    token.append(next == '"' || next == '\\' ? String.valueOf(next) : "\\" + next);
                } else {
                    token.append(c);
                }
            }
            out.append(token);
            at = i + 1;
        }
        return out.append(json, at, json.length()).toString();
    }

    static Object replaceNulls(Object node) {
        if (node instanceof NullValue) {
            return null;
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, replaceNulls(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(JsonBodies::replaceNulls).toList();
        }
        return node;
    }

    static byte[] bytes(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] b) {
            return b;
        }
        return text(body);
    }

    static String name(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object p : path) {
            sb.append(p instanceof Integer i ? "[" + i + "]" : (sb.length() == 0 ? "" : ".") + p);
        }
        return sb.toString();
    }

}
