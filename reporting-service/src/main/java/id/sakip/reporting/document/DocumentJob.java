package id.sakip.reporting.document;

import id.sakip.common.security.AgencyScoped;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document to generate off the request thread. */
@Entity
@Table(name = "document_job")
public class DocumentJob extends PanacheEntityBase implements AgencyScoped {
    @Schema(name = "DocumentJobStatus")
    public enum Status {
        PENDING, DONE, FAILED
    }

    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "province_code")
    public String provinceCode;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    @Column(name = "subject_id")
    public UUID subjectId;
    public Integer year;
    public String format;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String error;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Override
    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public String provinceCode() {
        return provinceCode;
    }
}
