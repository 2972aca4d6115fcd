package id.sakip.collection.round;

import id.sakip.collection.CollectionConfig;
import id.sakip.collection.agreement.AgreementCopy;
import id.sakip.collection.agreement.AgreementTarget;
import id.sakip.collection.form.CollectionForm;
import id.sakip.collection.form.FormDtos;
import id.sakip.collection.form.FormRow;
import id.sakip.collection.form.FormStatus;
import id.sakip.collection.sop.CollectionProcedure;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.CollectionRoundOpened;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.sop.SopEngine;
import id.sakip.common.sop.SopInstance;
import id.sakip.common.sop.SopTemplates;
import id.sakip.common.sop.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Collection rounds and the SOP steps that prepare, distribute and archive them. */
@ApplicationScoped
public class RoundService {
    private final RoundAuditTrail trail;
    private final Outbox outbox;
    private final CallerContext caller;
    private final SopEngine sop;
    private final SopTemplates templates;
    private final CollectionConfig config;

    public RoundService(Outbox outbox, CallerContext caller, SopEngine sop, SopTemplates templates,
            CollectionConfig config, RoundAuditTrail trail) {
        this.trail = trail;
        this.outbox = outbox;
        this.caller = caller;
        this.sop = sop;
        this.templates = templates;
        this.config = config;
    }

    /**
     * The head's order (step 1, disposisi): starts a round of the agency's collection SOP. The forms
     * are generated later, at the step that prepares them, from the agreement in force then.
     */
    @Transactional
    public RoundDtos.RoundView open(RoundDtos.NewRound req) {
        String agencyCode = caller.actingAgency(req.agencyCode());
        sop.checkRole(templates.effective(CollectionProcedure.NAME, agencyCode).steps().get(0));
        AgreementCopy agreement = AgreementCopy.current(agencyCode, req.year());
        if (agreement == null) {
            throw ProblemException.unprocessable("year", "no signed Perjanjian Kinerja of agency " + agencyCode
                    + " for " + req.year() + " has reached collection-service");
        }
        if (CollectionRound.count("agencyCode = ?1 and year = ?2 and period = ?3", agencyCode, req.year(),
                req.period()) > 0) {
            throw ProblemException.conflict("agency " + agencyCode + " already has a round for " + req.year() + " "
                    + req.period());
        }
        CollectionRound r = new CollectionRound();
        r.id = UUID.randomUUID();
        r.agencyCode = agencyCode;
        r.regionCode = agreement.regionCode;
        r.provinceCode = agreement.provinceCode;
        r.year = req.year();
        r.period = req.period();
        r.status = RoundStatus.PREPARING;
        r.agreementId = agreement.agreementId;
        r.agreementVersion = agreement.agreementVersion;
        r.orderedBy = caller.subject();
        r.openedBy = caller.subject();
        r.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        r.persist();
        sop.start(r.id, CollectionProcedure.NAME, agencyCode, CollectionProcedure.ORDER, req.disposition());
        trail.record(r, null, "ROUND_ORDERED", null, r.status, null);
        return view(r, List.of());
    }

