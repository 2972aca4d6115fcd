package id.sakip.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access matrix of one service, generated from one table: each row names an endpoint (its
 * OpenAPI path template and the concrete values to call it with) and how it differs from the
 * defaults; every row is called as every kind of caller and the status compared with the expected
 * one.
 *
 * <p>Callers: no token, an expired token, a token signed by a key the service does not trust, a
 * token of another agency (holding every role), each SOP role of the agency, provinsi of the
 * agency's province and of another province. Defaults, from the access rules of DESIGN.md:
 * <ul>
 * <li>no, expired or foreign-key token: 401;
 * <li>another agency: 404 (its data does not exist for the caller);
 * <li>a read: every SOP role of the agency 200 unless the row narrows the readers (the others 403);
 * provinsi of the province 200, of another province 404; admin 200;
 * <li>a write: the SOP roles the row does not name 403, provinsi 403 (read-only, whatever the province). The
 * roles that may write are not called here: their happy paths, which change state, are in the
 * feature tests.
 * </ul>
 * The table must cover every operation of the service's OpenAPI document ({@link #assertCoversOpenApi}).
 */
public final class AccessMatrix {
    public static final List<String> AGENCY_ROLES = List.of("kepala", "sekretaris", "tim-sakip", "unit", "staf");
    public static final String NO_TOKEN = "no token";
    public static final String EXPIRED = "expired token";
    public static final String FOREIGN_KEY = "token signed by an untrusted key";
    public static final String OTHER_AGENCY = "another agency";
    public static final String PROVINSI = "provinsi of the province";
    public static final String OTHER_PROVINSI = "provinsi of another province";
    public static final String ADMIN = "admin";

    private final String service;
    private final String agency;
    private final String province;
    private final String unit;
    private final List<Endpoint> rows = new ArrayList<>();
    private final Map<String, String> extraCallers = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int checks;

    public AccessMatrix(String service, String agency, String province, String unit) {
        this.service = service;
        this.agency = agency;
        this.province = province;
        this.unit = unit;
    }

    /**
     * A further caller (say, the head of another unit of the same agency), called only on the rows
     * that {@link Endpoint#expect expect} something of it.
     */
    public AccessMatrix caller(String name, String token) {
        extraCallers.put(name, token);
        return this;
    }

    /** A read (GET): every SOP role of the agency and provinsi of its province may call it. */
    public Endpoint read(String template, Object... args) {
        return add(new Endpoint("GET", template, args, true));
    }

    /** A write: provinsi may not call it; {@link Endpoint#forbidden} names the SOP roles that may not either. */
    public Endpoint write(String method, String template, Object... args) {
        return add(new Endpoint(method, template, args, false));
    }

    private Endpoint add(Endpoint e) {
        rows.add(e);
        return e;
    }

    /** Calls every row as every caller; fails with the list of mismatches. */
    public AccessMatrix run() {
        Map<String, String> tokens = tokens();
        for (Endpoint e : rows) {
            for (Map.Entry<String, Integer> x : e.expectations().entrySet()) {
                String caller = x.getKey();
                RequestSpecification spec = given();
                if (tokens.get(caller) != null) {
                    spec = spec.auth().oauth2(tokens.get(caller));
                }
                Response r = e.call(spec);
                checks++;
                int expected = x.getValue();
                boolean ok = r.statusCode() == expected;
                if (ok && expected >= 400) {
                    String type = r.contentType();
                    ok = type != null && type.startsWith("application/problem+json");
                }
                if (!ok) {
                    failures.add(e.method + " " + e.path + " as " + caller + ": expected " + expected + ", got "
                            + r.statusCode() + " " + r.contentType());
                }
            }
        }
        String summary = "access matrix " + service + ": " + rows.size() + " endpoints, " + checks + " checks, "
                + failures.size() + " failures";
        System.out.println(summary);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        write(summary);
        if (!failures.isEmpty()) {
            throw new AssertionError(summary + "\n" + String.join("\n", failures));
        }
        return this;
    }

