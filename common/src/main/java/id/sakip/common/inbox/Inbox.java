package id.sakip.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records which events a consumer has applied (table {@code processed_event}). Called in the same
 * transaction as the consumer's effect: if the effect rolls back, so does the record, and a
 * redelivered event whose id is already recorded changes nothing.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * @return true the first time this consumer sees this event id; false for a redelivery. Two
     *     concurrent deliveries serialise on the primary key: the second waits and then gets false.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId, String eventType) {
        int inserted = em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type, processed_at)
                values (:consumer, :id, :type, now())
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .executeUpdate();
        return inserted == 1;
    }

    /** How many times this consumer has recorded this event (0 or 1); for tests and diagnostics. */
    @Transactional
    public long count(String consumer, UUID eventId) {
        return ((Number) em.createNativeQuery(
                "select count(*) from processed_event where consumer = :c and event_id = :id")
                .setParameter("c", consumer).setParameter("id", eventId).getSingleResult()).longValue();
    }
}
