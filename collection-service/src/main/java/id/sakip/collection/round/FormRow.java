package id.sakip.collection.round;

import id.sakip.collection.agreement.AgreementTarget;
import id.sakip.common.event.v1.FormSubmitted;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.common.vocabulary.PredicateScale;
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

/** One row of a form: No, Sasaran, Indikator, Satuan, Target Tahunan, Target Periode, Realisasi, Keterangan. */
@Entity
@Table(name = "form_row")
public class FormRow {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "form_id")
    public CollectionForm form;
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
    @Column(name = "annual_target")
    public BigDecimal annualTarget;
    @Column(name = "period_target")
    public BigDecimal periodTarget;
    /** Upper bounds for RANGE indicators (the targets above are then the lower bounds), else null. */
    @Column(name = "annual_target_upper")
    public BigDecimal annualTargetUpper;
    @Column(name = "period_target_upper")
    public BigDecimal periodTargetUpper;
    /** Target to date (kumulatif: the sum of the periods so far; otherwise the period's target). */
    @Column(name = "target_to_date")
    public BigDecimal targetToDate;
    public BigDecimal realisasi;
    /** A predicate indicator's scale: its targets and realisasi are numbers of it, shown as labels. */
    @Column(name = "predicate_scale")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScalePoint> predicateScale;
    /** Bukti dukung: attached files of the round, or links. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Evidence> evidence;
    public String keterangan;
    /** Far off the unit's own history: shown to the reviewer, not rejected. */
    public boolean flagged;
    @Column(name = "flag_reason")
    public String flagReason;

    /** Row {@code position} of a form: an agreement target as the period asks for it. */
    static FormRow of(CollectionForm form, int position, AgreementTarget t, String period) {
        FormRow row = new FormRow();
        row.id = UUID.randomUUID();
        row.form = form;
        row.position = position;
        row.indicatorCode = t.indicatorCode;
        row.indicatorName = t.indicatorName;
        row.sasaran = t.sasaran;
        row.unitOfMeasure = t.unitOfMeasure;
        row.polarity = t.polarity;
        row.annualTarget = t.annualTarget;
        row.periodTarget = t.periodTarget(period);
        row.targetToDate = t.targetToDate(period);
        row.annualTargetUpper = t.annualTargetUpper;
        row.periodTargetUpper = t.periodTargetUpper(period);
        row.predicateScale = t.predicateScale;
        return row;
    }

    /** Whether the realisasi misses the period target, by the indicator's polarity. */
    public boolean missesTarget() {
        if (realisasi == null || periodTarget == null) {
            return false;
        }
        return switch (polarity == null ? Polarity.HIGHER_IS_BETTER : polarity) {
            case LOWER_IS_BETTER -> realisasi.compareTo(periodTarget) > 0;
            case RANGE -> realisasi.compareTo(periodTarget) < 0
                    || (periodTargetUpper != null && realisasi.compareTo(periodTargetUpper) > 0);
            case HIGHER_IS_BETTER -> realisasi.compareTo(periodTarget) < 0;
        };
    }

    /** This row in the recap of the unit whose form it is. */
    public RecapApproved.Row recapRow(String unitCode) {
        return new RecapApproved.Row(indicatorCode, indicatorName, sasaran, unitOfMeasure, polarity, unitCode,
                annualTarget, periodTarget, realisasi, keterangan, annualTargetUpper, periodTargetUpper,
                predicateScale, PredicateScale.label(predicateScale, realisasi));
    }

    /** This row in the FormSubmitted event. */
    public FormSubmitted.Row submittedRow() {
        return new FormSubmitted.Row(indicatorCode, realisasi, keterangan, PredicateScale.label(predicateScale, realisasi));
    }
}
