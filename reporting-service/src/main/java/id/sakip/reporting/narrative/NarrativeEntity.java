package id.sakip.reporting.narrative;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The agency's narrative for one sasaran in the LKjIP: causes, solutions, supporting programs. */
@Entity
@Table(name = "lkjip_narrative")
public class NarrativeEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    public int year;
    public String sasaran;
    public String causes;
    public String solutions;
    public String programs;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
