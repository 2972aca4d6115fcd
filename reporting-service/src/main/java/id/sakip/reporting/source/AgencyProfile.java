package id.sakip.reporting.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The agency as the letterhead shows it, from AgencyRegistered. */
@Entity
@Table(name = "agency_profile")
public class AgencyProfile extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;
    public String name;
    public String type;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
