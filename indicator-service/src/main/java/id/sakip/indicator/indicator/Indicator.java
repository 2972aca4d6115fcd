package id.sakip.indicator.indicator;

import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.common.vocabulary.ScalePoint;
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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    public Polarity polarity;
    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;
    @Enumerated(EnumType.STRING)
    public IndicatorEnums.Frequency frequency;
    @Column(name = "responsible_unit")
    public String responsibleUnit;
    @Column(name = "node_id")
    public UUID nodeId;
    /** The indicator one level up that this one supports (cascading). */
    @Column(name = "supports_id")
    public UUID supportsId;
    /** Definisi operasional. */
    public String definition;
    public String formula;
    @Column(name = "data_source")
    public String dataSource;
    public BigDecimal baseline;
    /** The Renstra end-of-plan target. */
    @Column(name = "end_target")
    public BigDecimal endTarget;
    /** For predicate units (e.g. audit opinions): each label and the number it counts as. */
    @Column(name = "predicate_scale")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScalePoint> predicateScale;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
