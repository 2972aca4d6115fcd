package id.sakip.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests generated from each operation's own OpenAPI schema, for the operations of the access
 * matrix (whose rows give a valid body and valid parameters to start from). Five classes, each
 * sent many times with values drawn from a seeded generator (the seed is in the report, so a run can
 * be repeated exactly):
 * <ul>
 * <li><b>numbers</b>: every number in the body at the limits of BigDecimal and PostgreSQL numeric
 * (huge and tiny exponents, hundreds of digits, negative zero, more decimals than stored);
 * <li><b>unicode</b>: every string in the body (and every string parameter) from every class of
 * Unicode that breaks software: control characters, lone surrogates, bidirectional overrides,
 * zero-width characters, fullwidth look-alikes, combining marks, noncharacters, emoji;
 * <li><b>parameters</b>: every query and path parameter malformed for its schema type (words for
 * numbers, unknown enum values, broken ids, sort expressions like {@code ","});
 * <li><b>claims</b>: every operation with a token whose agency claim is missing, blank or names no
 * registered agency, and provinsi tokens with a blank or another province;
 * <li><b>structure</b>: duplicate keys, trailing content, numbers as strings.
 * </ul>
 * The rules: no answer is a 5xx; every 4xx is a problem document of ours whose detail names no code;
 * a rejected request changes nothing in the database (compared once per batch of rejections, and
 * request by request, replayed, when a batch changed it); a claims request never writes, and never
 * reads the agency's data; no request takes more than five seconds.
 */
