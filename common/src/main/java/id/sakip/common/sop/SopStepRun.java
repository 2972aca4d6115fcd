package id.sakip.common.sop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of one step: when it started and ended, who did it, what it produced. */
@Entity
@Table(name = "sop_step_run")
public class SopStepRun extends PanacheEntityBase {
    @Id
    public UUID id;
    /** Order of the runs (a run recorded with an earlier startedAt still comes after the one before it). */
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "instance_id")
    public UUID instanceId;
    public int position;
    @Column(name = "step_key")
    public String stepKey;
    public int iteration;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    public String actor;
    public String outcome;
    public String note;
    @Column(name = "document_title")
    public String documentTitle;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_date")
    public LocalDate documentDate;
    @Column(name = "attachment_ids")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<UUID> attachmentIds;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> links;

    public static SopStepRun open(UUID instanceId, int position) {
        return SopStepRun.<SopStepRun>find("instanceId = ?1 and position = ?2 and endedAt is null", instanceId, position)
                .firstResult();
    }
}
