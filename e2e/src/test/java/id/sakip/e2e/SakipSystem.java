package id.sakip.e2e;

import id.sakip.testsupport.KafkaBroker;
import id.sakip.testsupport.PostgresDatabases;
import id.sakip.testsupport.TcpProxy;
import id.sakip.testsupport.TestJwt;
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
final class SakipSystem implements AutoCloseable {
    static final List<String> SERVICES = List.of("indicator-service", "collection-service", "measurement-service",
            "reporting-service");

    final KafkaBroker broker;
    /** Between the services and PostgreSQL when started {@link #withDatabaseProxy}; else null. */
    TcpProxy database;
    private final Map<String, PackagedService> services = new LinkedHashMap<>();
    private final List<String> databases = new ArrayList<>();

    private SakipSystem(KafkaBroker broker) {
        this.broker = broker;
    }

    static SakipSystem start() throws Exception {
        return start(false);
    }

    /** The system with a TCP proxy between the services and PostgreSQL, so a test can take the database away. */
    static SakipSystem withDatabaseProxy() throws Exception {
        return start(true);
    }

    private static SakipSystem start(boolean proxy) throws Exception {
        SakipSystem system = new SakipSystem(KafkaBroker.temporary().start());
        if (proxy) {
            java.net.InetSocketAddress pg = PostgresDatabases.server();
            system.database = new TcpProxy(pg.getHostString(), pg.getPort());
        }
        id.sakip.testsupport.SakipTopics.ensure(system.broker.bootstrapServers());
        try {
            Path root = Path.of(System.getProperty("sakip.root", "..")).toAbsolutePath().normalize();
            for (String name : SERVICES) {
                String db = PostgresDatabases.create("e2e_" + name.replace("-service", ""));
                system.databases.add(db);
                Map<String, String> env = Map.of(
                        "DB_URL", proxy ? PostgresDatabases.jdbcUrlVia(db, system.database.port()) : PostgresDatabases.jdbcUrl(db),
                        "DB_USER", PostgresDatabases.user(),
                        "DB_PASSWORD", PostgresDatabases.password(),
                        "KAFKA_BOOTSTRAP_SERVERS", system.broker.bootstrapServers(),
                        "JWT_PUBLIC_KEY_LOCATION", TestJwt.publicKeyLocation(),
                        "JWT_ISSUER", TestJwt.ISSUER);
                system.services.put(name, PackagedService.start(root, name, KafkaBroker.freePort(), env));
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

    String url(String service) {
        return services.get(service).url();
    }

    /** kill -9 of one service. */
    void kill(String service) {
        services.get(service).kill();
    }

    /** Starts a killed service again and waits until it is ready. */
    void restart(String service) throws Exception {
        PackagedService s = services.get(service).restart();
        services.put(service, s);
        s.awaitReady(Duration.ofSeconds(120));
    }

    @Override
    public void close() {
        services.values().forEach(PackagedService::close);
        broker.close();
        if (database != null) {
            database.close();
        }
        databases.forEach(PostgresDatabases::drop);
    }
}
