package id.sakip.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The real components a service's {@code @QuarkusTest}s run against: a Kafka broker in this JVM
 * (one per module), a fresh PostgreSQL database for this run, and the test token key. Use with
 * {@code @QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name =
 * "service", value = "collection"))}.
 */
public class SakipTestEnvironment implements QuarkusTestResourceLifecycleManager {
    private String service = "svc";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        String bootstrap = SharedKafka.bootstrapServers();
        database = PostgresDatabases.create(service);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", bootstrap);
        config.put("quarkus.datasource.jdbc.url", PostgresDatabases.jdbcUrl(database));
        config.put("quarkus.datasource.username", PostgresDatabases.appUser());
        config.put("quarkus.datasource.password", PostgresDatabases.appPassword());
        config.put("quarkus.flyway.username", PostgresDatabases.user());
        config.put("quarkus.flyway.password", PostgresDatabases.password());
        config.put("mp.jwt.verify.publickey.location", TestJwt.publicKeyLocation());
        config.put("mp.jwt.verify.issuer", TestJwt.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            PostgresDatabases.drop(database);
        }
    }
}
