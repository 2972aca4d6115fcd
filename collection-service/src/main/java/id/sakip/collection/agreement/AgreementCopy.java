package id.sakip.collection.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** This service's copy of a signed Perjanjian Kinerja, built from PerformanceAgreementSigned. */
@Entity
@Table(name = "agreement_copy")
public class AgreementCopy extends PanacheEntityBase {
    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
    public int year;
    @Column(name = "agreement_version")
    public int agreementVersion;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgreementTarget> targets = new ArrayList<>();

    /** The agreement in force for an agency and year: the signed one with the highest version. */
    public static AgreementCopy current(String agencyCode, int year) {
        return find("agencyCode = ?1 and year = ?2 order by agreementVersion desc", agencyCode, year).firstResult();
    }
}
