package id.sakip.indicator.agency;

import id.sakip.common.event.EventScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Instansi: one accountable government body, identified by its code, with Kemendagri region codes. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public AgencyType type;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
    public String address;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    public EventScope scope() {
        return new EventScope(code, regionCode, provinceCode);
    }
}
