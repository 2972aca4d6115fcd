package id.sakip.measurement.measurement;

import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.security.AgencyScoped;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Pengukuran kinerja of an agency for a period: capaian per indicator and the roll-up. */
@Entity
@Table(name = "measurement")
public class Measurement extends PanacheEntityBase implements AgencyScoped {
    @Id
    public UUID id;
    @Column(name = "round_id")
    public UUID roundId;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
    public int year;
    public String period;
    @Column(name = "computed_at")
    public OffsetDateTime computedAt;
    @Column(name = "average_capaian")
    public BigDecimal averageCapaian;
    public String category;
    @Column(name = "achieved_count")
    public int achievedCount;
    @Column(name = "not_achieved_count")
    public int notAchievedCount;
    /** 1 for the first computation of a round, then +1 for each corrected recap. */
    @Column(name = "version_no")
    public int versionNo;
    /** Whether this is the round's latest version. */
    @Column(name = "current_version")
    public boolean current;
    @Column(name = "sasaran_results")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<MeasurementComputed.SasaranResult> sasaranResults;
    @Column(name = "tujuan_results")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<MeasurementComputed.TujuanResult> tujuanResults;
    /** The PK version whose targets were used; null when the PK had not arrived. */
    @Column(name = "agreement_version")
    public Integer agreementVersion;
    /** The recap version it was computed from; null before migration V9. */
    @Column(name = "recap_version")
    public Integer recapVersion;
    /** What made this version: RECAP_APPROVED or AGREEMENT_REVISED. */
    @Column(name = "computed_by")
    public String trigger;
    @OneToMany(mappedBy = "measurement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<MeasurementIndicator> indicators = new ArrayList<>();

    @Override
    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public String provinceCode() {
        return provinceCode;
    }

    /** The MeasurementComputed event of this version. */
    public MeasurementComputed computed() {
        return new MeasurementComputed(id, versionNo, roundId, agencyCode, regionCode, provinceCode, year, period,
                computedAt, averageCapaian, category, achievedCount, notAchievedCount, sasaranResults,
                indicators.stream().map(MeasurementIndicator::result).toList(),
                tujuanResults == null ? List.of() : tujuanResults, agreementVersion, trigger);
    }
}