    /**
     * Completes the SOP step under way with its output document, doing what the step stands for:
     * the plan sets deadlines, the preparation generates the forms, the distribution sends them to
     * the units, the archive closes the round. The filling step ends by itself when the last unit
     * submits; the recap and the review have their own endpoints.
     */
    @Transactional
    public RoundDtos.RoundView completeStep(UUID id, String key, RoundDtos.StepCompletion req) {
        CollectionRound r = writable(id);
        ProblemException.requireVersion("round", r.id, r.version, req.version());
        SopInstance instance = sop.instance(r.id);
        var step = instance.current();
        if (step == null || !step.key().equals(key)) {
            throw ProblemException.conflict(step == null ? "round " + id + " has finished its SOP"
                    : "round " + id + " is at step " + instance.currentPosition + " '" + step.name() + "' ("
                            + step.key() + "), not at " + key);
        }
        sop.checkRole(step);
        switch (step.action()) {
            case CollectionProcedure.PLAN -> plan(r, req);
            case CollectionProcedure.PREPARE_FORMS -> prepareForms(r);
            case CollectionProcedure.DISTRIBUTE -> distribute(r);
            case CollectionProcedure.ARCHIVE -> archive(r);
            case CollectionProcedure.FILL -> throw ProblemException.conflict(
                    "the filling step ends when every unit has submitted its form");
            case CollectionProcedure.RECAP -> throw ProblemException.conflict(
                    "the recap is compiled with POST /rounds/" + id + "/recap");
            case CollectionProcedure.REVIEW -> throw ProblemException.conflict(
                    "the Sekretaris approves or returns the recap with POST /rounds/" + id + "/recap/approve or /return");
            default -> {
                // RECORD: the step's document is its whole output
            }
        }
        sop.complete(r.id, key, req.document(), "DONE");
        trail.record(r, null, "STEP_" + key, null, r.status,
                req.document() == null ? null : req.document().note());
        CollectionRound.flush();
        // every step moves the round's version: a client acting on an older reading gets 409
        CollectionRound.getEntityManager().lock(r, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return view(r, CollectionForm.list("roundId = ?1 order by unitCode", r.id));
    }

    /** Plan step: the submission deadlines, in the future, for units that report in this round. */
    private void plan(CollectionRound r, RoundDtos.StepCompletion req) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (req.submissionDeadline() != null && !req.submissionDeadline().isAfter(now)) {
            errors.add(new Problem.FieldError("submissionDeadline", "must be in the future"));
        }
        Set<String> units = reportingUnits(r);
        if (req.unitDeadlines() != null) {
            req.unitDeadlines().forEach((unit, deadline) -> {
                if (!units.contains(unit)) {
                    errors.add(new Problem.FieldError("unitDeadlines." + unit, "unit " + unit
                            + " reports nothing in this round; units: " + units));
                } else if (!deadline.isAfter(now)) {
                    errors.add(new Problem.FieldError("unitDeadlines." + unit, "must be in the future"));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " deadline(s) are not valid", errors);
        }
        r.submissionDeadline = req.submissionDeadline();
        r.unitDeadlines = req.unitDeadlines() == null ? null : Map.copyOf(req.unitDeadlines());
    }

    private Set<String> reportingUnits(CollectionRound r) {
        AgreementCopy agreement = AgreementCopy.current(r.agencyCode, r.year);
        Set<String> units = new TreeSet<>();
        agreement.targets.stream().filter(t -> t.collectedIn(r.period)).forEach(t -> units.add(t.responsibleUnit));
        return units;
    }

    /**
     * Generates one form per responsible unit from the agreement in force (this service's copy), one
     * row per indicator the unit reports in this period (monthly rounds: the monthly indicators).
     */
    private void prepareForms(CollectionRound r) {
        AgreementCopy agreement = AgreementCopy.current(r.agencyCode, r.year);
        r.agreementId = agreement.agreementId;
        r.agreementVersion = agreement.agreementVersion;
        Map<String, CollectionForm> forms = new LinkedHashMap<>();
        for (AgreementTarget t : agreement.targets) {
            if (!t.collectedIn(r.period)) {
                continue;
            }
            CollectionForm f = forms.computeIfAbsent(t.responsibleUnit, unit -> {
                CollectionForm nf = new CollectionForm();
                nf.id = UUID.randomUUID();
                nf.roundId = r.id;
                nf.unitCode = unit;
                nf.status = FormStatus.DRAFT;
                nf.deadline = r.unitDeadlines != null && r.unitDeadlines.containsKey(unit) ? r.unitDeadlines.get(unit)
                        : r.submissionDeadline;
                return nf;
            });
            FormRow row = new FormRow();
            row.id = UUID.randomUUID();
            row.form = f;
            row.position = f.rows.size() + 1;
            row.indicatorCode = t.indicatorCode;
            row.indicatorName = t.indicatorName;
            row.sasaran = t.sasaran;
            row.unitOfMeasure = t.unitOfMeasure;
            row.polarity = t.polarity;
            row.annualTarget = t.annualTarget;
            row.periodTarget = t.periodTarget(r.period);
            row.targetToDate = t.targetToDate(r.period);
            row.annualTargetUpper = t.annualTargetUpper;
            row.periodTargetUpper = t.periodTargetUpper(r.period);
            row.predicateScale = t.predicateScale;
            f.rows.add(row);
        }
        if (forms.isEmpty()) {
            throw ProblemException.unprocessable("period", "no indicator of the Perjanjian Kinerja "
                    + r.agreementId + " is collected in " + r.period + " (monthly rounds need monthly targets)");
        }
        forms.values().forEach(f -> f.persist());
    }

    /**
     * Distribution: the forms go to the units, each with its deadline (set when the forms were
     * prepared: the unit's own from the plan, else the plan's; without one,
     * {@code sakip.collection.default-submission-period} from now).
     */
    private void distribute(CollectionRound r) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<CollectionForm> forms = CollectionForm.list("roundId = ?1 order by unitCode", r.id);
        for (CollectionForm f : forms) {
            if (f.deadline == null) {
                // the plan set none: the default period from now
                f.deadline = now.plus(config.defaultSubmissionPeriod());
            }
        }
        trail.record(r, null, "FORMS_DISTRIBUTED", r.status, RoundStatus.OPEN, null);
        r.status = RoundStatus.OPEN;
        r.distributedAt = now;
        outbox.publish(EventTypes.Topics.ROUNDS, r.id.toString(), EventTypes.ROUND_OPENED, "rounds/" + r.id,
                r.scope(), new CollectionRoundOpened(r.id, r.agencyCode, r.regionCode, r.provinceCode, r.year,
                        r.period, r.agreementId, forms.stream()
                                .map(f -> new CollectionRoundOpened.FormRef(f.id, f.unitCode, f.deadline)).toList()));
    }

    /** Archiving: the round becomes read-only (a correction needs the Sekretaris' audited reopening). */
    private void archive(CollectionRound r) {
        trail.record(r, null, "ROUND_ARCHIVED", r.status, RoundStatus.ARCHIVED, null);
        r.status = RoundStatus.ARCHIVED;
        r.archivedBy = caller.subject();
        r.archivedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Transactional
    public RoundDtos.RoundView get(UUID id) {
        CollectionRound r = readable(id);
        return view(r, CollectionForm.list("roundId = ?1 order by unitCode", r.id));
    }

    @Transactional
    public Timeline timeline(UUID id) {
        CollectionRound r = readable(id);
        return sop.timeline(r.id);
    }

    @Transactional
    public Page<RoundDtos.RoundView> list(PageQuery page, String agencyCode, Integer year, String period,
            RoundStatus status) {
        var sort = page.toSort("openedAt", Set.of("openedAt", "year", "period", "status"));
        Filter f = Filter.scopedTo(caller, agencyCode).eq("year", year).eq("period", period).eq("status", status);
        return Page.<CollectionRound, RoundDtos.RoundView>of(CollectionRound.find(f.query(), sort, f.params()), page,
                r -> view(r, CollectionForm.list("roundId = ?1 order by unitCode", r.id)));
    }

    @Transactional
    public List<FormDtos.FormView> forms(UUID id) {
        CollectionRound r = readable(id);
        return CollectionForm.<CollectionForm>list("roundId = ?1 order by unitCode", r.id).stream()
                .map(FormDtos.FormView::of).toList();
    }

    /** The round, if the caller may see it; 404 otherwise. */
    public CollectionRound readable(UUID id) {
        return checkedRead(CollectionRound.findById(id), id);
    }

    /**
     * The round, if the caller may change it (404 or 403 otherwise), locked for this transaction: two
     * transitions of one round run one after the other, and the second sees the first's version (409).
     */
    public CollectionRound writable(UUID id) {
        return checkedWrite(CollectionRound.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    /**
     * The round, if the caller may change its forms, share-locked for this transaction: forms of one
     * round are saved side by side, but not while the round itself changes (recap, return, reopening).
     */
    public CollectionRound formsWritable(UUID id) {
        return checkedWrite(CollectionRound.findById(id, LockModeType.PESSIMISTIC_READ), id);
    }

    private CollectionRound checkedRead(CollectionRound r, UUID id) {
        if (r == null) {
            throw ProblemException.notFound("round", id);
        }
        caller.checkRead(r.agencyCode, r.provinceCode, "round", id);
        return r;
    }

    private CollectionRound checkedWrite(CollectionRound r, UUID id) {
        checkedRead(r, id);
        caller.checkWrite(r.agencyCode, r.provinceCode, "round", id);
        return r;
    }

    public static RoundDtos.RoundView view(CollectionRound r, List<CollectionForm> forms) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SopInstance i = SopInstance.findById(r.id);
        return new RoundDtos.RoundView(r.id, r.agencyCode, r.year, r.period, r.status,
                i == null || i.current() == null ? null : i.current().key(), r.agreementId, r.agreementVersion,
                r.orderedBy, r.openedAt, r.submissionDeadline, r.distributedAt, r.recapCompiledAt, r.approvedBy,
                r.approvedAt, r.recapVersion, r.archivedAt, r.version,
                forms.stream().map(f -> new RoundDtos.FormSummary(f.id, f.unitCode, f.status, f.submittedAt,
                        f.deadline, f.late(now), f.receivedAt)).toList());
    }
}
