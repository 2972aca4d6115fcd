package id.sakip.measurement.measurement;

import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.vocabulary.Aggregation;
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

/** One row of the measurement worksheet (Kertas Kerja Pengukuran). */
@Entity
@Table(name = "measurement_indicator")
public class MeasurementIndicator {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measurement_id")
    public Measurement measurement;
    public int position;
    @Column(name = "indicator_code")
    public String indicatorCode;
    @Column(name = "indicator_name")
    public String indicatorName;
    @Enumerated(EnumType.STRING)
    public Polarity polarity;
    public String sasaran;
    public BigDecimal target;
    /** Upper bound of a RANGE indicator's target (target is then the lower bound). */
    @Column(name = "target_upper")
    public BigDecimal targetUpper;
    public BigDecimal realisasi;
    public BigDecimal capaian;
    public String category;
    public boolean achieved;
    /** The unit's explanation (Keterangan), e.g. why a target was missed. */
    public String keterangan;
    public String tujuan;
    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;
    @Column(name = "annual_target")
    public BigDecimal annualTarget;
    /** The year to date by the aggregation rule (kumulatif: sum; rata-rata: average; posisi akhir: latest). */
    @Column(name = "realisasi_to_date")
    public BigDecimal realisasiToDate;
    @Column(name = "target_to_date")
    public BigDecimal targetToDate;
    @Column(name = "capaian_to_date")
    public BigDecimal capaianToDate;
    /** Realisasi to date against the annual target. */
    @Column(name = "capaian_of_year")
    public BigDecimal capaianOfYear;
    @Column(name = "category_to_date")
    public String categoryToDate;
    @Column(name = "category_of_year")
    public String categoryOfYear;
    /** A predicate indicator's scale: target and realisasi are numbers of it, scored and shown as labels. */
    @Column(name = "predicate_scale")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScalePoint> predicateScale;
    @Column(name = "responsible_unit")
    public String responsibleUnit;
    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    /** This indicator's result as events and views carry it. */
    public MeasurementComputed.IndicatorResult result() {
        return new MeasurementComputed.IndicatorResult(indicatorCode, indicatorName, sasaran, polarity, target,
                targetUpper, realisasi, capaian, category, achieved, tujuan, aggregation, annualTarget,
                realisasiToDate, targetToDate, capaianToDate, capaianOfYear, responsibleUnit, keterangan,
                PredicateScale.label(predicateScale, target), PredicateScale.label(predicateScale, realisasi),
                categoryToDate, categoryOfYear, unitOfMeasure);
    }
}
