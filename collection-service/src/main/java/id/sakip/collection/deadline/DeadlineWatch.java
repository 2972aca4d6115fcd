package id.sakip.collection.deadline;

import id.sakip.collection.CollectionConfig;
import id.sakip.collection.round.CollectionForm;
import id.sakip.collection.round.CollectionRound;
import id.sakip.collection.round.RoundChanged;
import id.sakip.common.event.v1.SubmissionDeadline;
import id.sakip.common.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Watches the units' submission deadlines: once per form, SubmissionDeadlineApproaching when the
 * deadline is within {@code sakip.collection.deadline-warning}, and SubmissionOverdue when it has
 * passed, while the form is not submitted. Rows are claimed with SKIP LOCKED, so several replicas
 * never publish the same notice twice; the notice and its mark commit together.
 */
@ApplicationScoped
public class DeadlineWatch {
    private final EntityManager em;
    private final Outbox outbox;
    private final CollectionConfig config;
    private final Event<RoundChanged> changed;

    public DeadlineWatch(EntityManager em, Outbox outbox, CollectionConfig config, Event<RoundChanged> changed) {
        this.changed = changed;
        this.em = em;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(every = "${sakip.collection.deadline-check-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        check(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Publishes the notices due at {@code now}; returns how many. */
    @Transactional
    public int check(OffsetDateTime now) {
        int published = 0;
        @SuppressWarnings("unchecked")
        List<UUID> overdue = em.createNativeQuery("""
                select f.id from collection_form f join collection_round r on r.id = f.round_id
                 where r.status = 'OPEN' and f.status = 'DRAFT' and f.deadline <= :now
                   and f.overdue_notified_at is null
                 order by f.deadline limit 500 for update of f skip locked""", UUID.class)
                .setParameter("now", now).getResultList();
        for (UUID id : overdue) {
            CollectionForm f = em.find(CollectionForm.class, id);
            f.overdueNotifiedAt = now;
            publish(f, now);
            // the form is now missing: the round's state says so
            changed.fire(new RoundChanged(f.roundId));
            published++;
        }
        @SuppressWarnings("unchecked")
        List<UUID> approaching = em.createNativeQuery("""
                select f.id from collection_form f join collection_round r on r.id = f.round_id
                 where r.status = 'OPEN' and f.status = 'DRAFT' and f.deadline > :now and f.deadline <= :soon
                   and f.approaching_notified_at is null and f.overdue_notified_at is null
                 order by f.deadline limit 500 for update of f skip locked""", UUID.class)
                .setParameter("now", now).setParameter("soon", now.plus(config.deadlineWarning())).getResultList();
        for (UUID id : approaching) {
            CollectionForm f = em.find(CollectionForm.class, id);
            f.approachingNotifiedAt = now;
            publish(f, now);
            published++;
        }
        return published;
    }

    /** SubmissionDeadlineApproaching before the deadline, SubmissionOverdue after it (the event's type says which). */
    private void publish(CollectionForm f, OffsetDateTime now) {
        CollectionRound r = em.find(CollectionRound.class, f.roundId);
        outbox.publish(new SubmissionDeadline(r.id, f.id, r.agencyCode, r.regionCode, r.provinceCode, r.year, r.period,
                f.unitCode, f.deadline, now));
    }
}
