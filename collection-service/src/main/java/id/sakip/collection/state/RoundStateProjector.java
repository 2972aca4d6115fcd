package id.sakip.collection.state;

import id.sakip.collection.round.CollectionForm;
import id.sakip.collection.round.CollectionRound;
import id.sakip.collection.round.FormStatus;
import id.sakip.collection.round.RoundChanged;
import id.sakip.common.event.v1.RoundState;
import id.sakip.common.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes a round's full current state, with each unit's form and its timeliness, to the compacted
 * topic {@code sakip.collection.round-state} through the outbox, in the transaction of the change
 * that fired {@link RoundChanged}. Nothing depends on this package.
 */
@ApplicationScoped
public class RoundStateProjector {
    private final Outbox outbox;

    public RoundStateProjector(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onChange(@Observes RoundChanged change) {
        CollectionRound r = CollectionRound.findById(change.roundId());
        if (r == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<RoundState.Form> forms = CollectionForm.<CollectionForm>list("roundId = ?1 order by unitCode", r.id).stream()
                .map(f -> new RoundState.Form(f.id, f.unitCode, f.status.name(), f.deadline, f.submittedBy, f.submittedByName,
                        f.submittedAt, timeliness(f, now), f.returnReason))
                .toList();
        RoundState.Counts counts = new RoundState.Counts(forms.size(), count(forms, RoundState.Timeliness.ON_TIME),
                count(forms, RoundState.Timeliness.LATE), count(forms, RoundState.Timeliness.MISSING),
                count(forms, RoundState.Timeliness.PENDING));
        outbox.publish(new RoundState(r.id, r.agencyCode, r.regionCode, r.provinceCode, r.year, r.period, r.status.name(),
                r.agreementVersion, r.recapVersion, r.openedAt, r.recapCompiledAt, r.approvedBy, r.approvedByName,
                r.approvedAt, r.archivedAt, forms, counts, now));
    }

    static RoundState.Timeliness timeliness(CollectionForm f, OffsetDateTime now) {
        boolean submitted = f.status == FormStatus.SUBMITTED && f.submittedAt != null;
        if (submitted) {
            return f.deadline == null || !f.submittedAt.isAfter(f.deadline) ? RoundState.Timeliness.ON_TIME
                    : RoundState.Timeliness.LATE;
        }
        return f.deadline != null && now.isAfter(f.deadline) ? RoundState.Timeliness.MISSING : RoundState.Timeliness.PENDING;
    }

    private static int count(List<RoundState.Form> forms, RoundState.Timeliness t) {
        return (int) forms.stream().filter(f -> f.timeliness() == t).count();
    }
}
