package id.sakip.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.DomainEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes events to the outbox table. Must be called inside the transaction that makes the state
 * change, so the change and its event commit or roll back together; {@link OutboxRelay} publishes.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final OutboxConfig config;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(EntityManager em, ObjectMapper mapper, OutboxConfig config, OutboxRelay relay,
            TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.mapper = mapper;
        this.config = config;
        this.relay = relay;
        this.transactions = transactions;
    }

    /**
     * Queues the event where its own routing says (topic, key, type, subject, scope).
     *
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        DomainEvent.Routing routing = event.routing();
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.topic = routing.topic();
        e.key = routing.key();
        e.type = routing.type();
        e.source = config.source();
        e.subject = routing.subject();
        e.agencyCode = routing.scope().agencyCode();
        e.regionCode = routing.scope().regionCode();
        e.provinceCode = routing.scope().provinceCode();
        try {
            e.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event payload cannot be serialised: " + e.type, ex);
        }
        e.traceparent = currentTraceparent();
        e.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(e);
        wakeRelayOnCommit();
        LOG.infof("event %s %s for %s queued in the outbox", e.type, e.id, e.subject);
        return e.id;
    }

    /** Once per transaction: when it commits, the relay runs a pass at once (no wait for its next poll). */
    private void wakeRelayOnCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private static String currentTraceparent() {
        SpanContext ctx = Span.current().getSpanContext();
        if (!ctx.isValid()) {
            return null;
        }
        return "00-" + ctx.getTraceId() + "-" + ctx.getSpanId() + "-" + ctx.getTraceFlags().asHex();
    }
}
