package id.sakip.indicator.agreement;

import id.sakip.common.event.EventScope;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.vocabulary.AgreementKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Perjanjian Kinerja (PK) of an agency for a year; a revision (PK Perubahan) is a new row with a higher agreementVersion. */
@Entity
@Table(name = "performance_agreement")
public class PerformanceAgreement extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    public int year;
    @Column(name = "agreement_version")
    public int agreementVersion;
    @Enumerated(EnumType.STRING)
    public AgreementStatus status;
    /** HEAD: the head's PK; INDIVIDUAL: a unit head's PK of IKI indicators. */
    @Enumerated(EnumType.STRING)
    public AgreementKind kind = AgreementKind.HEAD;
    @Column(name = "signatory_unit")
    public String signatoryUnit;
    /** The signed version this one revises (PK Perubahan), or null for a first version. */
    @Column(name = "supersedes_id")
    public UUID supersedesId;
    @Column(name = "signatory_name")
    public String signatoryName;
    @Column(name = "signatory_nip")
    public String signatoryNip;
    @Column(name = "signatory_position")
    public String signatoryPosition;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** Optimistic-locking version: a stale update is refused with 409. */
    @Version
    public long version;
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgreementItem> items = new ArrayList<>();

    /**
     * Signing (penandatanganan): a draft becomes the signed PK, which never changes again; a
     * revision's event is PerformanceAgreementRevised.
     *
     * @param scope   the agency's codes
     * @param tujuanOf the Renstra tujuan above a plan node (null when none)
     */
    public PerformanceAgreementSigned sign(PerformanceAgreementSigned.Signatory signatory, EventScope scope,
            OffsetDateTime now, Function<UUID, String> tujuanOf) {
        if (status != AgreementStatus.DRAFT) {
            throw ProblemException.conflict("agreement " + id + " is already " + status);
        }
        status = AgreementStatus.SIGNED;
        signatoryName = signatory.name();
        signatoryNip = signatory.nip();
        signatoryPosition = signatory.position();
        signedAt = now;
        return new PerformanceAgreementSigned(id, agencyCode, scope.regionCode(), scope.provinceCode(), year,
                agreementVersion, kind, signatoryUnit, supersedesId, signedAt, signatory,
                items.stream().map(i -> i.signedItem(tujuanOf.apply(i.indicator.nodeId))).toList());
    }
}
