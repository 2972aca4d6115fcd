package id.sakip.collection.recap;

import id.sakip.collection.round.CollectionForm;
import id.sakip.collection.round.CollectionProcedure;
import id.sakip.collection.round.CollectionRound;
import id.sakip.collection.round.FormStatus;
import id.sakip.collection.round.RoundAudit;
import id.sakip.collection.round.RoundAuditTrail;
import id.sakip.collection.round.RoundChanged;
import id.sakip.collection.round.RoundStatus;
import id.sakip.collection.round.Rounds;
import id.sakip.collection.workflow.RoundDtos;
import id.sakip.collection.workflow.RoundService;
import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.v1.FormReturned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.sop.SopEngine;
import id.sakip.common.sop.StepRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rekapitulasi: Tim SAKIP compiles the submitted forms, the Sekretaris approves (RecapApproved). */
@ApplicationScoped
public class RecapService {
    private final RoundAuditTrail trail;
    private final Rounds rounds;
    private final CallerContext caller;
    private final Outbox outbox;
    private final SopEngine sop;
    private final Event<RoundChanged> changed;

    public RecapService(Rounds rounds, CallerContext caller, Outbox outbox, SopEngine sop, RoundAuditTrail trail,
            Event<RoundChanged> changed) {
        this.changed = changed;
        this.trail = trail;
        this.rounds = rounds;
        this.caller = caller;
        this.outbox = outbox;
        this.sop = sop;
    }

    @Schema(name = "RecapUnit", description = "Where one unit's form stands")
    public record UnitStatus(String unitCode, UUID formId, FormStatus status, String submittedBy,
            OffsetDateTime submittedAt, OffsetDateTime deadline, boolean late, OffsetDateTime receivedAt,
            String returnReason, int flaggedRows) {
    }

    @Schema(name = "Recap")
    public record RecapView(UUID roundId, RoundStatus status, int recapVersion,
            @Schema(description = "The round's version: what approve, return and reopen take") long version,
            @Schema(description = "Every unit: submitted or not, on time or late, receipt acknowledged") List<UnitStatus> units,
            @Schema(description = "Units that have not submitted") List<String> notSubmitted,
            @Schema(description = "Units past their deadline (submitted late, or not yet submitted)") List<String> late,
            List<RecapApproved.Row> rows) {
    }

