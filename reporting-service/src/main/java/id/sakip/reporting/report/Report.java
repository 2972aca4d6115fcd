package id.sakip.reporting.report;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of one document on its way through the report SOP. */
@Entity
@Table(name = "report")
public class Report extends SopAggregateEntity {
    /** draft → corrected → final → approved → signed → numbered → sent. */
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
}
