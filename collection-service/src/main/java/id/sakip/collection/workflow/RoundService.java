package id.sakip.collection.workflow;

import id.sakip.collection.CollectionConfig;
import id.sakip.collection.agreement.AgreementCopy;
import id.sakip.collection.form.FormDtos;
import id.sakip.collection.round.CollectionForm;
import id.sakip.collection.round.CollectionProcedure;
import id.sakip.collection.round.CollectionRound;
import id.sakip.collection.round.RoundAuditTrail;
import id.sakip.collection.round.RoundChanged;
import id.sakip.collection.round.RoundStatus;
import id.sakip.collection.round.Rounds;
import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.event.v1.CollectionRoundOpened;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.sop.SopAggregateWithFiles;
import id.sakip.common.sop.SopInstance;
import id.sakip.common.sop.SopKit;
import id.sakip.common.sop.SopStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Collection rounds and the SOP steps that prepare, distribute and archive them. */
@ApplicationScoped
public class RoundService
        extends SopAggregateWithFiles<CollectionRound, RoundDtos.RoundView, RoundDtos.NewRound, RoundDtos.StepCompletion> {
    private final RoundAuditTrail trail;
    private final Outbox outbox;
    private final CallerContext caller;
    private final CollectionConfig config;
    private final Rounds rounds;
    private final Event<RoundChanged> changed;

    public RoundService(Outbox outbox, CallerContext caller, SopKit kit, CollectionConfig config,
            RoundAuditTrail trail, Rounds rounds, Event<RoundChanged> changed) {
        super(kit, CollectionRound.class, "round");
        this.rounds = rounds;
        this.changed = changed;
        this.trail = trail;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
    }

    /**
     * The head's order (step 1, disposisi): starts a round of the agency's collection SOP. The forms
     * are generated later, at the step that prepares them, from the agreement in force then.
     */
    @Override
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
        CollectionRound r = CollectionRound.order(agencyCode, agreement, req.year(), req.period(), caller.subject(),
                OffsetDateTime.now(ZoneOffset.UTC));
        r.persist();
        kit.start(r, CollectionProcedure.NAME, CollectionProcedure.ORDER, req.disposition());
        trail.record(r, null, "ROUND_ORDERED", null, r.status, null);
        changed.fire(new RoundChanged(r.id));
        return view(r, List.of());
    }

    /**
     * Completes the SOP step under way with its output document, doing what the step stands for:
     * the plan sets deadlines, the preparation generates the forms, the distribution sends them to
     * the units, the archive closes the round. The filling step ends by itself when the last unit
     * submits; the recap and the review have their own endpoints.
     */
    @Override
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
        changed.fire(new RoundChanged(r.id));
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

    /** The preparation step: the forms, from the agreement in force (this service's copy). */
    private void prepareForms(CollectionRound r) {
        r.prepareForms(AgreementCopy.current(r.agencyCode, r.year)).forEach(f -> f.persist());
    }

    /** Distribution: the forms go to the units with their deadlines (CollectionRoundOpened). */
    private void distribute(CollectionRound r) {
        RoundStatus from = r.status;
        List<CollectionForm> forms = CollectionForm.list("roundId = ?1 order by unitCode", r.id);
        CollectionRoundOpened opened = r.distribute(forms, config.defaultSubmissionPeriod(),
                OffsetDateTime.now(ZoneOffset.UTC));
        trail.record(r, null, "FORMS_DISTRIBUTED", from, r.status, null);
        outbox.publish(opened);
    }

    private void archive(CollectionRound r) {
        RoundStatus from = r.status;
        r.archive(caller.subject(), OffsetDateTime.now(ZoneOffset.UTC));
        trail.record(r, null, "ROUND_ARCHIVED", from, r.status, null);
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
    @Override
    @Transactional
    public AttachmentStore.View attach(UUID id, String fileName, String contentType, byte[] content) {
        return kit.attach(rounds.formsWritable(id), fileName, contentType, content);
    }

    @Override
    protected RoundDtos.RoundView viewOf(CollectionRound r) {
        return view(r, CollectionForm.list("roundId = ?1 order by unitCode", r.id));
    }

    public static RoundDtos.RoundView view(CollectionRound r, List<CollectionForm> forms) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new RoundDtos.RoundView(r.id, r.agencyCode, r.year, r.period, r.status,
                SopInstance.currentStepOf(r.id), r.agreementId, r.agreementVersion,
                r.orderedBy, r.openedAt, r.submissionDeadline, r.distributedAt, r.recapCompiledAt, r.approvedBy,
                r.approvedAt, r.approvedByName, r.approvedByNip, r.recapVersion, r.archivedAt, r.version,
                forms.stream().map(f -> new RoundDtos.FormSummary(f.id, f.unitCode, f.status, f.submittedAt,
                        f.deadline, f.late(now), f.receivedAt)).toList());
    }
}
