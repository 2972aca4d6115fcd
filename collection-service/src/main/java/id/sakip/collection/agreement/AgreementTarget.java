package id.sakip.collection.agreement;

import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Period;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.common.vocabulary.ScalePoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    @Enumerated(EnumType.STRING)
    public Polarity polarity;
    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;
    /** QUARTERLY or MONTHLY (monthly indicators also have quarterly targets). */
    public String frequency;
    @Column(name = "month_targets")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<BigDecimal> monthTargets;
    @Column(name = "month_targets_upper")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<BigDecimal> monthTargetsUpper;
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
    @JdbcTypeCode(SqlTypes.JSON)
    public List<BigDecimal> quarterTargetsUpper;

    /** The predicate scale of a predicate indicator (its targets are numbers of the scale), else null. */
    @Column(name = "predicate_scale")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScalePoint> predicateScale;

    /** Whether the indicator is collected in a round of this period ({@code Q1..Q4} or {@code M01..M12}). */
    public boolean collectedIn(String period) {
        return Period.parse(period).quarterly() || monthTargets != null;
    }

    /** Target of a period: a quarter {@code Q1..Q4} or a month {@code M01..M12}. */
    public BigDecimal periodTarget(String period) {
        Period p = Period.parse(period);
        return p.quarterly() ? List.of(q1, q2, q3, q4).get(p.index()) : monthTargets.get(p.index());
    }

    /** Upper bound of a period's target for RANGE indicators, else null. */
    public BigDecimal periodTargetUpper(String period) {
        Period p = Period.parse(period);
        List<BigDecimal> uppers = p.quarterly() ? quarterTargetsUpper : monthTargetsUpper;
        return uppers == null ? null : uppers.get(p.index());
    }

    /**
     * Target to date: for a kumulatif indicator the sum of the targets of the periods so far (the
     * periods add up to the annual target); for rata-rata and posisi akhir the period's own target.
     */
    public BigDecimal targetToDate(String period) {
        if (aggregation != Aggregation.CUMULATIVE) {
            return periodTarget(period);
        }
        Period p = Period.parse(period);
        List<BigDecimal> all = p.quarterly() ? List.of(q1, q2, q3, q4) : monthTargets;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i <= p.index(); i++) {
            sum = sum.add(all.get(i));
        }
        return sum;
    }
}