    @Transactional
    public RecapView view(UUID roundId) {
        CollectionRound r = rounds.readable(roundId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<CollectionForm> forms = CollectionForm.list("roundId = ?1 order by unitCode", r.id);
        List<UnitStatus> units = forms.stream().map(f -> new UnitStatus(f.unitCode, f.id, f.status, f.submittedBy,
                f.submittedAt, f.deadline, f.late(now), f.receivedAt, f.returnReason,
                (int) f.rows.stream().filter(row -> row.flagged).count())).toList();
        return new RecapView(r.id, r.status, r.recapVersion, r.version, units,
                units.stream().filter(u -> u.status() != FormStatus.SUBMITTED).map(UnitStatus::unitCode).toList(),
                units.stream().filter(UnitStatus::late).map(UnitStatus::unitCode).toList(),
                CollectionRound.recapRows(forms));
    }

    @Transactional
    public RoundDtos.RoundView compile(UUID roundId, long version) {
        CollectionRound r = rounds.writable(roundId);
        sop.checkRoleFor(r.id, CollectionProcedure.RECAP);
        ProblemException.requireVersion("round", r.id, r.version, version);
        RoundStatus from = r.status;
        List<CollectionForm> forms = CollectionForm.list("roundId = ?1 order by unitCode", r.id);
        r.compileRecap(forms, caller.subject(), OffsetDateTime.now(ZoneOffset.UTC));
        sop.require(r.id, CollectionProcedure.RECAP);
        trail.record(r, null, "RECAP_COMPILED", from, r.status, null);
        sop.complete(r.id, CollectionProcedure.RECAP, null, "DONE");
        CollectionRound.flush();
        changed.fire(new RoundChanged(r.id));
        return RoundService.view(r, forms);
    }

    @Transactional
    public RoundDtos.RoundView approve(UUID roundId, long version) {
        CollectionRound r = rounds.writable(roundId);
        sop.checkRoleFor(r.id, CollectionProcedure.REVIEW);
        ProblemException.requireVersion("round", r.id, r.version, version);
        RoundStatus from = r.status;
        List<CollectionForm> forms = CollectionForm.list("roundId = ?1 order by unitCode", r.id);
        RecapApproved approved = r.approve(forms, caller.person(), OffsetDateTime.now(ZoneOffset.UTC));
        sop.require(r.id, CollectionProcedure.REVIEW);
        trail.record(r, null, "RECAP_APPROVED", from, r.status, null);
        sop.complete(r.id, CollectionProcedure.REVIEW, null, "APPROVED");
        CollectionRound.flush();
        outbox.publish(approved);
        changed.fire(new RoundChanged(r.id));
        return RoundService.view(r, forms);
    }

    /**
     * The Sekretaris returns a compiled recap for completion: the named forms (all when none is
     * named) go back to their units as drafts with the reason; the others stay locked.
     */
    @Transactional
    public RoundDtos.RoundView returnRecap(UUID roundId, long version, String reason, List<UUID> formIds) {
        CollectionRound r = rounds.writable(roundId);
        sop.checkRoleFor(r.id, CollectionProcedure.REVIEW);
        ProblemException.requireVersion("round", r.id, r.version, version);
        Before before = new Before(r);
        List<DomainEvent> events = r.returnRecap(before.forms, formIds, caller.subject(), reason,
                OffsetDateTime.now(ZoneOffset.UTC));
        sop.require(r.id, CollectionProcedure.REVIEW);
        sop.rewind(r.id, CollectionProcedure.FILL, "RETURNED", StepRecord.note(reason));
        return recordReopening(r, before, "RECAP_RETURNED", events, reason);
    }

    /**
     * An audited reopening of an approved round for a correction: the named forms (all when none is
     * named) reopen; a new approval then publishes RecapApproved with the next recapVersion.
     */
    @Transactional
    public RoundDtos.RoundView reopen(UUID roundId, long version, String reason, List<UUID> formIds) {
        CollectionRound r = rounds.writable(roundId);
        ProblemException.requireVersion("round", r.id, r.version, version);
        Before before = new Before(r);
        List<DomainEvent> events = r.reopen(before.forms, formIds, caller.subject(), reason,
                OffsetDateTime.now(ZoneOffset.UTC));
        sop.rewind(r.id, CollectionProcedure.FILL, "REOPENED", StepRecord.note(reason));
        return recordReopening(r, before, "ROUND_REOPENED", events, reason);
    }

    /** The round's forms and the states of the round and its forms before a return or reopening. */
    private static final class Before {
        final RoundStatus status;
        final List<CollectionForm> forms;
        final Map<UUID, FormStatus> formStatus = new HashMap<>();

        Before(CollectionRound r) {
            status = r.status;
            forms = CollectionForm.list("roundId = ?1 order by unitCode", r.id);
            forms.forEach(f -> formStatus.put(f.id, f.status));
        }
    }

    /** The trail of the round and of each form sent back (one FormReturned each), the events to the outbox. */
    private RoundDtos.RoundView recordReopening(CollectionRound r, Before before, String action,
            List<DomainEvent> events, String reason) {
        trail.record(r, null, action, before.status, r.status, reason);
        for (DomainEvent e : events) {
            if (e instanceof FormReturned returned) {
                trail.record(r, returned.formId(), "FORM_RETURNED", before.formStatus.get(returned.formId()),
                        FormStatus.DRAFT, reason);
            }
            outbox.publish(e);
        }
        CollectionRound.flush();
        changed.fire(new RoundChanged(r.id));
        return RoundService.view(r, before.forms);
    }

    /** The audit trail of a round: every state change, oldest first. */
    @Transactional
    public List<AuditView> audit(UUID roundId) {
        CollectionRound r = rounds.readable(roundId);
        return RoundAudit.<RoundAudit>list("roundId = ?1 order by at", r.id).stream()
                .map(a -> new AuditView(a.at, a.actor, a.action, a.formId, a.fromStatus, a.toStatus, a.reason)).toList();
    }

    public record AuditView(OffsetDateTime at, String actor, String action, UUID formId, String fromStatus,
            String toStatus, String reason) {
    }

}
