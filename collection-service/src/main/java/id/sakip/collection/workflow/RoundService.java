package id.sakip.collection.workflow;

import id.sakip.collection.CollectionConfig;
import id.sakip.collection.agreement.AgreementCopy;
import id.sakip.collection.agreement.AgreementTarget;
import id.sakip.collection.form.CollectionForm;
import id.sakip.collection.form.FormDtos;
import id.sakip.collection.form.FormRow;
import id.sakip.collection.form.FormStatus;
import id.sakip.collection.round.CollectionProcedure;
import id.sakip.collection.round.CollectionRound;
import id.sakip.collection.round.RoundAuditTrail;
import id.sakip.collection.round.RoundStatus;
import id.sakip.collection.round.Rounds;
import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.attachment.StoredFile;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.CollectionRoundOpened;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.sop.SopInstance;
import id.sakip.common.sop.SopKit;
import id.sakip.common.sop.SopStep;
import id.sakip.common.sop.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final SopKit kit;
    private final CollectionConfig config;
    private final Rounds rounds;

    public RoundService(Outbox outbox, CallerContext caller, SopKit kit, CollectionConfig config,
            RoundAuditTrail trail, Rounds rounds) {
        this.rounds = rounds;
        this.trail = trail;
        this.outbox = outbox;
        this.caller = caller;
        this.kit = kit;
        this.config = config;
    }

    /**
     * The head's order (step 1, disposisi): starts a round of the agency's collection SOP. The forms
     * are generated later, at the step that prepares them, from the agreement in force then.
     */
    @Transactional
    public RoundDtos.RoundView open(RoundDtos.NewRound req) {
        String agencyCode = kit.openingAgency(CollectionProcedure.NAME, req.agencyCode());
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
        kit.start(r, CollectionProcedure.NAME, CollectionProcedure.ORDER, req.disposition());
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
        SopStep step = kit.stepUnderWay(r, key, req.version());
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
        // every step moves the round's version: a client acting on an older reading gets 409
        kit.complete(r, key, req.document());
        trail.record(r, null, "STEP_" + key, null, r.status,
                req.document() == null ? null : req.document().note());
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
        return kit.timeline(r);
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

    /** Stores a file of the round (units may attach evidence while the round is open). */
    @Transactional
    public AttachmentStore.View attach(UUID id, String fileName, String contentType, byte[] content) {
        return kit.attach(rounds.formsWritable(id), fileName, contentType, content);
    }

    @Transactional
    public List<AttachmentStore.View> files(UUID id) {
        return kit.files(readable(id));
    }

    @Transactional
    public StoredFile file(UUID id, UUID attachmentId) {
        return kit.file(readable(id), attachmentId);
    }

    /** The round, if the caller may see it; 404 otherwise. */
    public CollectionRound readable(UUID id) {
        return rounds.readable(id);
    }

    /** The round, if the caller may change it, locked (see {@link Rounds#writable}). */
    public CollectionRound writable(UUID id) {
        return rounds.writable(id);
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
