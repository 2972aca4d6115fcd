package id.sakip.reporting.report;

import id.sakip.common.agency.AgencyDirectory;
import id.sakip.common.agency.KnownAgency;
import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.attachment.StoredFile;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.sop.SopAggregateService;
import id.sakip.common.sop.SopInstance;
import id.sakip.common.sop.SopKit;
import id.sakip.common.sop.SopStep;
import id.sakip.common.vocabulary.MediaTypes;
import id.sakip.reporting.document.DocumentKind;
import id.sakip.reporting.document.DocumentSubject;
import id.sakip.reporting.document.Documents;
import id.sakip.reporting.document.Fmt;
import id.sakip.reporting.document.Letterhead;
import id.sakip.reporting.document.Party;
import id.sakip.reporting.document.RenderOptions;
import id.sakip.reporting.document.Rendered;
import id.sakip.reporting.document.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The report SOP (seed 001's LAKIP flow) for every document: each generating step stores the PDF
 * and XLSX it made, with their SHA-256; the signature is PAdES with the agency's key; a signed
 * report never changes: a correction is a new report version that supersedes it.
 */
@ApplicationScoped
public class ReportService
        extends SopAggregateService<Report, ReportDtos.View, ReportDtos.NewReport, ReportDtos.StepCompletion> {
    private final CallerContext caller;
    private final Documents documents;
    private final Letterhead letterhead;
    private final PadesSigner signer;
    private final Outbox outbox;
    private final AgencyDirectory agencies;

    public ReportService(CallerContext caller, SopKit kit, Documents documents, Letterhead letterhead,
            PadesSigner signer, Outbox outbox, AgencyDirectory agencies) {
        super(kit, Report.class, "report");
        this.agencies = agencies;
        this.caller = caller;
        this.documents = documents;
        this.letterhead = letterhead;
        this.signer = signer;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public ReportDtos.View open(ReportDtos.NewReport req) {
        String agency = kit.openingAgency(ReportProcedure.NAME, req.agencyCode());
        Report r = Report.order(agency, req.kind(), req.subjectId(), party(req.counterparty()), caller.subject(),
                OffsetDateTime.now(ZoneOffset.UTC));
        subject(r, req.year());
        r.title = documents.title(r.kind, r.year, r.period);
        // the opening agency is one the directory knows (a write needs it), so both codes are there
        KnownAgency a = agencies.find(agency).orElseThrow();
        r.regionCode = a.regionCode;
        r.provinceCode = a.provinceCode;
        r.persist();
        kit.start(r, ReportProcedure.NAME, ReportProcedure.ORDER, req.disposition());
        return viewOf(r);
    }

    /** Checks the subject exists in this agency and takes its year and period. */
    private void subject(Report r, Integer year) {
        DocumentSubject s = documents.find(r.kind, r.subjectId, r.agencyCode, year)
                .filter(x -> x.agencyCode().equals(r.agencyCode))
                .orElseThrow(() -> ProblemException.unprocessable("subjectId",
                        "names no " + documents.renderer(r.kind).subjectNoun() + " of agency " + r.agencyCode));
        r.year = s.year();
        r.period = s.period();
    }

    /**
     * A new version of a signed report (a correction): the flow starts again with the head's order;
     * the signed version stays as it is.
     */
    @Transactional
    public ReportDtos.View revise(UUID id, ReportDtos.NewReport req) {
        Report old = writable(id);
        // who may order a report may order its correction; the role is checked before the state
        kit.openingAgency(ReportProcedure.NAME, old.agencyCode);
        boolean superseded = Report.count("supersedesId", old.id) > 0;
        Report r = old.revision(superseded, req != null && req.subjectId() != null ? req.subjectId() : old.subjectId,
                req != null && req.counterparty() != null ? party(req.counterparty()) : old.counterparty,
                caller.subject(), OffsetDateTime.now(ZoneOffset.UTC));
        if (!r.subjectId.equals(old.subjectId)) {
            subject(r, r.year);
        }
        r.persist();
        kit.start(r, ReportProcedure.NAME, ReportProcedure.ORDER, req == null ? null : req.disposition());
        return viewOf(r);
    }

    @Override
    @Transactional
    public ReportDtos.View completeStep(UUID id, String key, ReportDtos.StepCompletion req) {
        Report r = writable(id);
        SopStep step = kit.stepUnderWay(r, key, req.version());
        switch (step.action()) {
            case ReportProcedure.DRAFT -> generate(r, Report.Status.DRAFT);
            case ReportProcedure.CORRECT -> generate(r, Report.Status.CORRECTED);
            case ReportProcedure.FINALISE -> generate(r, Report.Status.FINAL);
            case ReportProcedure.APPROVE -> r.status = Report.Status.APPROVED;
            case ReportProcedure.SIGN -> sign(r, req);
            case ReportProcedure.NUMBER -> number(r, req);
            case ReportProcedure.SEND -> send(r);
            default -> {
                // RECORD: the step's document is its output
            }
        }
        kit.complete(r, key, req.document());
        return viewOf(r);
    }

    /**
     * Renders the document again with the data as it stands now (e.g. after a narrative was edited)
     * and stores it as a new file of the current stage. A signed report is never regenerated: 409.
     */
    @Transactional
    public ReportDtos.View regenerate(UUID id, long version) {
        Report r = writable(id);
        ProblemException.requireVersion("report", id, r.version, version);
        if (r.status == Report.Status.ORDERED) {
            throw ProblemException.conflict("report " + id + " has no draft yet: its DRAFT step makes the first one");
        }
        generate(r, r.status);
        kit.moved(r);
        return viewOf(r);
    }

    /** Renders the document as it stands now and stores it (PDF and XLSX). */
    private void generate(Report r, Report.Status status) {
        if (r.signedAt != null) {
            throw ProblemException.conflict("report " + r.id + " is signed: a correction is a new version (POST /reports/"
                    + r.id + "/revisions)");
        }
        Rendered d = render(r);
        store(r, status.name(), "PDF", MediaTypes.PDF, d.fileBase() + ".pdf", d.pdf(), false);
        store(r, status.name(), "XLSX", MediaTypes.XLSX, d.fileBase() + ".xlsx", d.xlsx(), false);
        r.status = status;
    }

    private void sign(Report r, ReportDtos.StepCompletion req) {
        if (r.status != Report.Status.APPROVED) {
            throw ProblemException.conflict("only an approved report is signed; this one is " + r.status);
        }
        if (req.signatory() == null) {
            throw ProblemException.unprocessable("signatory", "is required to sign: name, NIP and position");
        }
        if (!signer.hasKey(r.agencyCode)) {
            throw ProblemException.conflict("no signing key is configured for agency " + r.agencyCode);
        }
        r.signatoryName = req.signatory().name();
        r.signatoryNip = req.signatory().nip();
        r.signatoryPosition = req.signatory().position();
        r.place = req.place();
        Rendered d = render(r);
        byte[] signed = signer.sign(r.agencyCode, d.pdf(), r.signatoryName, "Disetujui dan ditandatangani: " + r.title,
                r.place == null ? "" : r.place);
        store(r, "SIGNED", "PDF", MediaTypes.PDF, d.fileBase() + "-ttd.pdf", signed, true);
        store(r, "SIGNED", "XLSX", MediaTypes.XLSX, d.fileBase() + ".xlsx", d.xlsx(), false);
        r.status = Report.Status.SIGNED;
        r.signedBy = caller.subject();
        r.signedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The cover letter (surat pengantar) with the document number; signed with the same key. */
    private void number(Report r, ReportDtos.StepCompletion req) {
        if (req.documentNumber() == null || req.documentNumber().isBlank()) {
            throw ProblemException.unprocessable("documentNumber", "is required to number the report");
        }
        if (Report.count("agencyCode = ?1 and documentNumber = ?2 and id <> ?3", r.agencyCode, req.documentNumber(), r.id) > 0) {
            throw ProblemException.conflict("number " + req.documentNumber() + " is already used by another report of "
                    + r.agencyCode);
        }
        r.documentNumber = req.documentNumber();
        byte[] letter = letterhead.coverLetter(r.agencyCode, r.title, r.documentNumber, req.recipient(),
                new Signer(r.place, LocalDate.now(Fmt.WIB), r.signatoryPosition, r.signatoryName, r.signatoryNip),
                signedFile(r).sha256);
        byte[] signed = signer.sign(r.agencyCode, letter, r.signatoryName, "Surat pengantar " + r.documentNumber,
                r.place == null ? "" : r.place);
        store(r, "COVER_LETTER", "PDF", MediaTypes.PDF, "surat-pengantar-" + r.documentNumber.replaceAll("[^A-Za-z0-9]", "-") + ".pdf",
                signed, true);
        r.status = Report.Status.NUMBERED;
    }

    private void send(Report r) {
        outbox.publish(r.send(signedFile(r), OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private static ReportFile signedFile(Report r) {
        ReportFile f = ReportFile.find("reportId = ?1 and purpose = 'SIGNED' and format = 'PDF'", r.id).firstResult();
        if (f == null) {
            throw ProblemException.conflict("report " + r.id + " has no signed PDF");
        }
        return f;
    }

    private Rendered render(Report r) {
        Signer s = r.signatoryName == null ? null
                : new Signer(r.place, LocalDate.now(Fmt.WIB), r.signatoryPosition, r.signatoryName, r.signatoryNip);
        RenderOptions o = new RenderOptions(s, r.documentNumber, r.counterparty);
        return documents.render(new DocumentSubject(r.kind, r.subjectId, r.agencyCode, r.provinceCode, r.year, r.period), o);
    }

    private void store(Report r, String purpose, String format, String contentType, String name, byte[] bytes,
            boolean signed) {
        ReportFile f = new ReportFile();
        f.id = UUID.randomUUID();
        f.reportId = r.id;
        f.seq = (int) ReportFile.count("reportId", r.id) + 1;
        f.purpose = purpose;
        f.format = format;
        f.contentType = contentType;
        f.fileName = name;
        f.content = bytes;
        f.sha256 = AttachmentStore.sha256(bytes);
        f.sizeBytes = bytes.length;
        f.signed = signed;
        f.createdBy = caller.subject();
        f.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        f.persist();
    }

    @Transactional
    public StoredFile file(UUID id, UUID fileId) {
        Report r = readable(id);
        ReportFile f = ReportFile.findById(fileId);
        if (f == null || !f.reportId.equals(r.id)) {
            throw ProblemException.notFound("file", fileId);
        }
        return new StoredFile(f.fileName, f.contentType, f.content, f.sha256);
    }

    @Transactional
    public Page<ReportDtos.View> list(PageQuery page, String agencyCode, DocumentKind kind, Integer year) {
        var sort = page.toSort("orderedAt", Set.of("orderedAt", "year", "kind", "status"));
        Filter f = Filter.scopedTo(caller, agencyCode).eq("kind", kind).eq("year", year);
        return Page.of(Report.find(f.query(), sort, f.params()), page, this::viewOf);
    }

    private static Party party(ReportDtos.Party p) {
        return p == null ? null : new Party(p.name(), p.nip(), p.position());
    }

    @Override
    protected ReportDtos.View viewOf(Report r) {
        List<ReportDtos.FileView> files = ReportFile.<ReportFile>list("reportId = ?1 order by seq", r.id).stream()
                .map(f -> new ReportDtos.FileView(f.id, f.seq, f.purpose, f.format, f.fileName, f.sha256, f.sizeBytes,
                        f.signed, f.createdBy, f.createdAt, "/reports/" + r.id + "/files/" + f.id))
                .toList();
        return new ReportDtos.View(r.id, r.agencyCode, r.kind, r.year, r.period, r.subjectId, r.reportVersion,
                r.supersedesId, r.status, SopInstance.currentStepOf(r.id), r.title,
                r.documentNumber, r.signedBy, r.signedAt, r.sentAt, r.version, files);
    }
}
