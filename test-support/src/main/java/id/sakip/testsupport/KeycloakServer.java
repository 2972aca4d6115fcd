package id.sakip.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak from its server distribution ({@code org.keycloak:keycloak-quarkus-dist}, no
 * Docker), for the run command and the end-to-end tests: unpacked and built once into a cache
 * ({@code ~/.cache/sakip}), started in production mode ({@code start --optimized}) on a database of
 * its own, and given the committed realm ({@code deploy/keycloak/sakip-realm.json}) through the admin
 * API, with what only a local run has: the redirect URIs of the local origins, the dev-only
 * password-grant client {@value #CLI_CLIENT} and the demo users ({@code deploy/keycloak/local}).
 */
public final class KeycloakServer implements AutoCloseable {
    public static final String VERSION = System.getProperty("sakip.keycloak.version", "26.7.3");
    public static final String REALM = "sakip";
    /** The audience every service requires ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "sakip-api";
    /** The dev-only public client with the password grant (never in a production realm). */
    public static final String CLI_CLIENT = "sakip-cli";
    /** Options fixed when the distribution is built; the cache directory is named after them. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true", "--cache=local");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Options options;
    private final Process process;
    private final String adminPassword;
    private LocalRealm imported;

    /**
     * Where and how to run it. {@code adminPassword}: the master realm's bootstrap admin, created by
     * the first start on a database and kept there; null for a new random one (a new database).
     */
    public record Options(Path root, int port, int managementPort, String jdbcUrl, String dbUser, String dbPassword,
            Path log, String adminPassword) {
    }

    /** What the local realm adds to the committed one: exact origins ({@code http://localhost:5173}), demo users. */
    public record LocalRealm(List<String> webOrigins, List<String> swaggerOrigins, boolean demoUsers) {
    }

    private KeycloakServer(Options options, Process process, String adminPassword) {
        this.options = options;
        this.process = process;
        this.adminPassword = adminPassword;
    }

    /** Starts Keycloak and waits until it is ready (fails after three minutes); then {@link #importRealm}. */
    public static KeycloakServer start(Options o) throws IOException, InterruptedException {
        Path home = installed(o.root());
        String adminPassword = o.adminPassword() != null ? o.adminPassword()
                : HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + o.port(),
                "--hostname=http://localhost:" + o.port(), "--http-management-port=" + o.managementPort(),
                "--db-url=" + o.jdbcUrl(), "--db-username=" + o.dbUser(), "--db-password=" + o.dbPassword(),
                "--log-level=WARN,org.keycloak.quarkus.runtime.KeycloakMain:INFO"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JAVA_HOME", javaHome().toString());
        pb.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        Files.createDirectories(o.log().toAbsolutePath().getParent());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(o.log().toFile()));
        KeycloakServer server = new KeycloakServer(o, pb.start(), adminPassword);
        try {
            server.awaitReady(Duration.ofMinutes(3));
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public String url() {
        return "http://localhost:" + options.port();
    }

    /** The {@code iss} of this realm's tokens (fixed by {@code --hostname}, whatever address a client used). */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** The bootstrap admin's password (user {@code admin} of the master realm). */
    public String adminPassword() {
        return adminPassword;
    }

    /** An access token for a user of the realm, by the password grant of the dev-only client. */
    public String login(String username, String password) throws IOException, InterruptedException {
        return token(REALM, CLI_CLIENT, username, password);
    }

    private String token(String realm, String client, String username, String password)
            throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", password,
                "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/realms/" + realm
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " at " + realm + " answered " + r.statusCode()
                    + ": " + r.body());
        }
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    /**
     * A token of the same user from a second realm with the same clients and users but its own keys,
     * as a foreign identity provider would issue: the services must refuse it.
     */
    public String loginToForeignRealm(String username, String password) throws IOException, InterruptedException {
        String foreign = "foreign";
        ObjectNode realm = localRealm(options.root(), imported);
        realm.put("realm", foreign);
        admin("DELETE", "/admin/realms/" + foreign, null);
        admin("POST", "/admin/realms", realm);
        return token(foreign, CLI_CLIENT, username, password);
    }

    /**
     * A token of this realm, signed with its key, but for another application: a client without the
     * audience mapper, so {@code aud} does not name {@value #AUDIENCE}. The services must refuse it.
     */
    public String loginForAnotherAudience(String username, String password) throws IOException, InterruptedException {
        String client = "other-app";
        admin("POST", "/admin/realms/" + REALM + "/clients", JSON.createObjectNode().put("clientId", client)
                .put("publicClient", true).put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false), true);
        return token(REALM, client, username, password);
    }

    /**
     * A token of this realm that expires {@code seconds} after it is issued (a client whose access
     * tokens live that long), for a test that waits past its expiry and the allowed clock skew.
     */
    public String loginShortLived(String username, String password, int seconds) throws IOException, InterruptedException {
        String client = "short-lived";
        ObjectNode c = JSON.createObjectNode().put("clientId", client).put("publicClient", true)
                .put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
        c.putObject("attributes").put("access.token.lifespan", Integer.toString(seconds));
        c.set("protocolMappers", cliClient(localRealm(options.root(), imported)).path("protocolMappers"));
        admin("POST", "/admin/realms/" + REALM + "/clients", c, true);
        return token(REALM, client, username, password);
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI health = URI.create("http://127.0.0.1:" + options.managementPort() + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + options.log());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + options.log());
    }

    /**
     * Imports the committed realm with what the local run adds, replacing a realm of that name left by
     * an earlier run (the committed file is what runs: realm as code).
     */
    public void importRealm(LocalRealm local) throws IOException, InterruptedException {
        admin("DELETE", "/admin/realms/" + REALM, null);
        admin("POST", "/admin/realms", localRealm(options.root(), local));
        imported = local;
    }

    private void admin(String method, String path, JsonNode body) throws IOException, InterruptedException {
        admin(method, path, body, false);
    }

    private void admin(String method, String path, JsonNode body, boolean existingIsFine)
            throws IOException, InterruptedException {
        String token = token("master", "admin-cli", "admin", adminPassword);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300 && !(method.equals("DELETE") && r.statusCode() == 404)
                && !(existingIsFine && r.statusCode() == 409)) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /**
     * The committed realm file as the local run uses it: the SPA's redirect URIs and web origins
     * from the local origins, Swagger UI's from the services' addresses, the dev-only password
     * client (with the SPA's claim mappers) and, when asked, the demo users.
     */
    static ObjectNode localRealm(Path root, LocalRealm o) throws IOException {
        Path dir = root.resolve("deploy/keycloak");
        ObjectNode realm = (ObjectNode) JSON.readTree(dir.resolve("sakip-realm.json").toFile());
        ObjectNode web = null;
        for (JsonNode c : realm.path("clients")) {
            ObjectNode client = (ObjectNode) c;
            switch (client.path("clientId").asText()) {
                case "sakip-web" -> {
                    web = client;
                    uris(client, o.webOrigins().stream().map(s -> s + "/*").toList(), o.webOrigins());
                }
                case "sakip-swagger" -> uris(client, o.swaggerOrigins().stream()
                        .map(s -> s + "/q/swagger-ui/oauth2-redirect.html").toList(), o.swaggerOrigins());
                default -> {
                    // other clients keep the file's settings
                }
            }
        }
        if (web == null) {
            throw new IllegalStateException("the realm file has no client sakip-web");
        }
        ObjectNode cli = web.deepCopy();
        cli.put("clientId", CLI_CLIENT).put("name", "SAKIP command line (local only)")
                .put("description", "Password grant for deploy/local/token.sh and the tests; never in production.")
                .put("standardFlowEnabled", false).put("directAccessGrantsEnabled", true);
        uris(cli, List.of(), List.of());
        ((ArrayNode) realm.path("clients")).add(cli);
        if (o.demoUsers()) {
            realm.set("users", JSON.readTree(dir.resolve("local/sakip-users-0.json").toFile()).path("users"));
        }
        return realm;
    }

    private static JsonNode cliClient(ObjectNode realm) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(CLI_CLIENT)) {
                return c;
            }
        }
        throw new IllegalStateException("no client " + CLI_CLIENT);
    }

    private static void uris(ObjectNode client, List<String> redirects, List<String> origins) {
        ArrayNode r = client.putArray("redirectUris");
        redirects.forEach(r::add);
        ArrayNode w = client.putArray("webOrigins");
        origins.forEach(w::add);
    }

    /** The built distribution in the cache, unpacked and built on first use (atomically: a half-built one is never used). */
    static Path installed(Path root) throws IOException, InterruptedException {
        Path cache = Path.of(System.getProperty("sakip.cache", System.getProperty("user.home") + "/.cache/sakip"));
        String tag = Integer.toHexString(String.join(" ", BUILD_OPTIONS).hashCode());
        Path home = cache.resolve("keycloak-" + VERSION + "-" + tag);
        if (Files.exists(home.resolve(".built"))) {
            return home;
        }
        Path zip = distribution(root);
        Files.createDirectories(cache);
        Path work = Files.createTempDirectory(cache, "keycloak-build-");
        unzip(zip, work);
        Path unpacked = work.resolve("keycloak-" + VERSION);
        List<String> cmd = new ArrayList<>(List.of(unpacked.resolve("bin/kc.sh").toString(), "build"));
        cmd.addAll(BUILD_OPTIONS);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("build.log").toFile()));
        pb.environment().put("JAVA_HOME", javaHome().toString());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("kc.sh build failed; see " + work.resolve("build.log"));
        }
        Files.writeString(unpacked.resolve(".built"), String.join(" ", BUILD_OPTIONS) + "\n");
        try {
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            if (!Files.exists(home.resolve(".built"))) {
                throw raced;
            }
        }
        KafkaBroker.deleteRecursively(work);
        return home;
    }

    /** The distribution zip: {@code sakip.keycloak.zip}, else the local Maven repository, fetched by the wrapper when missing. */
    private static Path distribution(Path root) throws IOException, InterruptedException {
        String given = System.getProperty("sakip.keycloak.zip");
        if (given != null && Files.exists(Path.of(given))) {
            return Path.of(given);
        }
        Path repo = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
        Path zip = repo.resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION + "/keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.exists(zip)) {
            Process p = new ProcessBuilder(root.resolve("mvnw").toString(), "-B", "-q", "dependency:get",
                    "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip", "-Dtransitive=false")
                    .directory(root.toFile()).inheritIO().start();
            if (p.waitFor() != 0 || !Files.exists(zip)) {
                throw new IllegalStateException("could not fetch org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip");
            }
        }
        return zip;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                    if (target.toString().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    /** A JDK 21 or later for Keycloak: KEYCLOAK_JAVA_HOME, this JVM when new enough, else one under /usr/lib/jvm. */
    static Path javaHome() {
        String env = System.getenv("KEYCLOAK_JAVA_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            return jvms.filter(p -> Files.isExecutable(p.resolve("bin/java")))
                    .filter(p -> p.getFileName().toString().matches(".*-(2[1-9]|[3-9][0-9])(-.*|\\.[0-9].*)?$"))
                    .sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("Keycloak needs Java 21+: set KEYCLOAK_JAVA_HOME"));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak needs Java 21+: set KEYCLOAK_JAVA_HOME", e);
        }
    }

    /** SIGTERM (Keycloak shuts down cleanly), then kill after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Local run: {@code KeycloakServer --root . --port 8180 --management-port 9180 --db-url ... --db-user
     * ... --db-password ... --origins a,b --swagger-origins c,d --log file}. Runs until SIGTERM.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Options o = new Options(Path.of(a.getOrDefault("root", ".")).toAbsolutePath().normalize(),
                Integer.parseInt(a.getOrDefault("port", "8180")), Integer.parseInt(a.getOrDefault("management-port", "9180")),
                a.get("db-url"), a.get("db-user"), a.get("db-password"),
                Path.of(a.getOrDefault("log", ".local/logs/keycloak-server.log")), adminPassword(a.get("admin-password-file")));
        KeycloakServer server = start(o);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-shutdown"));
        server.importRealm(new LocalRealm(list(a.get("origins")), list(a.get("swagger-origins")), true));
        System.out.println("Keycloak ready on " + server.url() + " (realm " + REALM + ")");
        Thread.currentThread().join();
    }

    /** The admin password kept in the file (the database's admin was made with it), else a new one written there. */
    private static String adminPassword(String file) throws IOException {
        if (file == null) {
            return null;
        }
        Path f = Path.of(file);
        if (Files.exists(f)) {
            return Files.readString(f).strip();
        }
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(f, password + "\n");
        return password;
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
}
