package id.sakip.reporting.source;

import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.vocabulary.AgreementKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A signed PK (any kind, any version) as its event carried it. */
@Entity
@Table(name = "pk_record")
public class PkRecord extends PanacheEntityBase {
    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Column(name = "agency_code")
    public String agencyCode;
    public int year;
    @Enumerated(EnumType.STRING)
    public AgreementKind kind;
    @Column(name = "signatory_unit")
    public String signatoryUnit;
    @Column(name = "agreement_version")
    public int agreementVersion;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public PerformanceAgreementSigned payload;

    /** The head's PK in force for a year: the highest version. */
    public static PkRecord headOf(String agencyCode, int year) {
        return find("agencyCode = ?1 and year = ?2 and kind = ?3 order by agreementVersion desc", agencyCode, year,
                AgreementKind.HEAD)
                .firstResult();
    }
}
