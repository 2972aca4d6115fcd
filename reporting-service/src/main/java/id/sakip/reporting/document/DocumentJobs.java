package id.sakip.reporting.document;

import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.reporting.source.PkRecord;
import id.sakip.reporting.source.RoundRecord;
import id.sakip.reporting.summary.MeasurementSummary;
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
    private final DocumentService documents;
    private final CallerContext caller;
    private final EntityManager em;

    public DocumentJobs(DocumentService documents, CallerContext caller, EntityManager em) {
        this.documents = documents;
        this.caller = caller;
        this.em = em;
    }

    @Transactional
    public DocumentJob submit(DocumentKind kind, UUID subjectId, String agencyCode, Integer year, String format) {
        DocumentJob j = new DocumentJob();
        j.id = UUID.randomUUID();
        j.kind = kind;
        j.format = format;
        j.subjectId = subjectId;
        j.year = year;
        switch (kind) {
            case COLLECTION_REPORT -> {
                RoundRecord r = subjectId == null ? null : RoundRecord.findById(subjectId);
                scope(j, r == null ? null : r.agencyCode, r == null ? null : r.provinceCode, "round", subjectId);
            }
            case MEASUREMENT_REPORT -> {
                MeasurementSummary s = subjectId == null ? null : MeasurementSummary.findById(subjectId);
                scope(j, s == null ? null : s.agencyCode, s == null ? null : s.provinceCode, "measurement", subjectId);
            }
            case PK -> {
                PkRecord p = subjectId == null ? null : PkRecord.findById(subjectId);
                scope(j, p == null ? null : p.agencyCode, p == null ? null : p.payload.provinceCode(), "agreement", subjectId);
            }
            case LKJIP -> {
                if (agencyCode == null || year == null) {
                    throw ProblemException.unprocessable("year", "an LKjIP needs agencyCode and year");
                }
                MeasurementSummary any = DocumentService.latestOfYear(agencyCode, year);
                scope(j, agencyCode, any == null ? null : any.provinceCode, "agency", agencyCode);
            }
        }
        j.status = DocumentJob.Status.PENDING;
        j.requestedBy = caller.subject();
        j.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        j.persist();
        return j;
    }

    private void scope(DocumentJob j, String agency, String province, String what, Object id) {
        if (agency == null) {
            throw ProblemException.notFound(what, id);
        }
        caller.checkRead(agency, province, what, id);
        j.agencyCode = agency;
        j.provinceCode = province;
    }

    @Transactional
    public DocumentJob get(UUID id) {
        DocumentJob j = DocumentJob.findById(id);
        if (j == null) {
            throw ProblemException.notFound("document job", id);
        }
        caller.checkRead(j.agencyCode, j.provinceCode, "document job", id);
        return j;
    }

    /** The finished file: bytes, type, name. */
    public record File(byte[] content, String contentType, String fileName, String sha256) {
    }

    @Transactional
    public File content(UUID id) {
        DocumentJob j = get(id);
        if (j.status != DocumentJob.Status.DONE) {
            throw ProblemException.conflict("document job " + id + " is " + j.status
                    + (j.error == null ? "" : ": " + j.error));
        }
        return new File(j.content, j.contentType, j.fileName, j.sha256);
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
                Rendered d = switch (j.kind) {
                    case COLLECTION_REPORT -> documents.collectionReport(RoundRecord.findById(j.subjectId),
                            DocumentService.Options.none());
                    case MEASUREMENT_REPORT -> documents.measurementReport(MeasurementSummary.findById(j.subjectId),
                            DocumentService.Options.none());
                    case PK -> documents.pk(PkRecord.findById(j.subjectId), DocumentService.Options.none());
                    case LKJIP -> documents.lkjip(j.agencyCode, j.year, DocumentService.Options.none());
                };
                boolean xlsx = "xlsx".equals(j.format);
                j.content = xlsx ? d.xlsx() : d.pdf();
                j.contentType = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf";
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
