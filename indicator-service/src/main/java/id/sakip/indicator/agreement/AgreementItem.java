package id.sakip.indicator.agreement;

import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.indicator.indicator.Indicator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One indicator of an agreement with its annual target and quarterly targets (Rencana Aksi). */
@Entity
@Table(name = "agreement_item")
public class AgreementItem {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public PerformanceAgreement agreement;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    public int position;
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
    /** Monthly targets (January..December) of a monthly indicator, else null. */
    @Column(name = "month_targets")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<BigDecimal> monthTargets;
    /** Upper bounds of a RANGE indicator's targets (the fields above are then the lower bounds). */
    @Column(name = "annual_target_upper")
    public BigDecimal annualTargetUpper;
    @Column(name = "quarter_targets_upper")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<BigDecimal> quarterTargetsUpper;
    @Column(name = "month_targets_upper")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<BigDecimal> monthTargetsUpper;

    public List<BigDecimal> quarters() {
        return List.of(q1, q2, q3, q4);
    }

    /** This item in the PerformanceAgreementSigned event, with the Renstra tujuan above its indicator. */
    PerformanceAgreementSigned.Item signedItem(String tujuan) {
        return new PerformanceAgreementSigned.Item(indicator.code, indicator.name, indicator.kind.name(),
                indicator.sasaran, indicator.unitOfMeasure, indicator.polarity, indicator.aggregation,
                indicator.frequency.name(), indicator.responsibleUnit, annualTarget, quarters(), monthTargets,
                annualTargetUpper, quarterTargetsUpper, monthTargetsUpper, indicator.predicateScale, tujuan,
                indicator.baseline, indicator.endTarget);
    }
}
