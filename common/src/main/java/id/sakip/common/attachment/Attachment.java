package id.sakip.common.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A file attached to a procedure run (minutes, a disposition, evidence of a value). */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    /** The round, measurement or report it belongs to. */
    @Column(name = "owner_id")
    public UUID ownerId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
}
