package id.sakip.collection.round;

import id.sakip.common.audit.AuditLog;
import id.sakip.common.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Records a state change of a round or one of its forms, by the caller: in the round's own trail
 * (GET /rounds/{id}/recap/audit) and in the agency's hash-chained audit log (GET /audit), in the
 * transaction of the change.
 */
@ApplicationScoped
public class RoundAuditTrail {
    private final AuditLog audit;
    private final CallerContext caller;

    public RoundAuditTrail(AuditLog audit, CallerContext caller) {
        this.audit = audit;
        this.caller = caller;
    }

    public void record(CollectionRound round, UUID formId, String action, Object from, Object to, String reason) {
        RoundAudit.record(round.id, formId, caller.subject(), action, from, to, reason);
        audit.record(round.agencyCode, caller.subject(), action, formId == null ? "round" : "form",
                formId == null ? round.id : formId, state(round, formId, from), state(round, formId, to), reason);
    }

    private static Map<String, Object> state(CollectionRound round, UUID formId, Object status) {
        if (status == null) {
            return null;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("status", status.toString());
        if (formId != null) {
            m.put("roundId", round.id.toString());
        }
        return m;
    }
}
