package id.sakip.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A generated file of a report, with its SHA-256. Files are only ever added, never changed. */
@Entity
@Table(name = "report_file")
public class ReportFile extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "report_id")
    public UUID reportId;
    public int seq;
    /** DRAFT, CORRECTED, FINAL, SIGNED, COVER_LETTER. */
    public String purpose;
    /** PDF or XLSX. */
    public String format;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "file_name")
    public String fileName;
    public String sha256;
    @Column(name = "size_bytes")
    public long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    public boolean signed;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