public final class SchemaCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 40;
    private static final long SLOW_MILLIS = 5_000;
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private final AccessMatrix matrix;
    private final Supplier<String> fingerprint;
    private final long seed;
    private final CorpusValues values;
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Call> pending = new ArrayList<>();
    private OpenApiSchemas schemas;
    private String token;
    private int tokenUses;
    private int requests;

    public SchemaCorpus(AccessMatrix matrix, Supplier<String> fingerprint) {
        this(matrix, fingerprint, Long.getLong("sakip.corpus.seed", 20261201L));
    }

    public SchemaCorpus(AccessMatrix matrix, Supplier<String> fingerprint, long seed) {
        this.matrix = matrix;
        this.fingerprint = fingerprint;
        this.seed = seed;
        this.values = new CorpusValues(new Random(seed));
    }

    /** One generated request; {@code claims} names the claim variant (null: a caller with every role). */
    record Call(String kind, String what, String method, String path, Map<String, Object> query, String contentType,
            byte[] body, String token, boolean mustNotSucceed, boolean mustNotShowAgency) {
    }

    /** Sends at least {@code atLeast} generated requests (more rounds of random values until then). */
    public SchemaCorpus run(int atLeast) {
        schemas = new OpenApiSchemas(JSON.valueToTree(given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(Map.class)));
        String before = fingerprint.get();
        int round = 0;
        while (requests < atLeast && round < 20) {
            for (AccessMatrix.Endpoint e : matrix.endpoints()) {
                for (Call c : calls(e, round)) {
                    before = send(c, before);
                }
            }
            round++;
        }
        before = settle(before);
        report(atLeast);
        return this;
    }

    // --- generation -----------------------------------------------------------------------------

    private List<Call> calls(AccessMatrix.Endpoint e, int round) {
        List<Call> calls = new ArrayList<>();
        JsonNode op = schemas.operation(e.template, e.method);
        Map<String, Object> query = new LinkedHashMap<>(e.query);
        byte[] validBody = JsonBodies.bytes(e.body);
        // parameters: every declared query and path parameter, malformed for its type
        for (JsonNode p : schemas.parameters(e.template, op)) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            JsonNode schema = schemas.resolve(p.path("schema"));
            for (String bad : values.malformed(name, schema, round)) {
                if (in.equals("query")) {
                    Map<String, Object> q = new LinkedHashMap<>(query);
                    q.put(name, bad);
                    calls.add(new Call("parameters", "query " + name + "=" + abbreviate(bad), e.method, e.path, q,
                            e.contentType, validBody, null, false, false));
                } else if (in.equals("path")) {
                    String path = withPathParameter(e, name, bad);
                    if (path != null) {
                        calls.add(new Call("parameters", "path " + name + "=" + abbreviate(bad), e.method, path, query,
                                e.contentType, validBody, null, false, false));
                    }
                }
            }
        }
        // claims: the valid request with tokens that name no real agency of the caller
        if (round == 0) {
            for (Map.Entry<String, String> claim : claimTokens().entrySet()) {
                boolean write = !e.method.equals("GET");
                boolean scoped = e.expectations().getOrDefault(AccessMatrix.OTHER_AGENCY, 404) < 400;
                calls.add(new Call("claims", claim.getKey(), e.method, e.path, query, e.contentType, validBody,
                        claim.getValue(), write || !scoped, scoped));
            }
        }
        if (!(e.body instanceof Map<?, ?> valid) || e.method.equals("GET")) {
            return calls;
        }
        JsonNode schema = schemas.requestSchema(op);
        List<OpenApiSchemas.Field> fields = new ArrayList<>();
        schemas.fields(schema, valid, new ArrayList<>(), 0, fields);
        for (OpenApiSchemas.Field f : fields) {
            if (f.type().equals("number") || f.type().equals("integer")) {
                for (String n : values.numbers(round)) {
                    calls.add(body(e, query, "numbers", f.label() + "=" + abbreviate(n),
                            JsonBodies.with(valid, f.path(), JsonBodies.RAW + n)));
                }
            } else if (f.type().equals("string")) {
                for (Map.Entry<String, String> u : values.unicode(round).entrySet()) {
                    calls.add(body(e, query, "unicode", f.label() + " " + u.getKey(),
                            JsonBodies.with(valid, f.path(), JsonBodies.RAW + u.getValue())));
                }
            }
        }
        if (round == 0) {
            String text = new String(validBody, StandardCharsets.UTF_8);
            Matcher first = Pattern.compile("^\\{\\s*(\"[^\"]+\"\\s*:)").matcher(text);
            if (first.find()) {
                // the first key again, with a value of its own: the last one must not silently win
                String dup = "{" + first.group(1) + "null," + text.substring(1);
                calls.add(raw(e, query, "structure", "duplicate key " + first.group(1), dup));
            }
            calls.add(raw(e, query, "structure", "trailing content", text + " {}"));
            calls.add(raw(e, query, "structure", "two documents", text + text));
        }
        return calls;
    }

    private Call body(AccessMatrix.Endpoint e, Map<String, Object> query, String kind, String what, Object body) {
        return new Call(kind, what, e.method, e.path, query, "application/json", JsonBodies.text(body), null, false, false);
    }

    private Call raw(AccessMatrix.Endpoint e, Map<String, Object> query, String kind, String what, String body) {
        return new Call(kind, what, e.method, e.path, query, "application/json", body.getBytes(StandardCharsets.UTF_8),
                null, false, false);
    }

    private static String withPathParameter(AccessMatrix.Endpoint e, String name, String value) {
        // the concrete path differs from the template only in its {parameters}: find this one's segment
        String[] t = e.template.split("/", -1);
        String[] p = e.path.split("/", -1);
        if (t.length != p.length) {
            return null;
        }
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals("{" + name + "}")) {
                p[i] = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                return String.join("/", p);
            }
        }
        return null;
    }

    /** Tokens holding every SOP role whose claims name no real agency of the caller. */
    private Map<String, String> claimTokens() {
        String[] all = AccessMatrix.AGENCY_ROLES.toArray(String[]::new);
        Map<String, String> t = new LinkedHashMap<>();
        t.put("agency claim missing", TestJwt.as(all).subject("claims-none").unit(matrix.unit()).mint());
        t.put("agency claim empty", TestJwt.as(all).subject("claims-empty").agency("").unit(matrix.unit()).mint());
        t.put("agency claim blank", TestJwt.as(all).subject("claims-blank").agency("   ").unit(matrix.unit()).mint());
        t.put("agency claim unknown", TestJwt.as(all).subject("claims-unknown").agency("NO-SUCH-" + UUID.randomUUID())
                .unit(matrix.unit()).mint());
        t.put("agency claim a look-alike", TestJwt.as(all).subject("claims-case").agency(matrix.agency().toLowerCase()
                + " ").unit(matrix.unit()).mint());
        t.put("provinsi with a blank province", TestJwt.as("provinsi").subject("claims-province").province("  ").mint());
        t.put("provinsi of another province", TestJwt.as("provinsi").subject("claims-other").province("99").mint());
        return t;
    }

    // --- sending and checking ---------------------------------------------------------------------

    private String caller() {
        if (token == null || tokenUses++ >= 100) {
            // a fresh officer every hundred requests, so the write rate limit does not answer for the corpus
            tokenUses = 0;
            token = TestJwt.as(AccessMatrix.AGENCY_ROLES.toArray(String[]::new)).subject("schema-" + UUID.randomUUID())
                    .agency(matrix.agency()).unit(matrix.unit()).mint();
        }
        return token;
    }

    private Response call(Call c) {
        RequestSpecification spec = given().auth().oauth2(c.token() != null ? c.token() : caller()).queryParams(c.query())
                .urlEncodingEnabled(c.kind().equals("parameters") && c.what().startsWith("path") ? false : true);
        if (c.contentType() != null) {
            spec = spec.contentType(c.contentType());
        }
        if (c.body() != null && !c.method().equals("GET")) {
            spec = spec.body(c.body());
        }
        return spec.request(c.method(), c.path());
    }

    private String send(Call c, String before) {
        Response r;
        long start = System.nanoTime();
        try {
            r = call(c);
        } catch (Exception ex) {
            failures.add(name(c) + ": no answer (" + ex + ")");
            return before;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > SLOW_MILLIS) {
            // the work a request can cause is bounded: a generated value must not take a worker for long
            failures.add(name(c) + ": took " + millis + " ms");
        }
        requests++;
        int status = r.statusCode();
        counts.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(statusClass(status), 1, Integer::sum);
        Answers.problem(r).ifPresent(p -> failures.add(name(c) + ": " + p));
        if (c.mustNotSucceed() && status < 300) {
            failures.add(name(c) + ": answered " + status + " to a caller that names no agency of its own");
        }
        if (c.mustNotShowAgency() && status < 300 && r.asString().contains(matrix.agency())) {
            failures.add(name(c) + ": showed agency " + matrix.agency() + "'s data to a caller outside it");
        }
        if (status < 400) {
            // an accepted request may change the database, so the rejections before it can no longer be
            // compared as a batch: replay each of them alone against the new state, then start anew
            replay(new ArrayList<>(pending));
            pending.clear();
            return fingerprint.get();
        }
        pending.add(c);
        if (pending.size() >= BATCH) {
            return settle(before);
        }
        return before;
    }

    /** Compares the database with {@code before} after the pending rejections; bisects when it changed. */
    private String settle(String before) {
        if (pending.isEmpty()) {
            return before;
        }
        List<Call> batch = new ArrayList<>(pending);
        pending.clear();
        String after = fingerprint.get();
        if (after.equals(before)) {
            return after;
        }
        // someone of the batch wrote although it was refused: replay them one by one to name it
        if (!replay(batch)) {
            failures.add("a batch of " + batch.size() + " rejected requests changed the database (from "
                    + name(batch.get(0)) + "), and no single one did on replay");
        }
        return fingerprint.get();
    }

    /** Replays each call alone, the database compared around it; true when one was found writing though refused. */
    private boolean replay(List<Call> calls) {
        boolean named = false;
        String state = calls.isEmpty() ? null : fingerprint.get();
        for (Call c : calls) {
            Response r = call(c);
            String now = fingerprint.get();
            if (!now.equals(state) && r.statusCode() >= 400) {
                failures.add(name(c) + ": rejected with " + r.statusCode() + " but the database changed");
                named = true;
            }
            state = now;
        }
        return named;
    }

    private static String statusClass(int status) {
        return String.valueOf(status);
    }

    private static String name(Call c) {
        return c.kind() + ": " + c.method() + " " + abbreviate(c.path()) + " [" + c.what() + "]";
    }

    private static String abbreviate(String s) {
        String p = s.codePoints().map(ch -> Character.isISOControl(ch) || Character.isSurrogate((char) ch) ? '?' : ch)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return p.length() > 40 ? p.substring(0, 40) + "…(" + p.length() + ")" : p;
    }

    private void report(int atLeast) {
        StringBuilder sb = new StringBuilder();
        sb.append("schema corpus ").append(matrix.service()).append(": ").append(requests).append(" requests (seed ")
                .append(seed).append("), ").append(failures.size()).append(" failures\n");
        counts.forEach((kind, byStatus) -> sb.append("  ").append(kind).append(": ")
                .append(byStatus.values().stream().mapToInt(Integer::intValue).sum()).append(" sent, answers ")
                .append(byStatus).append('\n'));
        failures.stream().limit(200).forEach(f -> sb.append("FAIL ").append(f).append('\n'));
        System.out.print(sb);
        try {
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("schema-corpus-" + matrix.service() + ".txt"), sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(sb.toString().lines().limit(80).reduce("", (a, b) -> a + "\n" + b));
        }
        if (requests < atLeast) {
            throw new AssertionError("schema corpus " + matrix.service() + ": " + requests + " requests, fewer than "
                    + atLeast);
        }
    }
}
