package id.sakip.common.sop;

import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.audit.AuditLog;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs procedures as data: an instance snapshots its template's steps, and each step runs when the
 * one before it has ended. A service action is possible only at its own step, by the step's roles;
 * the engine records when each step started and ended, who did it, what it produced, and whether it
 * ran past its time standard. Every method joins the caller's transaction, so a step and the state
 * change it stands for commit together.
 */
@ApplicationScoped
public class SopEngine {
    private final AuditLog audit;
    /** Clock skew tolerated on a client-given {@code endedAt}. */
    private static final Duration SKEW = Duration.ofMinutes(2);
    private final SopTemplates templates;
    private final CallerContext caller;
    private final AttachmentStore attachments;
    private final Clock clock;

    public SopEngine(SopTemplates templates, CallerContext caller, AttachmentStore attachments, AuditLog audit) {
        this.audit = audit;
        this.templates = templates;
        this.caller = caller;
        this.attachments = attachments;
        this.clock = Clock.systemUTC();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Starts an instance with the agency's template (its own variant, else the default) and completes
     * the first step, which must be bound to {@code action}, as the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SopInstance start(UUID id, String procedure, String agencyCode, String action, StepRecord record) {
        SopTemplates.Effective t = templates.effective(procedure, agencyCode);
        SopStep first = t.steps().get(0);
        if (!first.action().equals(action)) {
            throw ProblemException.conflict("the " + procedure + " SOP of " + agencyCode + " starts with step '"
                    + first.name() + "', not with " + action);
        }
        checkRole(first);
        SopInstance i = new SopInstance();
        i.id = id;
        i.procedure = procedure;
        i.agencyCode = agencyCode;
        i.templateName = t.name();
        i.templateVersion = t.version();
        i.steps = t.steps();
        i.currentPosition = 1;
        OffsetDateTime now = now();
        i.startedAt = record != null && record.startedAt() != null ? record.startedAt() : now;
        i.persist();
        SopStepRun run = newRun(i, 1, i.startedAt);
        finish(i, run, caller.subject(), "DONE", record, null);
        return i;
    }

    public SopInstance instance(UUID id) {
        SopInstance i = SopInstance.findById(id);
        if (i == null) {
            throw ProblemException.notFound("procedure", id);
        }
        return i;
    }

    /** The step under way, checked to be bound to {@code action} and to be done by the caller's role. */
    public SopStep require(UUID id, String action) {
        SopStep step = at(id, action);
        checkRole(step);
        return step;
    }

    /** The step under way, checked to be bound to {@code action} (no role check: system transitions). */
    public SopStep at(UUID id, String action) {
        SopInstance i = instance(id);
        SopStep current = i.current();
        if (current == null) {
            throw ProblemException.conflict("the procedure is finished; " + action + " is no longer possible");
        }
        if (!current.action().equals(action)) {
            throw ProblemException.conflict("the procedure is at step " + i.currentPosition + " '" + current.name()
                    + "' (" + current.key() + "); " + action + " is not possible now");
        }
        return current;
    }

    /** Whether the step under way is bound to {@code action}. */
    public boolean isAt(UUID id, String action) {
        SopStep current = instance(id).current();
        return current != null && current.action().equals(action);
    }

    /** 403 unless the caller has a role of the instance's step bound to {@code action} (whether or not it is under way). */
    public void checkRoleFor(UUID id, String action) {
        SopInstance i = instance(id);
        int p = i.positionOf(action);
        if (p > 0) {
            checkRole(i.steps.get(p - 1));
        }
    }

    /** 403 unless the caller has one of the step's roles (admin acts for anyone, audited by name). */
    public void checkRole(SopStep step) {
        if (caller.isAdmin() || step.roles().stream().anyMatch(caller::hasRole)) {
            return;
        }
        throw ProblemException.forbidden("step '" + step.name() + "' is done by " + String.join(" or ", step.roles()));
    }

    /**
     * Completes the step under way, which must be the one with this key (RECORD steps) or action, by
     * the caller; the next step starts when it ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SopStep complete(UUID id, String keyOrAction, StepRecord record, String outcome) {
        SopInstance i = instance(id);
        SopStep current = i.current();
        if (current == null || !(current.key().equals(keyOrAction) || current.action().equals(keyOrAction))) {
            throw ProblemException.conflict(current == null ? "the procedure is finished"
                    : "the procedure is at step " + i.currentPosition + " '" + current.name() + "' (" + current.key()
                            + "); " + keyOrAction + " is not the step under way");
        }
        checkRole(current);
        finish(i, openRun(i), caller.subject(), outcome, record, null);
        return current;
    }

    /** Completes the step under way for the system (e.g. the last form submitted ends the filling step). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void completeBySystem(UUID id, String action, String actor) {
        SopInstance i = instance(id);
        at(id, action);
        finish(i, openRun(i), actor, "DONE", null, null);
    }

    /**
     * Ends the step under way with {@code outcome} (RETURNED, REOPENED) and runs the procedure again
     * from the step bound to {@code action}: the timeline gets new runs (iteration + 1).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rewind(UUID id, String action, String outcome, StepRecord record) {
        SopInstance i = instance(id);
        int target = i.positionOf(action);
        if (target < 0) {
            throw new IllegalStateException("no step " + action + " in " + i.procedure);
        }
        OffsetDateTime now = now();
        if (i.currentPosition != null) {
            SopStepRun open = SopStepRun.open(i.id, i.currentPosition);
            if (open != null) {
                apply(open, caller.subject(), outcome, record, now);
            }
        }
        audit.record(i.agencyCode, caller.subject(), "SOP_" + outcome, "sop:" + i.procedure, i.id,
                i.currentPosition == null ? Map.of("finished", true)
                        : Map.of("step", i.steps.get(i.currentPosition - 1).key()),
                Map.of("step", i.steps.get(target - 1).key()), record == null ? null : record.note());
        i.finishedAt = null;
        i.currentPosition = target;
        newRun(i, target, now);
    }

    /**
     * The run of the step under way. The aggregate that follows the SOP is locked by its service
     * before a transition, so a missing run means the instance changed under us: a conflict, never a crash.
     */
    private static SopStepRun openRun(SopInstance i) {
        SopStepRun run = SopStepRun.open(i.id, i.currentPosition);
        if (run == null) {
            throw ProblemException.conflict("the procedure was changed by someone else at the same time; reload it");
        }
        return run;
    }

    private SopStepRun newRun(SopInstance i, int position, OffsetDateTime startedAt) {
        SopStep step = i.steps.get(position - 1);
        long previous = SopStepRun.count("instanceId = ?1 and position = ?2", i.id, position);
        SopStepRun run = new SopStepRun();
        run.id = UUID.randomUUID();
        run.instanceId = i.id;
        run.position = position;
        run.stepKey = step.key();
        run.iteration = (int) previous + 1;
        run.startedAt = startedAt;
        run.persist();
        return run;
    }

    private void finish(SopInstance i, SopStepRun run, String actor, String outcome, StepRecord record,
            OffsetDateTime at) {
        OffsetDateTime ended = apply(run, actor, outcome, record, at == null ? now() : at);
        String done = i.steps.get(i.currentPosition - 1).key();
        String next = i.currentPosition < i.steps.size() ? i.steps.get(i.currentPosition).key() : null;
        audit.record(i.agencyCode, actor, "SOP_STEP_" + outcome, "sop:" + i.procedure, i.id,
                Map.of("step", done), next == null ? Map.of("finished", true) : Map.of("step", next),
                record == null ? null : record.documentTitle());
        if (i.currentPosition < i.steps.size()) {
            i.currentPosition++;
            newRun(i, i.currentPosition, ended.isAfter(now()) ? now() : ended);
        } else {
            i.currentPosition = null;
            i.finishedAt = ended;
        }
    }

    private OffsetDateTime apply(SopStepRun run, String actor, String outcome, StepRecord record, OffsetDateTime now) {
        OffsetDateTime started = run.startedAt;
        OffsetDateTime ended = now;
        if (record != null) {
            if (record.endedAt() != null) {
                if (record.endedAt().isAfter(now.plus(SKEW))) {
                    throw ProblemException.unprocessable("endedAt", "must not be in the future");
                }
                ended = record.endedAt();
            }
            if (record.startedAt() != null) {
                started = record.startedAt();
            }
            if (started.isAfter(ended)) {
                throw ProblemException.unprocessable("startedAt", "must not be after endedAt (" + ended + ")");
            }
            if (record.attachmentIds() != null && !record.attachmentIds().isEmpty()) {
                attachments.requireOwned(run.instanceId, record.attachmentIds(), "attachmentIds");
            }
            run.note = record.note();
            run.documentTitle = record.documentTitle();
            run.documentNumber = record.documentNumber();
            run.documentDate = record.documentDate();
            run.attachmentIds = record.attachmentIds() == null || record.attachmentIds().isEmpty() ? null
                    : List.copyOf(record.attachmentIds());
            run.links = record.links() == null || record.links().isEmpty() ? null : List.copyOf(record.links());
        }
        run.startedAt = started;
        run.endedAt = ended;
        run.actor = actor;
        run.outcome = outcome;
        return ended;
    }

    /** The instance's timeline with durations against time standards. */
    public Timeline timeline(UUID id) {
        SopInstance i = instance(id);
        OffsetDateTime now = now();
        List<Timeline.Entry> entries = new ArrayList<>();
        int overdue = 0;
        for (SopStepRun r : SopStepRun.<SopStepRun>list("instanceId = ?1 order by seq", i.id)) {
            SopStep s = i.steps.get(r.position - 1);
            Duration took = Duration.between(r.startedAt, r.endedAt == null ? now : r.endedAt);
            Duration standard = s.standardDuration();
            boolean late = standard != null && took.compareTo(standard) > 0;
            if (late) {
                overdue++;
            }
            entries.add(new Timeline.Entry(r.position, s.key(), s.name(), s.roles(), s.action(), r.iteration,
                    r.startedAt, r.endedAt, r.actor, s.standard(), took.truncatedTo(ChronoUnit.SECONDS).toString(),
                    took.toSeconds(), late, r.outcome, s.output(),
                    r.documentTitle == null && r.documentNumber == null && r.note == null && r.attachmentIds == null
                            && r.links == null ? null
                                    : new Timeline.Document(r.documentTitle, r.documentNumber, r.documentDate, r.note,
                                            r.attachmentIds, r.links)));
        }
        List<SopStep> ahead = i.currentPosition == null ? List.of()
                : i.steps.subList(i.currentPosition, i.steps.size());
        return new Timeline(i.id, i.procedure, i.templateName, i.templateVersion,
                i.current() == null ? null : i.current().key(), i.startedAt, i.finishedAt, entries, List.copyOf(ahead),
                overdue);
    }
}
