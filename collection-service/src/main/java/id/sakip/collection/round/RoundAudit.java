package id.sakip.collection.round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One state change of a round or form: who, when, from which state to which, and why. Append-only. */
@Entity
@Table(name = "round_audit")
public class RoundAudit extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "round_id")
    public UUID roundId;
    @Column(name = "form_id")
    public UUID formId;
    public OffsetDateTime at;
    public String actor;
    public String action;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    public String reason;

    public static void record(UUID roundId, UUID formId, String actor, String action, Object from, Object to,
            String reason) {
        RoundAudit a = new RoundAudit();
        a.id = UUID.randomUUID();
        a.roundId = roundId;
        a.formId = formId;
        a.at = OffsetDateTime.now(ZoneOffset.UTC);
        a.actor = actor;
        a.action = action;
        a.fromStatus = from == null ? null : from.toString();
        a.toStatus = to == null ? null : to.toString();
        a.reason = reason;
        a.persist();
    }
}