    /**
     * Every operation of the service's OpenAPI document (outside {@code /q/}) has a row, so an
     * endpoint added later without access rules fails the test.
     */
    public AccessMatrix assertCoversOpenApi() {
        JsonPath doc = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        TreeSet<String> declared = new TreeSet<>();
        paths.forEach((path, ops) -> ops.keySet().stream()
                .filter(m -> List.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> declared.add(m.toUpperCase() + " " + path)));
        TreeSet<String> covered = new TreeSet<>();
        rows.forEach(r -> covered.add(r.method + " " + r.template));
        TreeSet<String> missing = new TreeSet<>(declared);
        missing.removeAll(covered);
        TreeSet<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(declared);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new AssertionError("access matrix " + service + " does not match the OpenAPI document; without a row: "
                    + missing + "; rows for no declared operation: " + unknown);
        }
        return this;
    }

    public int checks() {
        return checks;
    }

    /** The rows, for the bad-input corpus built from the same table. */
    List<Endpoint> endpoints() {
        return List.copyOf(rows);
    }

    String service() {
        return service;
    }

    String agency() {
        return agency;
    }

    String unit() {
        return unit;
    }

    private Map<String, String> tokens() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(NO_TOKEN, null);
        String[] all = AGENCY_ROLES.toArray(String[]::new);
        t.put(EXPIRED, TestJwt.as(all).subject("expired").agency(agency).unit(unit).expired().mint());
        t.put(FOREIGN_KEY, TestJwt.as(all).subject("forger").agency(agency).unit(unit).signedByForeignKey().mint());
        t.put(OTHER_AGENCY, TestJwt.as(all).subject("stranger").agency("OTHER-" + agency).unit(unit).mint());
        for (String role : AGENCY_ROLES) {
            t.put(role, TestJwt.as(role).subject(role + "-" + agency).agency(agency).unit(unit).mint());
        }
        t.put(PROVINSI, TestJwt.as("provinsi").subject("provinsi-" + province).province(province).mint());
        String other = province.equals("32") ? "33" : "32";
        t.put(OTHER_PROVINSI, TestJwt.as("provinsi").subject("provinsi-" + other).province(other).mint());
        t.put(ADMIN, TestJwt.as("admin").subject("admin").mint());
        t.putAll(extraCallers);
        return t;
    }

    private void write(String summary) {
        try {
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            List<String> lines = new ArrayList<>();
            lines.add(summary);
            failures.forEach(f -> lines.add("FAIL " + f));
            Files.write(dir.resolve("access-matrix-" + service + ".txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of the table. */
    public final class Endpoint {
        private static final Pattern PARAM = Pattern.compile("\\{[^}]+}");
        final String method;
        final String template;
        final String path;
        final boolean read;
        Object body;
        final Map<String, Object> query = new LinkedHashMap<>();
        String contentType;
        private List<String> allowed = AGENCY_ROLES;
        private final Map<String, Integer> overrides = new LinkedHashMap<>();

        Endpoint(String method, String template, Object[] args, boolean read) {
            this.method = method;
            this.template = template;
            this.read = read;
            Matcher m = PARAM.matcher(template);
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (m.find()) {
                if (i >= args.length) {
                    throw new IllegalArgumentException("no value for " + m.group() + " in " + template);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(args[i++])));
            }
            m.appendTail(sb);
            this.path = sb.toString();
        }

        /** A JSON body (a map or a record). */
        public Endpoint body(Object json) {
            this.body = json;
            this.contentType = ContentType.JSON.toString();
            return this;
        }

        /** A raw body of the given media type. */
        public Endpoint body(byte[] bytes, String mediaType) {
            this.body = bytes;
            this.contentType = mediaType;
            return this;
        }

        /** A query parameter. */
        public Endpoint query(String name, Object value) {
            query.put(name, value);
            return this;
        }

        /** For a write: only these SOP roles may call it (they are not called here); the others get 403. */
        public Endpoint by(String... roles) {
            List<String> may = List.of(roles);
            for (String r : AGENCY_ROLES) {
                if (!may.contains(r)) {
                    overrides.put(r, 403);
                }
            }
            return this;
        }

        /** For a read: only these SOP roles read it, the others get 403. */
        public Endpoint readers(String... roles) {
            this.allowed = List.of(roles);
            return this;
        }

        /** For a write: these SOP roles get 403. */
        public Endpoint forbidden(String... roles) {
            for (String r : roles) {
                overrides.put(r, 403);
            }
            return this;
        }

        /** Overrides the expected status for one caller. */
        public Endpoint expect(String caller, int status) {
            overrides.put(caller, status);
            return this;
        }

        /**
         * A list filtered by the caller's scope: another agency and another province get 200 (an
         * empty or filtered list), not 404.
         */
        public Endpoint scopedList() {
            overrides.put(OTHER_AGENCY, 200);
            overrides.put(OTHER_PROVINSI, 200);
            return this;
        }

        Map<String, Integer> expectations() {
            Map<String, Integer> e = new LinkedHashMap<>();
            e.put(NO_TOKEN, 401);
            e.put(EXPIRED, 401);
            e.put(FOREIGN_KEY, 401);
            e.put(OTHER_AGENCY, 404);
            if (read) {
                for (String role : AGENCY_ROLES) {
                    e.put(role, allowed.contains(role) ? 200 : 403);
                }
                e.put(PROVINSI, 200);
                e.put(OTHER_PROVINSI, 404);
                e.put(ADMIN, 200);
            } else {
                // a read-only role is refused any write, whatever the province
                e.put(PROVINSI, 403);
                e.put(OTHER_PROVINSI, 403);
            }
            e.putAll(overrides);
            return e;
        }

        Response call(RequestSpecification spec) {
            spec = spec.queryParams(query);
            if (body instanceof byte[] bytes) {
                spec = spec.contentType(contentType).body(bytes);
            } else if (body != null) {
                spec = spec.contentType(contentType).body(body);
            }
            return spec.request(method, path);
        }
    }
}
