package id.sakip.testsupport;

import java.time.Duration;

/**
 * The broker of a test JVM. By default a real broker started in this JVM on first use and closed
 * (its data deleted) when the JVM exits. With {@code SAKIP_TEST_KAFKA_BOOTSTRAP_SERVERS} set, the
 * tests use that broker instead, and fail if it cannot be reached.
 */
public final class SharedKafka {
    public static final String EXTERNAL_ENV = "SAKIP_TEST_KAFKA_BOOTSTRAP_SERVERS";
    private static KafkaBroker broker;
    private static String external;

    private SharedKafka() {
    }

    public static synchronized String bootstrapServers() {
        String configured = System.getenv(EXTERNAL_ENV);
        if (configured != null && !configured.isBlank()) {
            if (external == null) {
                KafkaBroker.awaitReachable(configured, Duration.ofSeconds(30));
                SakipTopics.ensure(configured);
                external = configured;
            }
            return external;
        }
        return broker().bootstrapServers();
    }

    /** The in-JVM broker (not available when an external broker is configured). */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.temporary().start();
            SakipTopics.ensure(broker.bootstrapServers());
            KafkaBroker b = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(b::close, "sakip-kafka-close"));
        }
        return broker;
    }
}
