package id.sakip.common.outbox;

import com.fasterxml.jackson.databind.node.NullNode;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventEnvelope;
import id.sakip.common.event.EventScope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka and marks them sent only after the broker acknowledged them
 * ({@code acks=all}, idempotent producer).
 *
 * <p>Several relay instances may run at once. A pass claims unsent rows with
 * {@code FOR UPDATE SKIP LOCKED}; in addition every row belongs to one of 64 <em>lanes</em>
 * (a hash of its key) and a pass only takes rows whose lane it holds a transaction-scoped advisory
 * lock on. All rows of one key are therefore relayed by one instance at a time, in {@code seq}
 * order, which keeps per-aggregate ordering across instances.
 *
 * <p>When the broker is unreachable a pass fails after {@code sakip.outbox.send-timeout}; the rows
 * stay unsent and the next pass retries them. Delivery is at-least-once: a crash between the
 * broker's acknowledgement and the commit republishes the row, which consumers deduplicate by id.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final int LANES = 64;

    private final EntityManager em;
    private final OutboxProducer producer;
    private final OutboxConfig config;
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(EntityManager em, OutboxProducer producer, OutboxConfig config, MeterRegistry registry) {
        this.em = em;
        this.producer = producer;
        this.config = config;
        this.published = registry.counter("sakip.outbox.published");
        this.failures = registry.counter("sakip.outbox.failures");
        Gauge.builder("sakip.outbox.pending", this, OutboxRelay::pendingSafely).register(registry);
    }

    /** One thread per instance runs the passes, so they never overlap here (other instances: SKIP LOCKED). */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopped;

    /**
     * Runs a pass soon: called after every transaction that wrote to the outbox commits, so an event
     * leaves within milliseconds instead of waiting for the next poll. Wake-ups while a pass is
     * queued coalesce into it.
     */
    public void wake() {
        if (stopped || !config.relayEnabled()) {
            return;
        }
        if (queued.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException e) {
                queued.set(false); // shutting down
            }
        }
    }

    /** The safety net: rows of a crashed instance, or left by a failed pass, are picked up within the interval. */
    @Scheduled(every = "${sakip.outbox.interval:1s}", delay = 1, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayDisabled.class)
    void scheduledPass() {
        wake();
    }

    private void drain() {
        queued.set(false);
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            int n;
            do {
                n = relayOnce();
            } while (n >= config.batchSize() && !stopped);
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, will retry: %s", e.getMessage());
        } finally {
            request.terminate();
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopped = true;
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Scheduled(every = "1h", delay = 5, delayUnit = TimeUnit.MINUTES, skipExecutionIf = RelayDisabled.class)
    void purgeSent() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from outbox_event where sent_at < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()))
                .executeUpdate());
    }

    /** One relay pass in its own transaction; returns how many rows were published. */
    public int relayOnce() {
        return QuarkusTransaction.requiringNew().timeout(60).call(this::relayInTransaction);
    }

    @SuppressWarnings("unchecked")
    private int relayInTransaction() {
        List<OutboxEvent> batch = em.createNativeQuery("""
                select * from outbox_event
                 where sent_at is null
                   and pg_try_advisory_xact_lock(4242, mod(abs(hashtext(event_key)), %d))
                 order by seq
                 limit :limit
                 for update skip locked""".formatted(LANES), OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        Producer<String, String> kafka = producer.get();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent e : batch) {
            EventEnvelope env = new EventEnvelope(e.id, e.source, e.type, e.occurredAt, e.subject, e.key,
                    new EventScope(e.agencyCode, e.regionCode, e.provinceCode),
                    NullNode.instance, e.traceparent);
            try {
                acks.add(kafka.send(CloudEventHeaders.toRecord(e.topic, env, e.payload)));
            } catch (RuntimeException ex) {
                acks.add(CompletableFuture.failedFuture(ex));
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent e = batch.get(i);
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                e.sentAt = now;
                sent++;
            } catch (Exception ex) {
                // Leave this row and every later one unsent: rows of one key must not overtake each other.
                String reason = ex.getCause() != null ? ex.getCause().toString() : ex.toString();
                for (int j = i; j < batch.size(); j++) {
                    batch.get(j).attempts++;
                    batch.get(j).lastError = truncate(reason);
                }
                failures.increment();
                LOG.warnf("outbox relay: %d of %d events published, the rest wait for the broker: %s",
                        sent, batch.size(), reason);
                break;
            }
        }
        published.increment(sent);
        return sent;
    }

    private double pendingSafely() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from outbox_event where sent_at is null")
                    .getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    /** Skips passes on instances configured with {@code sakip.outbox.relay-enabled=false}. */
    @ApplicationScoped
    public static class RelayDisabled implements Scheduled.SkipPredicate {
        private final OutboxConfig config;

        public RelayDisabled(OutboxConfig config) {
            this.config = config;
        }

        private volatile boolean shuttingDown;

        void onShutdown(@Observes ShutdownEvent event) {
            shuttingDown = true;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return shuttingDown || !config.relayEnabled();
        }
    }
}
