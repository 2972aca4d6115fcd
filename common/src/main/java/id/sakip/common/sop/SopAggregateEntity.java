package id.sakip.common.sop;

import id.sakip.common.event.EventScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * The columns every aggregate that follows an SOP has: its id (its procedure instance's), its agency
 * with region and province (its scope, and its events' filter headers), and its version.
 */
@MappedSuperclass
public abstract class SopAggregateEntity extends PanacheEntityBase implements SopAggregate {
    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
    @Version
    public long version;

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public String provinceCode() {
        return provinceCode;
    }

    /** The scope its events carry. */
    public EventScope scope() {
        return new EventScope(agencyCode, regionCode, provinceCode);
    }
}
