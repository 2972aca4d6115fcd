package id.sakip.indicator.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An official (pejabat) holding a position from validFrom to validTo (open when null), linked by
 * {@code username} to the person's login at the identity provider.
 */
@Entity
@Table(name = "official")
public class Official extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    public String name;
    public String nip;
    public String position;
    @Enumerated(EnumType.STRING)
    public OfficialRole role;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "tim_sakip")
    public boolean timSakip;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    /** The login at the identity provider (Keycloak username), when linked. */
    public String username;
    @Version
    public long version;

    public boolean activeOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** Role in the SOPs: the head, the secretary, a unit head, staff. */
    public enum OfficialRole {
        KEPALA, SEKRETARIS, UNIT_HEAD, STAF
    }
}
