package id.sakip.measurement.round;

import id.sakip.common.event.v1.MeasurementApproved;
import id.sakip.common.event.v1.MeasurementSigned;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.sop.SopAggregateEntity;
import id.sakip.measurement.measurement.Measurement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One run of the measurement SOP (Pengukuran Kinerja) for an agency and period. */
@Entity
@Table(name = "measurement_round")
public class MeasurementRound extends SopAggregateEntity {
    /** Where the run stands; the SOP step under way is in its timeline. */
    @Schema(name = "MeasurementRoundStatus")
    public enum Status {
        OPEN, APPROVED, SIGNED, ARCHIVED
    }

    public int year;
    public String period;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "ordered_by")
    public String orderedBy;
    @Column(name = "ordered_at")
    public OffsetDateTime orderedAt;
    /** The measurement (version) this run computed, reviewed and signed. */
    @Column(name = "measurement_id")
    public UUID measurementId;
    @Column(name = "measurement_version")
    public Integer measurementVersion;
    @Column(name = "computed_by")
    public String computedBy;
    @Column(name = "computed_at")
    public OffsetDateTime computedAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
    @Column(name = "signed_by")
    public String signedBy;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @Column(name = "signatory_name")
    public String signatoryName;
    @Column(name = "signatory_nip")
    public String signatoryNip;
    @Column(name = "signatory_position")
    public String signatoryPosition;
    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    @Override
    public String noun() {
        return "measurement round";
    }

    @Override
    public String readOnlyReason() {
        return status == Status.ARCHIVED ? "archived: read-only" : null;
    }

    /**
     * The head's order (step 1) to measure a period; the region and province come from the agency's
     * latest measurement, when there is one (the computation step sets them in any case).
     */
    public static MeasurementRound order(String agencyCode, int year, String period, Measurement latest,
            String actor, OffsetDateTime now) {
        MeasurementRound r = new MeasurementRound();
        r.id = UUID.randomUUID();
        r.agencyCode = agencyCode;
        r.year = year;
        r.period = period;
        r.status = Status.OPEN;
        r.orderedBy = actor;
        r.orderedAt = now;
        if (latest != null) {
            r.regionCode = latest.regionCode;
            r.provinceCode = latest.provinceCode;
        }
        return r;
    }

    /** The computation step takes the period's current measurement into the worksheet. */
    public void compute(Measurement m, String actor, OffsetDateTime now) {
        if (m == null) {
            throw ProblemException.conflict("no approved recap of " + agencyCode + " " + year + " " + period
                    + " has been measured yet: the collection round must be approved first");
        }
        measurementId = m.id;
        measurementVersion = m.versionNo;
        regionCode = m.regionCode;
        provinceCode = m.provinceCode;
        computedBy = actor;
        computedAt = now;
    }

    /** The Sekretaris approves the measurement; whoever computed it may not (separation of duties). */
    public MeasurementApproved approve(Measurement m, String actor, OffsetDateTime now) {
        if (actor.equals(computedBy)) {
            throw ProblemException.forbidden("you computed this measurement: someone else reviews it");
        }
        status = Status.APPROVED;
        approvedBy = actor;
        approvedAt = now;
        return new MeasurementApproved(id, m.id, m.roundId, m.versionNo, agencyCode, regionCode, provinceCode, year,
                period, m.averageCapaian, m.category, m.achievedCount, m.notAchievedCount, approvedBy, approvedAt);
    }

    /** Returned for completion: the computation is to be done again. */
    public void returnForCompletion() {
        computedBy = null;
        computedAt = null;
    }

    /** The head signs the approved measurement (MeasurementSigned); the signatory is required. */
    public MeasurementSigned sign(Measurement m, PerformanceAgreementSigned.Signatory signatory, String actor,
            OffsetDateTime now) {
        if (status != Status.APPROVED) {
            throw ProblemException.conflict("only an approved measurement is signed; this one is " + status);
        }
        if (signatory == null) {
            throw ProblemException.unprocessable("signatory", "is required to sign: name, NIP and position");
        }
        status = Status.SIGNED;
        signedBy = actor;
        signedAt = now;
        signatoryName = signatory.name();
        signatoryNip = signatory.nip();
        signatoryPosition = signatory.position();
        return new MeasurementSigned(id, m.id, m.roundId, m.versionNo, agencyCode, regionCode, provinceCode, year,
                period, signedBy, signedAt, signatory);
    }

    /** The run is archived: read-only. */
    public void archive(OffsetDateTime now) {
        status = Status.ARCHIVED;
        archivedAt = now;
    }
}
