package id.sakip.testsupport;

/** The one broker of a test JVM: started on first use, closed (and its data deleted) when the JVM exits. */
public final class SharedKafka {
    private static KafkaBroker broker;

    private SharedKafka() {
    }

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.temporary().start();
            KafkaBroker b = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(b::close, "sakip-kafka-close"));
        }
        return broker;
    }
}
