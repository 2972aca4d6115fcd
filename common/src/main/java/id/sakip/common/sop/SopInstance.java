package id.sakip.common.sop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of a procedure, with the steps it started with; {@code currentPosition} is null when finished. */
@Entity
@Table(name = "sop_instance")
public class SopInstance extends PanacheEntityBase {
    @Id
    public UUID id;
    public String procedure;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "template_name")
    public String templateName;
    @Column(name = "template_version")
    public int templateVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SopStep> steps;
    /** 1-based position of the step under way, null when the procedure is finished. */
    @Column(name = "current_position")
    public Integer currentPosition;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    @Version
    public long version;

    /** The key of the step under way of an aggregate's procedure; null when it has finished or never started. */
    public static String currentStepOf(UUID aggregateId) {
        SopInstance i = findById(aggregateId);
        return i == null || i.current() == null ? null : i.current().key();
    }

    public SopStep current() {
        return currentPosition == null ? null : steps.get(currentPosition - 1);
    }

    /** Position (1-based) of the step bound to the action, or -1. */
    public int positionOf(String action) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).action().equals(action)) {
                return i + 1;
            }
        }
        return -1;
    }
}
