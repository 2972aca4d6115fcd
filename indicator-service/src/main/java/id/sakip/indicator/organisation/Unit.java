package id.sakip.indicator.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A data-supplying unit of an agency (Sekretariat, Bidang, Seksi, Subbag, UPT). Its name is dated. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    public String code;
    @Enumerated(EnumType.STRING)
    public UnitKind kind;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    public List<UnitName> names = new ArrayList<>();

    /** The name in force on {@code date}: the latest name whose validFrom is not after it (or the first name). */
    public String nameOn(LocalDate date) {
        String name = names.isEmpty() ? null : names.get(0).name;
        for (UnitName n : names) {
            if (!n.validFrom.isAfter(date)) {
                name = n.name;
            }
        }
        return name;
    }

    public enum UnitKind {
        SEKRETARIAT, BIDANG, SEKSI, SUBBAG, UPT
    }
}
