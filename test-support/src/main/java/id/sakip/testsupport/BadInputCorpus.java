package id.sakip.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad input at scale, derived from the access-matrix table (so every endpoint is covered): for
 * each endpoint a corpus of broken bodies (malformed, wrong JSON kinds, nesting bombs, oversized,
 * invalid UTF-8, wrong media type), broken fields (each field missing, null, empty, of the wrong
 * type, huge, unicode edge cases, negative, NaN, infinite and huge numbers, impossible and extreme
 * dates, unknown ids) and broken path and query parameters. Every request is made by a caller
 * holding every SOP role of the agency, so it reaches validation.
 *
 * <p>The rules: no answer is a 5xx; every 4xx is an RFC 9457 problem document of our kind; and after
 * each rejected request the database is exactly as it was ({@link DatabaseFingerprint}). A mutation
 * that is still valid may be accepted (2xx): it is counted, and the fingerprint taken anew.
 */
public final class BadInputCorpus {
    private static final Pattern UUID_SEGMENT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    /** Raw JSON tokens that no serializer writes: they replace a quoted marker in the body text. */
    private static final String RAW = JsonBodies.RAW;

    private final AccessMatrix matrix;
    private final Supplier<String> fingerprint;
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int rejected;
    private int accepted;
    /** Accepted requests after which the fingerprint moved: proves the fingerprint sees the data. */
    private int changesSeen;
    private int tokenUses;
    private String token;

    public BadInputCorpus(AccessMatrix matrix, Supplier<String> fingerprint) {
        this.matrix = matrix;
        this.fingerprint = fingerprint;
    }

    /** One generated request. */
    record Call(String what, String method, String path, Map<String, Object> query, String contentType, byte[] body) {
    }

