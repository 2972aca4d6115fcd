package id.sakip.testsupport;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system for an end-to-end test: a real Kafka broker in this JVM, four fresh PostgreSQL
 * databases on the configured server, and the four packaged services as separate processes.
 */
public final class SakipSystem implements AutoCloseable {
    public static final List<String> SERVICES = List.of("indicator-service", "collection-service", "measurement-service",
            "reporting-service");

    /** The origin a browser test serves its page from; the services allow it (SAKIP_CORS_ORIGINS). */
    public static final String BROWSER_ORIGIN = "http://localhost:5173";
    public final KafkaBroker broker;
    /** Between the services and PostgreSQL when started {@link #withDatabaseProxy}; else null. */
    public TcpProxy database;
    private final List<Runnable> onClose = new ArrayList<>();
    private final Map<String, PackagedService> services = new LinkedHashMap<>();
    private final List<String> databases = new ArrayList<>();

    private SakipSystem(KafkaBroker broker) {
        this.broker = broker;
    }

    /** The system from the repository at {@code sakip.root} (default: the parent directory, as from a module). */
    public static SakipSystem start() throws Exception {
        return start(Path.of(System.getProperty("sakip.root", "..")), false);
    }

    public static SakipSystem start(Path root) throws Exception {
        return start(root, false);
    }

    /** The system with a TCP proxy between the services and PostgreSQL, so a test can take the database away. */
    public static SakipSystem withDatabaseProxy() throws Exception {
        return start(Path.of(System.getProperty("sakip.root", "..")), true);
    }

    /**
     * Some of the services, with environment variables of their own on top of the defaults (an identity
     * provider's {@code JWT_ISSUER} and {@code JWT_PUBLIC_KEY_LOCATION}, say).
     */
    public static SakipSystem start(List<String> services, Map<String, String> environment) throws Exception {
        return start(Path.of(System.getProperty("sakip.root", "..")), false, services, environment);
    }

    private static SakipSystem start(Path repository, boolean proxy) throws Exception {
        return start(repository, proxy, SERVICES, Map.of());
    }

    private static SakipSystem start(Path repository, boolean proxy, List<String> names, Map<String, String> environment)
            throws Exception {
        SakipSystem system = new SakipSystem(KafkaBroker.temporary().start());
        if (proxy) {
            InetSocketAddress pg = PostgresDatabases.server();
            system.database = new TcpProxy(pg.getHostString(), pg.getPort());
        }
        SakipTopics.ensure(system.broker.bootstrapServers());
        try {
            Path root = repository.toAbsolutePath().normalize();
            // chosen together: a port picked and released for one service may not be picked for the next
            int[] ports = KafkaBroker.freePorts(names.size());
            int next = 0;
            for (String name : names) {
                String db = PostgresDatabases.create("e2e_" + name.replace("-service", ""));
                system.databases.add(db);
                Map<String, String> env = new LinkedHashMap<>(Map.of(
                        "DB_URL", proxy ? PostgresDatabases.jdbcUrlVia(db, system.database.port()) : PostgresDatabases.jdbcUrl(db),
                        "DB_USER", PostgresDatabases.appUser(),
                        "DB_PASSWORD", PostgresDatabases.appPassword(),
                        "DB_OWNER_USER", PostgresDatabases.user(),
                        "DB_OWNER_PASSWORD", PostgresDatabases.password(),
                        "SAKIP_AUDIT_KEY", "e2e-audit-key-not-a-secret-0123456789",
                        "KAFKA_BOOTSTRAP_SERVERS", system.broker.bootstrapServers(),
                        "JWT_PUBLIC_KEY_LOCATION", TestJwt.publicKeyLocation(),
                        "JWT_ISSUER", TestJwt.ISSUER,
                        "SAKIP_CORS_ORIGINS", BROWSER_ORIGIN));
                env.putAll(environment);
                system.services.put(name, PackagedService.start(root, name, ports[next++], env));
            }
            for (PackagedService s : system.services.values()) {
                s.awaitReady(Duration.ofSeconds(120));
            }
            return system;
        } catch (Exception e) {
            system.close();
            throw e;
        }
    }

    public String url(String service) {
        return services.get(service).url();
    }

    /** kill -9 of one service. */
    public void kill(String service) {
        services.get(service).kill();
    }

    /** Starts a killed service again and waits until it is ready. */
    public void restart(String service) throws Exception {
        PackagedService s = services.get(service).restart();
        services.put(service, s);
        s.awaitReady(Duration.ofSeconds(120));
    }

    public long readyMillis(String service) {
        return services.get(service).readyMillis();
    }

    public long pid(String service) {
        return services.get(service).pid();
    }

    /** Something to undo when the system closes (a scratch database, say). */
    public void onClose(Runnable r) {
        onClose.add(r);
    }

    @Override
    public void close() {
        onClose.forEach(Runnable::run);
        services.values().forEach(PackagedService::close);
        broker.close();
        if (database != null) {
            database.close();
        }
        databases.forEach(PostgresDatabases::drop);
    }
}
