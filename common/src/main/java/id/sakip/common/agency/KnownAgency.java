package id.sakip.common.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An agency this service knows to exist: registered in indicator-service, which owns agencies, and
 * learned from its AgencyRegistered events (indicator-service writes its own entries directly).
 * Writes on behalf of an agency, and reads across a province boundary, are checked against it.
 */
@Entity
@Table(name = "agency_directory")
public class KnownAgency extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;
    public String name;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
