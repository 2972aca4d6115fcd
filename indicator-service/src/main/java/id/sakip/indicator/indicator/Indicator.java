package id.sakip.indicator.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Indikator Kinerja of an agency. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public IndicatorEnums.Kind kind;
    public String sasaran;
    @Column(name = "unit_of_measure")
    public String unitOfMeasure;
    @Enumerated(EnumType.STRING)
    public IndicatorEnums.Polarity polarity;
    @Enumerated(EnumType.STRING)
    public IndicatorEnums.Aggregation aggregation;
    @Enumerated(EnumType.STRING)
    public IndicatorEnums.Frequency frequency;
    @Column(name = "responsible_unit")
    public String responsibleUnit;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
