package id.sakip.reporting.report;

import id.sakip.common.event.v1.ReportPublished;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.sop.SopAggregateEntity;
import id.sakip.reporting.document.DocumentKind;
import id.sakip.reporting.document.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of one document on its way through the report SOP. */
@Entity
@Table(name = "report")
public class Report extends SopAggregateEntity {
    /** draft → corrected → final → approved → signed → numbered → sent. */
    @Schema(name = "ReportStatus")
    public enum Status {
        ORDERED, DRAFT, CORRECTED, FINAL, APPROVED, SIGNED, NUMBERED, SENT
    }

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    public int year;
    public String period;
    /** The round (collection report), measurement (measurement report) or agreement (PK). */
    @Column(name = "subject_id")
    public UUID subjectId;
    @Column(name = "report_version")
    public int reportVersion;
    @Column(name = "supersedes_id")
    public UUID supersedesId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String title;
    @Column(name = "document_number")
    public String documentNumber;
    public String place;
    @Column(name = "signatory_name")
    public String signatoryName;
    @Column(name = "signatory_nip")
    public String signatoryNip;
    @Column(name = "signatory_position")
    public String signatoryPosition;
    @JdbcTypeCode(SqlTypes.JSON)
    public Party counterparty;
    @Column(name = "signed_by")
    public String signedBy;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "ordered_by")
    public String orderedBy;
    @Column(name = "ordered_at")
    public OffsetDateTime orderedAt;

    @Override
    public String noun() {
        return "report";
    }

    @Override
    public String readOnlyReason() {
        return status == Status.SENT ? "sent: read-only" : null;
    }

    /** The head's order (step 1) of a document about a subject (round, measurement, agreement) of the agency. */
    public static Report order(String agencyCode, DocumentKind kind, UUID subjectId, Party counterparty, String actor,
            OffsetDateTime now) {
        Report r = new Report();
        r.id = UUID.randomUUID();
        r.agencyCode = agencyCode;
        r.kind = kind;
        r.subjectId = subjectId;
        r.counterparty = counterparty;
        r.reportVersion = 1;
        r.status = Status.ORDERED;
        r.orderedBy = actor;
        r.orderedAt = now;
        return r;
    }

    /**
     * A correction: the next version of this signed report, ordered again; this one stays as it is.
     * 409 before it is signed, or when it already has a newer version.
     */
    public Report revision(boolean superseded, UUID newSubjectId, Party newCounterparty, String actor,
            OffsetDateTime now) {
        if (signedAt == null) {
            throw ProblemException.conflict("report " + id + " is not signed yet: correct it within its own flow");
        }
        if (superseded) {
            throw ProblemException.conflict("report " + id + " already has a newer version");
        }
        Report r = order(agencyCode, kind, newSubjectId, newCounterparty, actor, now);
        r.regionCode = regionCode;
        r.provinceCode = provinceCode;
        r.year = year;
        r.period = period;
        r.reportVersion = reportVersion + 1;
        r.supersedesId = id;
        r.title = title;
        return r;
    }

    /** Dispatch (pengiriman): the signed file goes out, ReportPublished tells the province and the archive. */
    public ReportPublished send(ReportFile signed, OffsetDateTime now) {
        status = Status.SENT;
        sentAt = now;
        return new ReportPublished(id, kind.name(), agencyCode, regionCode, provinceCode, year, period, reportVersion,
                documentNumber, title, signed.sha256, signed.sizeBytes, "/reports/" + id + "/files/" + signed.id,
                signedBy, signedAt, sentAt);
    }
}
