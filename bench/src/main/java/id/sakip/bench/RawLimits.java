package id.sakip.bench;

import id.sakip.testsupport.PostgresDatabases;
import id.sakip.testsupport.SakipSystem;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The raw limits the benchmark compares with: bare PostgreSQL inserts, a bare Kafka round trip, INSERT ... SELECT. */
final class RawLimits {
    private final SakipSystem system;
    private String scratch;

    RawLimits(SakipSystem system) {
        this.system = system;
    }

    double inserts(int threads, int seconds) throws Exception {
        String db = scratchDatabase();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("create table if not exists raw_row (id bigserial primary key, form_id uuid not null, "
                    + "indicator_code varchar(40) not null, realisasi numeric(20,4), keterangan varchar(2000), "
                    + "updated_at timestamptz not null)");
        }
        AtomicLong count = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try (Connection c = connect(db)) {
                    c.setAutoCommit(false);
                    PreparedStatement ps = c.prepareStatement("insert into raw_row (form_id, indicator_code, realisasi, "
                            + "keterangan, updated_at) values (?, ?, ?, ?, now())");
                    while (running.get()) {
                        UUID form = UUID.randomUUID();
                        for (int i = 0; i < 20; i++) {
                            ps.setObject(1, form);
                            ps.setString(2, String.format("IKU-%03d", i));
                            ps.setBigDecimal(3, BigDecimal.valueOf(20 + i));
                            ps.setString(4, "Sesuai laporan");
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        c.commit();
                        count.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            th.start();
            ts.add(th);
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread th : ts) {
            th.join();
        }
        return Math.round(count.get() / (double) seconds * 10) / 10.0;
    }

    private String scratchDatabase() {
        if (scratch == null) {
            scratch = PostgresDatabases.create("bench_raw");
            system.onClose(() -> PostgresDatabases.drop(scratch));
        }
        return scratch;
    }

    static Connection connect(String db) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", PostgresDatabases.user());
        p.setProperty("password", PostgresDatabases.password());
        return DriverManager.getConnection(PostgresDatabases.jdbcUrl(db), p);
    }

    /** The bare path: commit a row, produce (acks=all), a consumer receives it and commits a row. */
    List<Double> eventLatency(int n, double rate) throws Exception {
        String db = scratchDatabase();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("create table if not exists raw_event (id uuid primary key, at timestamptz not null)");
            s.execute("create table if not exists raw_seen (id uuid primary key, at timestamptz not null)");
        }
        String topic = "bench.raw." + UUID.randomUUID();
        Map<String, Long> started = new ConcurrentHashMap<>();
        Map<String, Long> finished = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        try (KafkaProducer<String, String> p = producer()) {
            p.send(new ProducerRecord<>(topic, "warm", "warm")).get(); // creates the topic
            Thread consumerThread = new Thread(() -> {
                try (KafkaConsumer<String, String> c = consumer(); Connection db2 = connect(db)) {
                    c.subscribe(List.of(topic));
                    PreparedStatement ps = db2.prepareStatement("insert into raw_seen (id, at) values (?, now())");
                    while (running.get()) {
                        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(5))) {
                            if (r.key().equals("warm")) {
                                continue;
                            }
                            ps.setObject(1, UUID.fromString(r.key()));
                            ps.executeUpdate();
                            finished.put(r.key(), System.nanoTime());
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            consumerThread.start();
            Thread.sleep(3000); // the consumer joins its group
            try (Connection c = connect(db)) {
                PreparedStatement ps = c.prepareStatement("insert into raw_event (id, at) values (?, now())");
                long interval = (long) (1e9 / rate);
                long next = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    while (System.nanoTime() < next) {
                        Thread.onSpinWait();
                    }
                    next += interval;
                    UUID id = UUID.randomUUID();
                    started.put(id.toString(), System.nanoTime());
                    ps.setObject(1, id);
                    ps.executeUpdate();
                    p.send(new ProducerRecord<>(topic, id.toString(), "{}")).get();
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (finished.size() < n && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            running.set(false);
            consumerThread.join();
        }
        List<Double> lat = new ArrayList<>();
        started.forEach((id, s) -> {
            Long f = finished.get(id);
            if (f != null) {
                lat.add((f - s) / 1e6);
            }
        });
        Collections.sort(lat);
        return lat;
    }

    double insertSelect(long rows) throws Exception {
        String db = scratchDatabase();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("create table if not exists raw_value (id bigserial primary key, measurement_id uuid not null, "
                    + "indicator_code varchar(40) not null, target numeric(20,4), realisasi numeric(20,4), "
                    + "capaian numeric(12,2), category varchar(20))");
            long t0 = System.nanoTime();
            s.execute("insert into raw_value (measurement_id, indicator_code, target, realisasi, capaian, category) "
                    + "select md5(g::text)::uuid, 'IKU-' || (g % 60), 20 + g % 30, 21 + g % 30, "
                    + "round((21 + g % 30) * 100.0 / (20 + g % 30), 2), 'TINGGI' from generate_series(1, " + rows + ") g");
            return rows / ((System.nanoTime() - t0) / 1e9);
        }
    }

    KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    Thread listener(String topic, Map<String, Long> seen, AtomicBoolean listening) throws InterruptedException {
        AtomicBoolean assigned = new AtomicBoolean();
        Thread t = new Thread(() -> {
            try (KafkaConsumer<String, String> c = consumer()) {
                c.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> p) {
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> p) {
                        c.seekToEnd(p);
                        p.forEach(c::position);
                        assigned.set(true);
                    }
                });
                while (listening.get()) {
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(5))) {
                        seen.putIfAbsent(r.key(), System.nanoTime());
                    }
                }
            }
        }, "bench-listener");
        t.start();
        while (!assigned.get()) {
            Thread.sleep(20);
        }
        return t;
    }
}