    public BadInputCorpus run(int atLeast) {
        String before = fingerprint.get();
        for (AccessMatrix.Endpoint e : matrix.endpoints()) {
            for (Call c : corpus(e)) {
                before = check(c, before);
            }
        }
        String summary = "bad input " + matrix.service() + ": " + requests + " requests, " + rejected
                + " rejected (4xx problem+json, database unchanged), " + accepted + " accepted (" + changesSeen
                + " of them changed the database), " + failures.size()
                + " failures";
        System.out.println(summary);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        try {
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            List<String> lines = new ArrayList<>(List.of(summary));
            failures.forEach(f -> lines.add("FAIL " + f));
            Files.write(dir.resolve("bad-input-" + matrix.service() + ".txt"), lines);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(summary + "\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
        }
        if (accepted > 0 && changesSeen == 0) {
            throw new AssertionError(summary + ": no accepted request changed the fingerprint; it does not see the data");
        }
        if (requests < atLeast) {
            throw new AssertionError(summary + ": fewer than " + atLeast + " requests");
        }
        return this;
    }

    private String caller() {
        if (token == null || tokenUses++ >= 100) {
            // a fresh client every hundred requests, so the write rate limit does not answer for the corpus
            tokenUses = 0;
            token = TestJwt.as(AccessMatrix.AGENCY_ROLES.toArray(String[]::new)).subject("corpus-" + UUID.randomUUID())
                    .agency(matrix.agency()).unit(matrix.unit()).mint();
        }
        return token;
    }

    private String check(Call c, String before) {
        RequestSpecification spec = given().auth().oauth2(caller()).queryParams(c.query()).urlEncodingEnabled(true);
        if (c.contentType() != null) {
            spec = spec.contentType(c.contentType());
        }
        if (c.body() != null) {
            spec = spec.body(c.body());
        }
        Response r;
        try {
            r = spec.request(c.method(), c.path());
        } catch (RuntimeException ex) {
            failures.add(c.method() + " " + c.path() + " [" + c.what() + "]: no answer (" + ex + ")");
            return fingerprint.get();
        }
        requests++;
        int status = r.statusCode();
        String name = c.method() + " " + c.path() + " [" + c.what() + "]";
        if (status >= 500) {
            failures.add(name + ": " + Answers.problem(r).orElse(String.valueOf(status)));
            return fingerprint.get();
        }
        if (status < 400) {
            accepted++;
            String after = fingerprint.get();
            if (!after.equals(before)) {
                changesSeen++;
            }
            return after;
        }
        rejected++;
        Answers.problem(r).ifPresent(p -> failures.add(name + ": " + p));
        String after = fingerprint.get();
        if (!after.equals(before)) {
            failures.add(name + ": rejected with " + status + " but the database changed");
        }
        return after;
    }

    private List<Call> corpus(AccessMatrix.Endpoint e) {
        List<Call> calls = new ArrayList<>();
        Map<String, Object> query = new LinkedHashMap<>(e.query);
        // the path: unknown and malformed ids, traversal, oversized segments
        Matcher m = UUID_SEGMENT.matcher(e.path);
        if (m.find()) {
            String id = m.group();
            for (String replacement : List.of(UUID.randomUUID().toString(), "not-a-uuid", "0", "..%2F..%2Fetc%2Fpasswd",
                    "%00", "x".repeat(1000), id.toUpperCase().replace('-', '_'))) {
                calls.add(new Call("id " + abbreviate(replacement), e.method, e.path.replace(id, replacement), query,
                        e.contentType, JsonBodies.bytes(e.body)));
            }
        }
        // the query: paging and filters out of range or of the wrong type
        List<Map.Entry<String, Object>> params = new ArrayList<>();
        params.add(Map.entry("size", -1));
        params.add(Map.entry("size", "abc"));
        params.add(Map.entry("size", 100000));
        params.add(Map.entry("page", -5));
        params.add(Map.entry("page", "99999999999999999999"));
        params.add(Map.entry("sort", "name;drop table agency"));
        params.add(Map.entry("year", "dua ribu"));
        params.add(Map.entry("year", 99999));
        params.add(Map.entry("period", "Q9"));
        params.add(Map.entry("format", "exe"));
        params.add(Map.entry("limit", 0));
        params.add(Map.entry("afterSeq", -1));
        for (String key : e.query.keySet()) {
            params.add(Map.entry(key, "\u0000"));
            params.add(Map.entry(key, "z".repeat(500)));
        }
        for (Map.Entry<String, Object> p : params) {
            Map<String, Object> q = new LinkedHashMap<>(query);
            q.put(p.getKey(), p.getValue());
            calls.add(new Call("query " + p.getKey() + "=" + abbreviate(String.valueOf(p.getValue())), e.method, e.path, q,
                    e.contentType, JsonBodies.bytes(e.body)));
        }
        if (e.method.equals("GET")) {
            return calls;
        }
        // the body as a whole
        String json = "application/json";
        calls.add(new Call("no body", e.method, e.path, query, null, null));
        for (String raw : List.of("{", "null", "[]", "\"text\"", "42", "{\"a\":", "{}}", "\uFEFF{}")) {
            calls.add(new Call("body " + raw, e.method, e.path, query, json, raw.getBytes(StandardCharsets.UTF_8)));
        }
        calls.add(new Call("nested 5000 deep", e.method, e.path, query, json,
                ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)));
        calls.add(new Call("2 MiB body", e.method, e.path, query, json,
                ("{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));
        calls.add(new Call("invalid UTF-8", e.method, e.path, query, json,
                new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' }));
        calls.add(new Call("text/plain", e.method, e.path, query, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)));
        if (e.body instanceof byte[] raw) {
            // a file upload: empty, truncated, of another kind than it claims
            calls.add(new Call("empty file", e.method, e.path, query, e.contentType, new byte[0]));
            calls.add(new Call("truncated file", e.method, e.path, query, e.contentType,
                    Arrays.copyOf(raw, Math.max(1, raw.length / 3))));
            calls.add(new Call("a script as the file", e.method, e.path, query, e.contentType,
                    "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)));
            calls.add(new Call("executable type", e.method, e.path, query, "application/x-msdownload", raw));
            return calls;
        }
        if (!(e.body instanceof Map<?, ?> valid)) {
            return calls;
        }
        // each field, at the top and one level down (the first element of a list of objects)
        for (List<Object> field : fields(valid, new ArrayList<>(), 0)) {
            Object original = JsonBodies.get(valid, field);
            for (Map.Entry<String, Object> v : values(original)) {
                Object body = v.getKey().equals("missing") ? JsonBodies.without(valid, field) : JsonBodies.with(valid, field, v.getValue());
                calls.add(new Call(JsonBodies.name(field) + " " + v.getKey(), e.method, e.path, query, json, JsonBodies.text(body)));
            }
        }
        calls.add(new Call("unknown field", e.method, e.path, query, json,
                JsonBodies.text(JsonBodies.with(valid, List.of("__proto__"), Map.of("admin", true)))));
        return calls;
    }

    /** The mutations of one field's value. */
    private static List<Map.Entry<String, Object>> values(Object original) {
        List<Map.Entry<String, Object>> v = new ArrayList<>();
        v.add(Map.entry("missing", ""));
        v.add(Map.entry("null", new JsonBodies.NullValue()));
        v.add(Map.entry("object", Map.of("a", 1)));
        v.add(Map.entry("array", List.of(1, 2)));
        v.add(Map.entry("boolean", true));
        v.add(Map.entry("empty string", ""));
        v.add(Map.entry("huge string", "x".repeat(100_000)));
        v.add(Map.entry("NUL", "a\u0000b"));
        v.add(Map.entry("right-to-left override", "abc\u202Edef"));
        v.add(Map.entry("emoji", "\uD83D\uDE00\uD83C\uDDEE\uD83C\uDDE9"));
        v.add(Map.entry("lone surrogate", RAW + "\"\\uD800\""));
        v.add(Map.entry("negative", -1));
        v.add(Map.entry("zero", 0));
        v.add(Map.entry("NaN", RAW + "NaN"));
        v.add(Map.entry("infinite", RAW + "1e309"));
        v.add(Map.entry("tiny", RAW + "1e-400"));
        v.add(Map.entry("huge integer", RAW + "123456789012345678901234567890"));
        v.add(Map.entry("huge decimal", RAW + "9".repeat(60) + ".5"));
        v.add(Map.entry("huge exponent", RAW + "1e999999999"));
        if (original instanceof String s && DATE.matcher(s).matches()) {
            v.add(Map.entry("impossible date", s.length() > 10 ? "2026-13-45T25:61:00Z" : "2026-13-45"));
            v.add(Map.entry("year 0", s.length() > 10 ? "0000-01-01T00:00:00Z" : "0000-01-01"));
            v.add(Map.entry("far future", s.length() > 10 ? "+999999999-12-31T23:59:59Z" : "+999999999-12-31"));
        }
        if (original instanceof String s && UUID_SEGMENT.matcher(s).matches()) {
            v.add(Map.entry("unknown id", UUID.randomUUID().toString()));
            v.add(Map.entry("malformed id", "not-a-uuid"));
        }
        if (original instanceof Number) {
            v.add(Map.entry("number as text", "dua puluh"));
        } else {
            v.add(Map.entry("number", 12345));
        }
        return v;
    }

    private static List<List<Object>> fields(Map<?, ?> map, List<Object> prefix, int depth) {
        List<List<Object>> out = new ArrayList<>();
        for (Map.Entry<?, ?> en : map.entrySet()) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(en.getKey());
            out.add(path);
            if (depth < 1 && en.getValue() instanceof Map<?, ?> inner) {
                out.addAll(fields(inner, path, depth + 1));
            }
            if (depth < 1 && en.getValue() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
                List<Object> element = new ArrayList<>(path);
                element.add(0);
                out.addAll(fields(first, element, depth + 1));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
    }
}
