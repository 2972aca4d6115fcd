package id.sakip.reporting.report;

import id.sakip.common.event.EventScope;
import id.sakip.reporting.document.DocumentKind;
import id.sakip.reporting.document.DocumentService;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of one document on its way through the report SOP. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {
    /** draft → corrected → final → approved → signed → numbered → sent. */
    public enum Status {
        ORDERED, DRAFT, CORRECTED, FINAL, APPROVED, SIGNED, NUMBERED, SENT
    }

    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
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
    public DocumentService.Party counterparty;
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
    @Version
    public long version;

    public EventScope scope() {
        return new EventScope(agencyCode, regionCode, provinceCode);
    }
}
