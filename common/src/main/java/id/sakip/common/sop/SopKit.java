package id.sakip.common.sop;

import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.attachment.StoredFile;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * What every aggregate that follows an SOP does the same way, once: who may open one, starting its
 * procedure, the step under way (version, key, role), completing a step (which moves the aggregate's
 * version), its timeline and its files. The services keep only what their steps do.
 */
@ApplicationScoped
public class SopKit {
    private final SopEngine sop;
    private final SopTemplates templates;
    private final CallerContext caller;
    private final AttachmentStore attachments;
    private final EntityManager em;

    public SopKit(SopEngine sop, SopTemplates templates, CallerContext caller, AttachmentStore attachments,
            EntityManager em) {
        this.sop = sop;
        this.templates = templates;
        this.caller = caller;
        this.attachments = attachments;
        this.em = em;
    }

    /**
     * The agency a new aggregate is opened for (the caller's own, or one admin names; see
     * {@link CallerContext#actingAgency}); the caller must hold a role of the procedure's first step.
     */
    public String openingAgency(String procedure, String requestedAgency) {
        String agency = caller.actingAgency(requestedAgency);
        sop.checkRole(templates.effective(procedure, agency).steps().get(0));
        return agency;
    }

    /** The aggregate, if the caller may see it; 404 otherwise. */
    public <E extends SopAggregate> E readable(Class<E> type, String noun, UUID id) {
        return caller.readable(em.find(type, id), noun, id);
    }

    /**
     * The aggregate, if the caller may change it (404 or 403 otherwise), locked for this transaction:
     * two transitions run one after the other, and the second sees the first's version (409).
     */
    public <E extends SopAggregate> E writable(Class<E> type, String noun, UUID id) {
        return caller.writable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE), noun, id);
    }

    /** Starts the procedure of a new, persisted aggregate: its first step is done by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(SopAggregate a, String procedure, String firstAction, StepRecord record) {
        sop.start(a.id(), procedure, a.agencyCode(), firstAction, record);
    }

    /**
     * The step under way, checked to be {@code key}, made from the aggregate's current version
     * (409 otherwise) and done by a role of the step (403).
     */
    public SopStep stepUnderWay(SopAggregate a, String key, long version) {
        ProblemException.requireVersion(a.noun(), a.id(), a.version(), version);
        SopInstance instance = sop.instance(a.id());
        SopStep step = instance.current();
        if (step == null || !step.key().equals(key)) {
            throw ProblemException.conflict(step == null ? a.noun() + " " + a.id() + " has finished its SOP"
                    : a.noun() + " " + a.id() + " is at step " + instance.currentPosition + " '" + step.name() + "' ("
                            + step.key() + "), not at " + key);
        }
        sop.checkRole(step);
        return step;
    }

    /** Completes the step under way with its document and moves the aggregate's version (a stale client gets 409). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(SopAggregate a, String key, StepRecord document) {
        sop.complete(a.id(), key, document, "DONE");
        moved(a);
    }

    /** Moves the aggregate's version although only its procedure changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(SopAggregate a) {
        em.flush();
        em.lock(a, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public Timeline timeline(SopAggregate a) {
        return sop.timeline(a.id());
    }

    /** Stores a file of the aggregate (409 once it takes no more). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AttachmentStore.View attach(SopAggregate a, String fileName, String contentType, byte[] content) {
        if (a.readOnlyReason() != null) {
            throw ProblemException.conflict(a.noun() + " " + a.id() + " is " + a.readOnlyReason());
        }
        return attachments.store(a.agencyCode(), a.id(), fileName, contentType, content, caller.subject());
    }

    public List<AttachmentStore.View> files(SopAggregate a) {
        return attachments.list(a.id());
    }

    public StoredFile file(SopAggregate a, UUID attachmentId) {
        return StoredFile.of(attachments.get(a.id(), attachmentId));
    }
}
