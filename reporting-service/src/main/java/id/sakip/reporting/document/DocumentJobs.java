package id.sakip.reporting.document;

import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.attachment.StoredFile;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.vocabulary.MediaTypes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Generation off the request thread: a request queues a job and answers 202 at once; a worker (every
 * instance; jobs are claimed with SKIP LOCKED) renders it and stores the bytes; the client polls the
 * status and fetches the file. A document that cannot be made (no data yet) ends FAILED with the reason.
 */
@ApplicationScoped
public class DocumentJobs {
    private static final Logger LOG = Logger.getLogger(DocumentJobs.class);
    private final Documents documents;
    private final CallerContext caller;
    private final EntityManager em;

    public DocumentJobs(Documents documents, CallerContext caller, EntityManager em) {
        this.documents = documents;
        this.caller = caller;
        this.em = em;
    }

    @Transactional
    public DocumentJobDtos.View submit(DocumentKind kind, UUID subjectId, String agencyCode, Integer year, String format) {
        DocumentJob j = new DocumentJob();
        j.id = UUID.randomUUID();
        j.kind = kind;
        j.format = format;
        j.subjectId = subjectId;
        j.year = year;
        DocumentSubject subject = documents.readable(kind, subjectId, agencyCode, year);
        j.agencyCode = subject.agencyCode();
        j.provinceCode = subject.provinceCode();
        j.status = DocumentJob.Status.PENDING;
        j.requestedBy = caller.subject();
        j.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        j.persist();
        return DocumentJobDtos.View.of(j);
    }

    @Transactional
    public DocumentJobDtos.View get(UUID id) {
        return DocumentJobDtos.View.of(readable(id));
    }

    private DocumentJob readable(UUID id) {
        return caller.readable(DocumentJob.<DocumentJob>findById(id), "document job", id);
    }

    /** The finished file; 409 until the job is DONE. */
    @Transactional
    public StoredFile content(UUID id) {
        DocumentJob j = readable(id);
        if (j.status != DocumentJob.Status.DONE) {
            throw ProblemException.conflict("document job " + id + " is " + j.status
                    + (j.error == null ? "" : ": " + j.error));
        }
        return new StoredFile(j.fileName, j.contentType, j.content, j.sha256);
    }

    @Scheduled(every = "${sakip.reporting.job-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        while (runOne()) {
            // until the queue is empty
        }
    }

    /** Renders one pending job; false when none is waiting. */
    boolean runOne() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("select id from document_job where status = 'PENDING' "
                    + "order by requested_at limit 1 for update skip locked", UUID.class).getResultList();
            if (ids.isEmpty()) {
                return false;
            }
            DocumentJob j = em.find(DocumentJob.class, ids.get(0));
            try {
                Rendered d = documents.render(new DocumentSubject(j.kind, j.subjectId, j.agencyCode, j.provinceCode,
                        j.year == null ? 0 : j.year, null), RenderOptions.none());
                boolean xlsx = "xlsx".equals(j.format);
                j.content = xlsx ? d.xlsx() : d.pdf();
                j.contentType = xlsx ? MediaTypes.XLSX : MediaTypes.PDF;
                j.fileName = d.fileBase() + (xlsx ? ".xlsx" : ".pdf");
                j.sha256 = AttachmentStore.sha256(j.content);
                j.status = DocumentJob.Status.DONE;
            } catch (ProblemException e) {
                j.status = DocumentJob.Status.FAILED;
                j.error = e.getMessage();
            } catch (RuntimeException e) {
                LOG.errorf(e, "document job %s failed", j.id);
                j.status = DocumentJob.Status.FAILED;
                j.error = "the document could not be made; the service log has the details";
            }
            j.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return true;
        });
    }
}
