package id.sakip.reporting.summary;

import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.security.AgencyScoped;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Read model of one computed measurement, from MeasurementComputed. */
@Entity
@Table(name = "measurement_summary")
public class MeasurementSummary extends PanacheEntityBase implements AgencyScoped {
    @Id
    @Column(name = "measurement_id")
    public UUID measurementId;
    @Column(name = "round_id")
    public UUID roundId;
    @Column(name = "measurement_version")
    public int measurementVersion;
    /** A later version of the round's measurement has arrived. */
    public boolean superseded;
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
    @JdbcTypeCode(SqlTypes.JSON)
    public String indicators;
    /** The whole event, for the documents. */
    @JdbcTypeCode(SqlTypes.JSON)
    public MeasurementComputed payload;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
    @Column(name = "signed_by")
    public String signedBy;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** The latest period's current measurement of a year, or null. */
    public static MeasurementSummary latestOfYear(String agencyCode, int year) {
        return find("agencyCode = ?1 and year = ?2 and superseded = false order by period desc", agencyCode, year)
                .firstResult();
    }

    @Override
    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public String provinceCode() {
        return provinceCode;
    }
}
