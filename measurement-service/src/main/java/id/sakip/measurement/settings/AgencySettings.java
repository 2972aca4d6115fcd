package id.sakip.measurement.settings;

import id.sakip.measurement.capaian.CapaianSettings;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agency's capaian settings; an agency without a row uses {@link CapaianSettings#DEFAULT}. */
@Entity
@Table(name = "capaian_settings")
public class AgencySettings extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "lower_is_better")
    public CapaianSettings.LowerIsBetter lowerIsBetter;
    public BigDecimal cap;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CapaianSettings.Band> bands;
    @Enumerated(EnumType.STRING)
    @Column(name = "roll_up")
    public CapaianSettings.RollUp rollUp;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** The settings the engine uses for an agency. */
    public static CapaianSettings of(String agencyCode) {
        AgencySettings s = findById(agencyCode);
        return s == null ? CapaianSettings.DEFAULT : new CapaianSettings(s.lowerIsBetter, s.cap, s.bands, s.rollUp);
    }
}
