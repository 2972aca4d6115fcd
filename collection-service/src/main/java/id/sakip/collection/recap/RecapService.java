package id.sakip.collection.recap;

import id.sakip.collection.form.CollectionForm;
import id.sakip.collection.form.FormStatus;
import id.sakip.collection.round.CollectionProcedure;
import id.sakip.collection.round.CollectionRound;
import id.sakip.collection.round.RoundAudit;
import id.sakip.collection.round.RoundAuditTrail;
import id.sakip.collection.round.RoundStatus;
import id.sakip.collection.round.Rounds;
import id.sakip.collection.workflow.RoundDtos;
import id.sakip.collection.workflow.RoundService;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.FormReturned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.event.v1.RecapReturned;
import id.sakip.common.event.v1.RoundReopened;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.sop.SopEngine;
import id.sakip.common.sop.StepRecord;
import id.sakip.common.vocabulary.PredicateScale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    public RecapService(Rounds rounds, CallerContext caller, Outbox outbox, SopEngine sop, RoundAuditTrail trail) {
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
        return new RecapView(r.id, r.status, r.recapVersion, units,
                units.stream().filter(u -> u.status() != FormStatus.SUBMITTED).map(UnitStatus::unitCode).toList(),
                units.stream().filter(UnitStatus::late).map(UnitStatus::unitCode).toList(), rows(r));
    }

    @Transactional
    public RoundDtos.RoundView compile(UUID roundId, long version) {
        CollectionRound r = rounds.writable(roundId);
        sop.checkRoleFor(r.id, CollectionProcedure.RECAP);
        ProblemException.requireVersion("round", r.id, r.version, version);
        if (r.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("round " + roundId + " is " + r.status);
        }
        List<CollectionForm> forms = CollectionForm.list("roundId", r.id);
        List<String> pending = forms.stream().filter(f -> f.status != FormStatus.SUBMITTED).map(f -> f.unitCode)
                .toList();
        if (!pending.isEmpty()) {
            throw ProblemException.conflict("forms not yet submitted by: " + String.join(", ", pending));
        }
        sop.require(r.id, CollectionProcedure.RECAP);
        trail.record(r, null, "RECAP_COMPILED", r.status, RoundStatus.RECAP_COMPILED, null);
        r.status = RoundStatus.RECAP_COMPILED;
        r.recapCompiledBy = caller.subject();
        r.recapCompiledAt = OffsetDateTime.now(ZoneOffset.UTC);
        sop.complete(r.id, CollectionProcedure.RECAP, null, "DONE");
        CollectionRound.flush();
        return RoundService.view(r, forms);
    }

    @Transactional
    public RoundDtos.RoundView approve(UUID roundId, long version) {
        CollectionRound r = rounds.writable(roundId);
        sop.checkRoleFor(r.id, CollectionProcedure.REVIEW);
        ProblemException.requireVersion("round", r.id, r.version, version);
        if (r.status != RoundStatus.RECAP_COMPILED) {
            throw ProblemException.conflict("round " + roundId + " is " + r.status + "; only a compiled recap can be approved");
        }
        sop.require(r.id, CollectionProcedure.REVIEW);
        List<CollectionForm> forms = CollectionForm.list("roundId", r.id);
        if (forms.stream().anyMatch(f -> caller.subject().equals(f.submittedBy))) {
            throw ProblemException.forbidden("you submitted a form of this round: someone else approves its recap");
        }
        trail.record(r, null, "RECAP_APPROVED", r.status, RoundStatus.APPROVED, null);
        r.status = RoundStatus.APPROVED;
        r.recapVersion++;
        r.approvedBy = caller.subject();
        r.approvedAt = OffsetDateTime.now(ZoneOffset.UTC);
        sop.complete(r.id, CollectionProcedure.REVIEW, null, "APPROVED");
        CollectionRound.flush();
        outbox.publish(EventTypes.Topics.ROUNDS, r.id.toString(), EventTypes.RECAP_APPROVED, "rounds/" + r.id,
                r.scope(), new RecapApproved(r.id, r.agencyCode, r.regionCode, r.provinceCode, r.year, r.period,
                        r.agreementId, r.agreementVersion, r.recapVersion, r.approvedBy, r.approvedAt, rows(r)));
        return RoundService.view(r, CollectionForm.list("roundId", r.id));
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
        if (r.status != RoundStatus.RECAP_COMPILED) {
            throw ProblemException.conflict("round " + roundId + " is " + r.status + "; only a compiled recap is returned");
        }
        sop.require(r.id, CollectionProcedure.REVIEW);
        sop.rewind(r.id, CollectionProcedure.FILL, "RETURNED", StepRecord.note(reason));
        return reopenForms(r, reason, formIds, false);
    }

    /**
     * An audited reopening of an approved round for a correction: the named forms (all when none is
     * named) reopen; a new approval then publishes RecapApproved with the next recapVersion.
     */
    @Transactional
    public RoundDtos.RoundView reopen(UUID roundId, long version, String reason, List<UUID> formIds) {
        CollectionRound r = rounds.writable(roundId);
        ProblemException.requireVersion("round", r.id, r.version, version);
        if (r.status != RoundStatus.APPROVED && r.status != RoundStatus.ARCHIVED) {
            throw ProblemException.conflict("round " + roundId + " is " + r.status + "; only an approved or archived round is reopened");
        }
        sop.rewind(r.id, CollectionProcedure.FILL, "REOPENED", StepRecord.note(reason));
        return reopenForms(r, reason, formIds, true);
    }

    /** Reopens the chosen forms: RecapReturned (a return) or RoundReopened (a reopening), then FormReturned each. */
    private RoundDtos.RoundView reopenForms(CollectionRound r, String reason, List<UUID> formIds, boolean reopening) {
        List<CollectionForm> forms = CollectionForm.list("roundId", r.id);
        List<CollectionForm> chosen = formIds == null || formIds.isEmpty() ? forms
                : forms.stream().filter(f -> formIds.contains(f.id)).toList();
        if (formIds != null && chosen.size() != formIds.size()) {
            throw ProblemException.unprocessable("formIds", "names a form that is not in round " + r.id);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        trail.record(r, null, reopening ? "ROUND_REOPENED" : "RECAP_RETURNED", r.status, RoundStatus.OPEN, reason);
        r.status = RoundStatus.OPEN;
        r.recapCompiledAt = null;
        r.recapCompiledBy = null;
        r.archivedAt = null;
        r.archivedBy = null;
        List<UUID> reopened = chosen.stream().map(f -> f.id).toList();
        if (reopening) {
            outbox.publish(EventTypes.Topics.ROUNDS, r.id.toString(), EventTypes.ROUND_REOPENED, "rounds/" + r.id, r.scope(),
                    new RoundReopened(r.id, r.agencyCode, r.regionCode, r.provinceCode, r.year, r.period,
                            caller.subject(), now, reason, reopened));
        } else {
            outbox.publish(EventTypes.Topics.ROUNDS, r.id.toString(), EventTypes.RECAP_RETURNED, "rounds/" + r.id, r.scope(),
                    new RecapReturned(r.id, r.agencyCode, r.regionCode, r.provinceCode, r.year, r.period,
                            caller.subject(), now, reason, reopened));
        }
        for (CollectionForm f : chosen) {
            trail.record(r, f.id, "FORM_RETURNED", f.status, FormStatus.DRAFT, reason);
            f.status = FormStatus.DRAFT;
            f.returnReason = reason;
            outbox.publish(EventTypes.Topics.ROUNDS, r.id.toString(), EventTypes.FORM_RETURNED,
                    "rounds/" + r.id + "/forms/" + f.id, r.scope(), new FormReturned(r.id, f.id, r.agencyCode,
                            r.regionCode, r.provinceCode, r.year, r.period, f.unitCode, caller.subject(), now, reason));
        }
        CollectionRound.flush();
        return RoundService.view(r, forms);
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

    private static List<RecapApproved.Row> rows(CollectionRound r) {
        return CollectionForm.<CollectionForm>list("roundId = ?1 order by unitCode", r.id).stream()
                .flatMap(f -> f.rows.stream().map(row -> new RecapApproved.Row(row.indicatorCode, row.indicatorName,
                        row.sasaran, row.unitOfMeasure, row.polarity, f.unitCode, row.annualTarget, row.periodTarget,
                        row.realisasi, row.keterangan, row.annualTargetUpper, row.periodTargetUpper, row.predicateScale,
                        PredicateScale.label(row.predicateScale, row.realisasi))))
                .toList();
    }

}
