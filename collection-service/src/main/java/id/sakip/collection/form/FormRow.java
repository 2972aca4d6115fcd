package id.sakip.collection.form;

import id.sakip.common.event.v1.IndicatorDefined.ScalePoint;
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
    public String polarity;
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
}
