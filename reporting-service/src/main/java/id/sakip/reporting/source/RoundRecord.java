package id.sakip.reporting.source;

import id.sakip.common.event.v1.RecapApproved;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A collection round as its events tell it: each unit's deadline and submission, every return with
 * its reason, and the approved recap's rows (the latest recap version).
 */
@Entity
@Table(name = "round_record")
public class RoundRecord extends PanacheEntityBase {
    @Id
    @Column(name = "round_id")
    public UUID roundId;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
    public int year;
    public String period;
    @Column(name = "recap_version")
    public int recapVersion;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
    @Column(name = "approved_by_name")
    public String approvedByName;
    @Column(name = "approved_by_nip")
    public String approvedByNip;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RecapApproved.Row> rows;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Unit> units = new TreeMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Return> returns = new ArrayList<>();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** One unit's deadline and its (latest) submission: who (login, name, NIP) and when. */
    @Schema(name = "RoundUnit")
    public record Unit(OffsetDateTime deadline, String submittedBy, OffsetDateTime submittedAt, String submittedByName,
            String submittedByNip) {
        /** A unit with its deadline, not submitted yet. */
        public static Unit due(OffsetDateTime deadline) {
            return new Unit(deadline, null, null, null, null);
        }

        public Unit withDeadline(OffsetDateTime newDeadline) {
            return new Unit(newDeadline, submittedBy, submittedAt, submittedByName, submittedByNip);
        }

        public boolean late() {
            return deadline != null && submittedAt != null && submittedAt.isAfter(deadline);
        }
    }

    /** A form sent back to its unit: by whom, when, why. */
    @Schema(name = "FormReturn")
    public record Return(String unitCode, String by, OffsetDateTime at, String reason) {
    }
}
