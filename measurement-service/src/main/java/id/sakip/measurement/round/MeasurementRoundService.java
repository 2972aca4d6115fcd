package id.sakip.measurement.round;

import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.attachment.StoredFile;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.MeasurementApproved;
import id.sakip.common.event.v1.MeasurementSigned;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.sop.SopEngine;
import id.sakip.common.sop.SopInstance;
import id.sakip.common.sop.SopKit;
import id.sakip.common.sop.SopStep;
import id.sakip.common.sop.StepRecord;
import id.sakip.common.sop.Timeline;
import id.sakip.measurement.measurement.Measurement;
import id.sakip.measurement.sop.MeasurementProcedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
public class MeasurementRoundService {
    private final CallerContext caller;
    private final SopEngine sop;
    private final SopKit kit;
    private final Outbox outbox;

    public MeasurementRoundService(CallerContext caller, SopEngine sop, SopKit kit, Outbox outbox) {
        this.caller = caller;
        this.sop = sop;
        this.kit = kit;
        this.outbox = outbox;
    }

    @Transactional
    public MeasurementRoundDtos.View open(MeasurementRoundDtos.NewRound req) {
        String agencyCode = kit.openingAgency(MeasurementProcedure.NAME, req.agencyCode());
        if (MeasurementRound.count("agencyCode = ?1 and year = ?2 and period = ?3", agencyCode, req.year(),
                req.period()) > 0) {
            throw ProblemException.conflict("agency " + agencyCode + " already measures " + req.year() + " " + req.period());
        }
        MeasurementRound r = new MeasurementRound();
        r.id = UUID.randomUUID();
        r.agencyCode = agencyCode;
        r.year = req.year();
        r.period = req.period();
        r.status = MeasurementRound.Status.OPEN;
        r.orderedBy = caller.subject();
        r.orderedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Measurement any = Measurement.find("agencyCode = ?1 order by computedAt desc", agencyCode).firstResult();
        if (any != null) {
            r.regionCode = any.regionCode;
            r.provinceCode = any.provinceCode;
        }
        r.persist();
        kit.start(r, MeasurementProcedure.NAME, MeasurementProcedure.ORDER, req.disposition());
        return view(r);
    }

    @Transactional
    public MeasurementRoundDtos.View completeStep(UUID id, String key, MeasurementRoundDtos.StepCompletion req) {
        MeasurementRound r = writable(id);
        SopStep step = kit.stepUnderWay(r, key, req.version());
        switch (step.action()) {
            case MeasurementProcedure.COMPUTE -> compute(r);
            case MeasurementProcedure.SIGN -> sign(r, req.signatory());
            case MeasurementProcedure.ARCHIVE -> {
                r.status = MeasurementRound.Status.ARCHIVED;
                r.archivedAt = OffsetDateTime.now(ZoneOffset.UTC);
            }
            case MeasurementProcedure.REVIEW -> throw ProblemException.conflict("the Sekretaris approves or returns with POST /measurement-rounds/"
                    + id + "/review/approve or /return");
            default -> {
                // RECORD: the document is the step's output
            }
        }
        kit.complete(r, key, req.document());
        return view(r);
    }

