package id.sakip.measurement.round;

import id.sakip.common.event.v1.MeasurementApproved;
import id.sakip.common.event.v1.MeasurementSigned;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.sop.SopAggregateWithFiles;
import id.sakip.common.sop.SopEngine;
import id.sakip.common.sop.SopInstance;
import id.sakip.common.sop.SopKit;
import id.sakip.common.sop.SopStep;
import id.sakip.common.sop.StepRecord;
import id.sakip.measurement.measurement.Measurement;
import id.sakip.measurement.measurement.MeasurementChanged;
import id.sakip.measurement.sop.MeasurementProcedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * The measurement SOP of a period: ordered by the head, prepared (briefing, plan, methodology),
 * computed (the current measurement of the period, made from the approved recap, is taken into the
 * worksheet), recapped and reported, reviewed by the Sekretaris (MeasurementApproved, or returned to
 * the computation with a reason), optionally corrected and signed by the head (MeasurementSigned),
 * archived.
 */
@ApplicationScoped
public class MeasurementRoundService extends SopAggregateWithFiles<MeasurementRound, MeasurementRoundDtos.View,
        MeasurementRoundDtos.NewRound, MeasurementRoundDtos.StepCompletion> {
    private final CallerContext caller;
    private final SopEngine sop;
    private final Outbox outbox;
    private final Event<MeasurementChanged> changed;

    public MeasurementRoundService(CallerContext caller, SopEngine sop, SopKit kit, Outbox outbox,
            Event<MeasurementChanged> changed) {
        super(kit, MeasurementRound.class, "measurement round");
        this.caller = caller;
        this.sop = sop;
        this.outbox = outbox;
        this.changed = changed;
    }

    @Override
    @Transactional
    public MeasurementRoundDtos.View open(MeasurementRoundDtos.NewRound req) {
        String agencyCode = kit.openingAgency(MeasurementProcedure.NAME, req.agencyCode());
        if (MeasurementRound.count("agencyCode = ?1 and year = ?2 and period = ?3", agencyCode, req.year(),
                req.period()) > 0) {
            throw ProblemException.conflict("agency " + agencyCode + " already measures " + req.year() + " " + req.period());
        }
        Measurement latest = Measurement.find("agencyCode = ?1 order by computedAt desc", agencyCode).firstResult();
        MeasurementRound r = MeasurementRound.order(agencyCode, req.year(), req.period(), latest, caller.subject(),
                OffsetDateTime.now(ZoneOffset.UTC));
        r.persist();
        kit.start(r, MeasurementProcedure.NAME, MeasurementProcedure.ORDER, req.disposition());
        return viewOf(r);
    }

    @Override
    @Transactional
    public MeasurementRoundDtos.View completeStep(UUID id, String key, MeasurementRoundDtos.StepCompletion req) {
        MeasurementRound r = writable(id);
        SopStep step = kit.stepUnderWay(r, key, req.version());
        switch (step.action()) {
            case MeasurementProcedure.COMPUTE -> r.compute(current(r), caller.subject(), OffsetDateTime.now(ZoneOffset.UTC));
            case MeasurementProcedure.SIGN -> sign(r, req.signatory());
            case MeasurementProcedure.ARCHIVE -> r.archive(OffsetDateTime.now(ZoneOffset.UTC));
            case MeasurementProcedure.REVIEW -> throw ProblemException.conflict("the Sekretaris approves or returns with POST /measurement-rounds/"
                    + id + "/review/approve or /return");
            default -> {
                // RECORD: the document is the step's output
            }
        }
        kit.complete(r, key, req.document());
        return viewOf(r);
    }

    private static Measurement current(MeasurementRound r) {
        return Measurement.find("agencyCode = ?1 and year = ?2 and period = ?3 and current = true", r.agencyCode,
                r.year, r.period).firstResult();
    }

    private void sign(MeasurementRound r, MeasurementRoundDtos.Signatory signatory) {
        outbox.publish(r.sign(Measurement.findById(r.measurementId), signatory == null ? null
                : new PerformanceAgreementSigned.Signatory(signatory.name(), signatory.nip(), signatory.position()),
                caller.subject(), OffsetDateTime.now(ZoneOffset.UTC)));
        MeasurementRound.flush();
        changed.fire(new MeasurementChanged(r.agencyCode, r.year, r.period));
    }

    /** The Sekretaris approves (MeasurementApproved). Whoever computed it may not. */
    @Transactional
    public MeasurementRoundDtos.View approve(UUID id, MeasurementRoundDtos.Decision d) {
        MeasurementRound r = writable(id);
        sop.checkRoleFor(r.id, MeasurementProcedure.REVIEW);
        ProblemException.requireVersion("measurement round", id, r.version, d.version());
        sop.require(r.id, MeasurementProcedure.REVIEW);
        MeasurementApproved approved = r.approve(Measurement.findById(r.measurementId), caller.subject(),
                OffsetDateTime.now(ZoneOffset.UTC));
        sop.complete(r.id, MeasurementProcedure.REVIEW, d.reason() == null ? null : StepRecord.note(d.reason()), "APPROVED");
        outbox.publish(approved);
        MeasurementRound.flush();
        changed.fire(new MeasurementChanged(r.agencyCode, r.year, r.period));
        return viewOf(r);
    }

    /** The Sekretaris returns the measurement for completion: the SOP runs again from the computation. */
    @Transactional
    public MeasurementRoundDtos.View returnForCompletion(UUID id, MeasurementRoundDtos.Decision d) {
        MeasurementRound r = writable(id);
        sop.checkRoleFor(r.id, MeasurementProcedure.REVIEW);
        ProblemException.requireVersion("measurement round", id, r.version, d.version());
        if (d.reason() == null || d.reason().isBlank()) {
            throw ProblemException.unprocessable("reason", "a return needs the reason");
        }
        sop.require(r.id, MeasurementProcedure.REVIEW);
        sop.rewind(r.id, MeasurementProcedure.COMPUTE, "RETURNED", StepRecord.note(d.reason()));
        r.returnForCompletion();
        kit.moved(r);
        return viewOf(r);
    }

    @Transactional
    public Page<MeasurementRoundDtos.View> list(PageQuery page, String agencyCode, Integer year, String period) {
        var sort = page.toSort("orderedAt", Set.of("orderedAt", "year", "period", "status"));
        Filter f = Filter.scopedTo(caller, agencyCode).eq("year", year).eq("period", period);
        return Page.of(MeasurementRound.find(f.query(), sort, f.params()), page, this::viewOf);
    }

    @Override
    protected MeasurementRoundDtos.View viewOf(MeasurementRound r) {
        Measurement m = r.measurementId == null ? null : Measurement.findById(r.measurementId);
        Measurement latest = current(r);
        return new MeasurementRoundDtos.View(r.id, r.agencyCode, r.year, r.period, r.status,
                SopInstance.currentStepOf(r.id), r.measurementId, r.measurementVersion,
                m != null && latest != null && latest.versionNo > m.versionNo, m == null ? null : m.averageCapaian,
                m == null ? null : m.category, r.orderedBy, r.orderedAt, r.computedBy, r.approvedBy, r.approvedAt,
                r.signedBy, r.signedAt, r.archivedAt, r.version);
    }
}
