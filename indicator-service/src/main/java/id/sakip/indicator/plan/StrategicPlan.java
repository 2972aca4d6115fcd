package id.sakip.indicator.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Renstra: an agency's five-year strategic plan. */
@Entity
@Table(name = "strategic_plan")
public class StrategicPlan extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    public String name;
    @Column(name = "start_year")
    public int startYear;
    @Column(name = "end_year")
    public int endYear;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