    /** The computation takes the period's current measurement (computed from the approved recap). */
    private void compute(MeasurementRound r) {
        Measurement m = current(r);
        if (m == null) {
            throw ProblemException.conflict("no approved recap of " + r.agencyCode + " " + r.year + " " + r.period
                    + " has been measured yet: the collection round must be approved first");
        }
        r.measurementId = m.id;
        r.measurementVersion = m.versionNo;
        r.regionCode = m.regionCode;
        r.provinceCode = m.provinceCode;
        r.computedBy = caller.subject();
        r.computedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Measurement current(MeasurementRound r) {
        return Measurement.find("agencyCode = ?1 and year = ?2 and period = ?3 and current = true", r.agencyCode,
                r.year, r.period).firstResult();
    }

    private void sign(MeasurementRound r, MeasurementRoundDtos.Signatory signatory) {
        if (r.status != MeasurementRound.Status.APPROVED) {
            throw ProblemException.conflict("only an approved measurement is signed; this one is " + r.status);
        }
        if (signatory == null) {
            throw ProblemException.unprocessable("signatory", "is required to sign: name, NIP and position");
        }
        Measurement m = Measurement.findById(r.measurementId);
        r.status = MeasurementRound.Status.SIGNED;
        r.signedBy = caller.subject();
        r.signedAt = OffsetDateTime.now(ZoneOffset.UTC);
        r.signatoryName = signatory.name();
        r.signatoryNip = signatory.nip();
        r.signatoryPosition = signatory.position();
        outbox.publish(EventTypes.Topics.MEASUREMENTS, m.roundId.toString(), EventTypes.MEASUREMENT_SIGNED,
                "measurement-rounds/" + r.id, r.scope(), new MeasurementSigned(r.id, m.id, m.roundId, m.versionNo,
                        r.agencyCode, r.regionCode, r.provinceCode, r.year, r.period, r.signedBy, r.signedAt,
                        new PerformanceAgreementSigned.Signatory(signatory.name(), signatory.nip(), signatory.position())));
    }

    /** The Sekretaris approves (MeasurementApproved). Whoever computed it may not. */
    @Transactional
    public MeasurementRoundDtos.View approve(UUID id, MeasurementRoundDtos.Decision d) {
        MeasurementRound r = writable(id);
        sop.checkRoleFor(r.id, MeasurementProcedure.REVIEW);
        ProblemException.requireVersion("measurement round", id, r.version, d.version());
        sop.require(r.id, MeasurementProcedure.REVIEW);
        if (caller.subject().equals(r.computedBy)) {
            throw ProblemException.forbidden("you computed this measurement: someone else reviews it");
        }
        Measurement m = Measurement.findById(r.measurementId);
        r.status = MeasurementRound.Status.APPROVED;
        r.approvedBy = caller.subject();
        r.approvedAt = OffsetDateTime.now(ZoneOffset.UTC);
        sop.complete(r.id, MeasurementProcedure.REVIEW, d.reason() == null ? null : StepRecord.note(d.reason()), "APPROVED");
        outbox.publish(EventTypes.Topics.MEASUREMENTS, m.roundId.toString(), EventTypes.MEASUREMENT_APPROVED,
                "measurement-rounds/" + r.id, r.scope(), new MeasurementApproved(r.id, m.id, m.roundId, m.versionNo,
                        r.agencyCode, r.regionCode, r.provinceCode, r.year, r.period, m.averageCapaian, m.category,
                        m.achievedCount, m.notAchievedCount, r.approvedBy, r.approvedAt));
        MeasurementRound.flush();
        return view(r);
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
        r.computedBy = null;
        r.computedAt = null;
        kit.moved(r);
        return view(r);
    }

    @Transactional
    public MeasurementRoundDtos.View get(UUID id) {
        return view(readable(id));
    }

    @Transactional
    public Timeline timeline(UUID id) {
        return kit.timeline(readable(id));
    }

    @Transactional
    public Page<MeasurementRoundDtos.View> list(PageQuery page, String agencyCode, Integer year, String period) {
        var sort = page.toSort("orderedAt", Set.of("orderedAt", "year", "period", "status"));
        Filter f = Filter.scopedTo(caller, agencyCode).eq("year", year).eq("period", period);
        return Page.of(MeasurementRound.find(f.query(), sort, f.params()), page, MeasurementRoundService::view);
    }

    /** Stores a file of the round for a step's document (409 once archived). */
    @Transactional
    public AttachmentStore.View attach(UUID id, String fileName, String contentType, byte[] content) {
        return kit.attach(writable(id), fileName, contentType, content);
    }

    @Transactional
    public List<AttachmentStore.View> files(UUID id) {
        return kit.files(readable(id));
    }

    @Transactional
    public StoredFile file(UUID id, UUID attachmentId) {
        return kit.file(readable(id), attachmentId);
    }

    public MeasurementRound readable(UUID id) {
        return caller.readable(MeasurementRound.findById(id), "measurement round", id);
    }

    /**
     * The measurement round, if the caller may change it (404 or 403 otherwise), locked for this transaction:
     * two transitions run one after the other, and the second sees the first's version (409).
     */
    public MeasurementRound writable(UUID id) {
        return caller.writable(MeasurementRound.findById(id, LockModeType.PESSIMISTIC_WRITE), "measurement round", id);
    }

    static MeasurementRoundDtos.View view(MeasurementRound r) {
        SopInstance i = SopInstance.findById(r.id);
        Measurement m = r.measurementId == null ? null : Measurement.findById(r.measurementId);
        Measurement latest = current(r);
        return new MeasurementRoundDtos.View(r.id, r.agencyCode, r.year, r.period, r.status,
                i == null || i.current() == null ? null : i.current().key(), r.measurementId, r.measurementVersion,
                m != null && latest != null && latest.versionNo > m.versionNo, m == null ? null : m.averageCapaian,
                m == null ? null : m.category, r.orderedBy, r.orderedAt, r.computedBy, r.approvedBy, r.approvedAt,
                r.signedBy, r.signedAt, r.archivedAt, r.version);
    }
}
