package id.sakip.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM from
 * the Kafka jars: no Docker. Ports and log directory are fixed for the broker's lifetime, so
 * {@link #stop()} and {@link #start()} restart the same broker with its data, as a crashed and
 * restarted broker would come back. Used by the tests, the end-to-end test and the local run
 * ({@link #main}).
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path dir;
    private final boolean deleteOnClose;
    private final int port;
    private final int controllerPort;
    private final String clusterId;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;
    private boolean formatted;

    private KafkaBroker(Path dir, boolean deleteOnClose, int port, int controllerPort, Map<String, String> overrides) {
        this.dir = dir;
        this.deleteOnClose = deleteOnClose;
        this.port = port;
        this.controllerPort = controllerPort;
        // formatting happens once per directory (meta.properties keeps the id); Kafka's own ids never start
        // with '-', which its argument parser would take for an option
        this.clusterId = Uuid.randomUuid().toString();
        this.overrides = overrides;
        this.formatted = Files.exists(dir.resolve("meta.properties"));
    }

    /** A broker on free ports with a temporary log directory, deleted on {@link #close()}. */
    public static KafkaBroker temporary() {
        try {
            int[] ports = freePorts(2);
            return new KafkaBroker(Files.createTempDirectory("sakip-kafka-"), true, ports[0], ports[1], Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on the given ports keeping its data in {@code dir} across runs. */
    public static KafkaBroker persistent(Path dir, int port, int controllerPort) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KafkaBroker(dir, false, port, controllerPort, Map.of());
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Formats the log directory on first start, starts the broker and waits until it answers. */
    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        Properties props = properties();
        if (!formatted) {
            format(props);
            formatted = true;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        server.startup();
        awaitReady(Duration.ofSeconds(60));
        return this;
    }

    /** Shuts the broker down (clients see it gone); {@link #start()} brings the same broker back. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            deleteRecursively(dir);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "1");
        p.putAll(overrides);
        return p;
    }

    private void format(Properties props) {
        try {
            Path file = Files.createTempFile("sakip-kafka-", ".properties");
            try (var out = Files.newOutputStream(file)) {
                props.store(out, "sakip test broker");
            }
            kafka.tools.StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", file.toString(),
                "--ignore-formatted"}, new PrintStream(OutputStream.nullOutputStream()));
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("formatting the Kafka log directory failed", e);
        }
    }

    private void awaitReady(Duration timeout) {
        awaitReachable(bootstrapServers(), timeout);
    }

    /** Waits until a broker answers at {@code bootstrap}; throws when none does within the timeout. */
    public static void awaitReachable(String bootstrap, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> conf = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(conf)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("no Kafka broker answers on " + bootstrap, e);
                    }
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        return freePorts(1)[0];
    }

    /**
     * {@code n} distinct free ports: the sockets are held open together while they are chosen (two
     * calls of {@link #freePort()} in a row may return the same port once the first is closed).
     */
    public static int[] freePorts(int n) {
        ServerSocket[] sockets = new ServerSocket[n];
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0);
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // the port was only being reserved
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp dir left behind is harmless
        }
    }

    /**
     * Local run: {@code KafkaBroker --dir .local/kafka --port 9092 --controller-port 9093}. Runs until
     * interrupted (SIGINT/SIGTERM), then shuts down cleanly.
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(".local/kafka");
        int port = 9092;
        int controllerPort = 9093;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        KafkaBroker broker = persistent(dir, port, controllerPort).start();
        SakipTopics.ensure(broker.bootstrapServers());
        System.out.println("Kafka broker ready on " + broker.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-shutdown"));
        Thread.currentThread().join();
    }
}
