package id.sakip.measurement.round;

import id.sakip.common.sop.SopAggregateEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One run of the measurement SOP (Pengukuran Kinerja) for an agency and period. */
@Entity
@Table(name = "measurement_round")
public class MeasurementRound extends SopAggregateEntity {
    /** Where the run stands; the SOP step under way is in its timeline. */
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
}
