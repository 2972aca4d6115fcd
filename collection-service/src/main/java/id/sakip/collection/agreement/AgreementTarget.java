package id.sakip.collection.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One indicator of an agreement copy: its targets and the unit that reports it. */
@Entity
@Table(name = "agreement_target")
public class AgreementTarget {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public AgreementCopy agreement;
    public int position;
    @Column(name = "indicator_code")
    public String indicatorCode;
    @Column(name = "indicator_name")
    public String indicatorName;
    public String sasaran;
    @Column(name = "unit_of_measure")
    public String unitOfMeasure;
    public String polarity;
    public String aggregation;
    @Column(name = "responsible_unit")
    public String responsibleUnit;
    @Column(name = "annual_target")
    public BigDecimal annualTarget;
    @Column(name = "q1_target")
    public BigDecimal q1;
    @Column(name = "q2_target")
    public BigDecimal q2;
    @Column(name = "q3_target")
    public BigDecimal q3;
    @Column(name = "q4_target")
    public BigDecimal q4;
    /** Upper bounds of a RANGE indicator (annual, then Q1..Q4), else null. */
    @Column(name = "annual_target_upper")
    public BigDecimal annualTargetUpper;
    @Column(name = "quarter_targets_upper")
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public java.util.List<BigDecimal> quarterTargetsUpper;

    /** Upper bound of a quarter's target for RANGE indicators, else null. */
    public BigDecimal quarterTargetUpper(String period) {
        return quarterTargetsUpper == null ? null : quarterTargetsUpper.get(Integer.parseInt(period.substring(1)) - 1);
    }

    /** Target of a quarter {@code Q1..Q4}. */
    public BigDecimal quarterTarget(String period) {
        return switch (period) {
            case "Q1" -> q1;
            case "Q2" -> q2;
            case "Q3" -> q3;
            case "Q4" -> q4;
            default -> throw new IllegalArgumentException("unknown period " + period);
        };
    }
}
