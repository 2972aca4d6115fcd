package id.sakip.measurement.agreement;

import id.sakip.common.event.v1.PerformanceAgreementSigned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of a signed HEAD agreement: the items as the event carried them. */
@Entity
@Table(name = "agreement_copy")
public class AgreementCopy extends PanacheEntityBase {
    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Column(name = "agency_code")
    public String agencyCode;
    public int year;
    @Column(name = "agreement_version")
    public int agreementVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<PerformanceAgreementSigned.Item> items;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** The agreement in force: the highest version received for the agency and year. */
    public static AgreementCopy current(String agencyCode, int year) {
        return find("agencyCode = ?1 and year = ?2 order by agreementVersion desc", agencyCode, year).firstResult();
    }

    public PerformanceAgreementSigned.Item item(String indicatorCode) {
        return items.stream().filter(i -> i.indicatorCode().equals(indicatorCode)).findFirst().orElse(null);
    }
}
