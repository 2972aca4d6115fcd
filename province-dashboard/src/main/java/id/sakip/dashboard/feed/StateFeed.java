package id.sakip.dashboard.feed;

import id.sakip.dashboard.DashboardConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads the four state topics from where the database stands (from the beginning on the first start)
 * on one thread, applies each poll in one transaction, and knows when the dashboard is complete: when
 * it has read up to the end offsets the topics had when it started ({@link #bootstrap()}; the readiness
 * check). The offsets live in the database beside the projection, not in a consumer group: the
 * dashboard assigns itself every partition and needs no group rights on the broker, only read.
 */
@ApplicationScoped
public class StateFeed {
    private static final Logger LOG = Logger.getLogger(StateFeed.class);
    private final Map<String, Object> kafka;
    private final DashboardConfig.Feed config;
    private final RecordCheck check;
    private final Projection projection;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Bootstrap bootstrap = new Bootstrap();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public StateFeed(@Identifier("default-kafka-broker") Map<String, Object> kafka, DashboardConfig config,
            RecordCheck check, Projection projection) {
        this.kafka = kafka;
        this.config = config.feed();
        this.check = check;
        this.projection = projection;
    }

    /** How far the first read of the topics has come. */
    public Bootstrap bootstrap() {
        return bootstrap;
    }

    void start(@Observes StartupEvent ignored) {
        running.set(true);
        thread = new Thread(this::run, "state-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running.set(false);
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        while (running.get()) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties(), new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer = c;
                read(c);
            } catch (WakeupException e) {
                return;
            } catch (Exception e) {
                if (!running.get()) {
                    return;
                }
                LOG.warnf("state feed stopped (%s); reading again from the stored offsets in %s", e.toString(),
                        config.retryAfter());
                sleep(config.retryAfter());
            }
        }
    }

    private void read(KafkaConsumer<String, byte[]> c) throws Exception {
        List<TopicPartition> partitions = partitions(c);
        c.assign(partitions);
        Map<TopicPartition, Long> stored = projection.offsets();
        List<TopicPartition> fresh = new ArrayList<>();
        for (TopicPartition p : partitions) {
            Long at = stored.get(p);
            if (at == null) {
                fresh.add(p);
            } else {
                c.seek(p, at);
            }
        }
        c.seekToBeginning(fresh);
        if (!bootstrap.complete()) {
            bootstrap.target(c.endOffsets(partitions));
        }
        while (running.get()) {
            ConsumerRecords<String, byte[]> polled = c.poll(config.pollTimeout());
            if (!polled.isEmpty()) {
                List<Admission> admitted = new ArrayList<>(polled.count());
                Map<TopicPartition, Long> next = new HashMap<>();
                for (ConsumerRecord<String, byte[]> r : polled) {
                    StateTopic topic = StateTopic.of(r.topic()).orElseThrow();
                    Admission a = check.check(topic, r);
                    if (a instanceof Admission.Refused refused) {
                        LOG.warnf("refused %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), refused.reason());
                    }
                    admitted.add(a);
                    next.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
                }
                projection.apply(admitted, next);
                bootstrap.read(polled.count());
            }
            if (!bootstrap.complete()) {
                Map<TopicPartition, Long> positions = new HashMap<>();
                for (TopicPartition p : partitions) {
                    positions.put(p, c.position(p));
                }
                if (bootstrap.reached(positions)) {
                    LOG.infof("state topics read up to where they stood at start: %d records in %d ms",
                            bootstrap.records(), bootstrap.millis());
                }
            }
        }
    }

    /** Every partition of the four topics, waiting for a topic that does not exist yet. */
    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c) {
        List<TopicPartition> all = new ArrayList<>();
        for (StateTopic t : StateTopic.values()) {
            List<PartitionInfo> info = c.partitionsFor(t.topic, Duration.ofSeconds(10));
            while (info == null || info.isEmpty()) {
                LOG.infof("waiting for topic %s", t.topic);
                sleep(config.retryAfter());
                info = c.partitionsFor(t.topic, Duration.ofSeconds(10));
            }
            info.forEach(p -> all.add(new TopicPartition(p.topic(), p.partition())));
        }
        return all;
    }

    private Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>(kafka);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "province-dashboard");
        return p;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first read: the end offsets at start, and when they were reached. */
    public static final class Bootstrap {
        private final Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        private volatile Map<TopicPartition, Long> target;
        private volatile Instant completedAt;
        private volatile long records;

        synchronized void target(Map<TopicPartition, Long> ends) {
            target = Map.copyOf(ends);
        }

        synchronized void read(int n) {
            if (completedAt == null) {
                records += n;
            }
        }

        synchronized boolean reached(Map<TopicPartition, Long> positions) {
            if (completedAt != null || target == null) {
                return false;
            }
            boolean all = target.entrySet().stream().allMatch(e -> positions.getOrDefault(e.getKey(), 0L) >= e.getValue());
            if (all) {
                completedAt = Instant.now();
            }
            return all;
        }

        public boolean complete() {
            return completedAt != null;
        }

        public long records() {
            return records;
        }

        /** From the JVM's start to the end offsets; while not complete, so far. */
        public long millis() {
            return Duration.between(started, completedAt == null ? Instant.now() : completedAt).toMillis();
        }
    }
}
