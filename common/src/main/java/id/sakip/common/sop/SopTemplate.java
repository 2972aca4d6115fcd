package id.sakip.common.sop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agency's own variant of a procedure; every change is a new version. */
@Entity
@Table(name = "sop_template")
public class SopTemplate extends PanacheEntityBase {
    @Id
    public UUID id;
    public String procedure;
    @Column(name = "agency_code")
    public String agencyCode;
    public int version;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SopStep> steps;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static SopTemplate latest(String procedure, String agencyCode) {
        return SopTemplate.<SopTemplate>find("procedure = ?1 and agencyCode = ?2 order by version desc", procedure,
                agencyCode).firstResult();
    }
}
