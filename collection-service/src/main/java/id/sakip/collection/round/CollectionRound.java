package id.sakip.collection.round;

import id.sakip.common.sop.SopAggregateEntity;
import id.sakip.common.event.EventScope;
import id.sakip.common.sop.SopAggregate;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A collection round (Pengumpulan Data Kinerja) of an agency for one period. */
@Entity
@Table(name = "collection_round")
public class CollectionRound extends SopAggregateEntity {
    public int year;
    public String period;
    @Enumerated(EnumType.STRING)
    public RoundStatus status;
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Column(name = "agreement_version")
    public int agreementVersion;
    @Column(name = "opened_by")
    public String openedBy;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "recap_compiled_by")
    public String recapCompiledBy;
    @Column(name = "recap_compiled_at")
    public OffsetDateTime recapCompiledAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
    /** How many times the recap was approved: 1 after the first approval, +1 after each reopening. */
    @Column(name = "recap_version")
    public int recapVersion;
    @Column(name = "ordered_by")
    public String orderedBy;
    /** The submission deadline set in the plan step (units without their own deadline). */
    @Column(name = "submission_deadline")
    public OffsetDateTime submissionDeadline;
    /** Deadlines of particular units, set in the plan step. */
    @Column(name = "unit_deadlines")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, OffsetDateTime> unitDeadlines;
    @Column(name = "distributed_at")
    public OffsetDateTime distributedAt;
    @Column(name = "archived_by")
    public String archivedBy;
    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;



    @Override
    public String noun() {
        return "round";
    }

    @Override
    public String readOnlyReason() {
        return status == RoundStatus.ARCHIVED ? "archived: read-only" : null;
    }



}
