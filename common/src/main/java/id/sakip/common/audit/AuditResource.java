package id.sakip.common.audit;

import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail of the service, per agency: read it, and verify that its hash chain is whole.
 * For the agency's leaders (kepala, sekretaris) and admin; another agency answers 404.
 */
@Path("/audit")
@Tag(name = "Audit", description = "Jejak audit: who changed what, when, before and after; a hash chain per agency")
public class AuditResource {
    private final AuditLog log;
    private final EntityManager em;
    private final CallerContext caller;

    public AuditResource(AuditLog log, EntityManager em, CallerContext caller) {
        this.log = log;
        this.em = em;
        this.caller = caller;
    }

    @Schema(name = "AuditEntry",
            description = "One audit record: who did what, when, to which entity; the state before and after as JSON; its chain hash")
    public record Entry(long seq, OffsetDateTime at, String actor, String action, String entityType, String entityId,
            String before, String after, String reason, String hash) {
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS })
    @Operation(summary = "The agency's audit records in order",
            description = "From afterSeq on (0: the first), at most limit (1..500); filter by entity. before and after are JSON.")
    @Transactional
    public List<Entry> list(@QueryParam("agencyCode") @Size(max = 100) String agencyCode,
            @QueryParam("entityType") @Size(max = 60) String entityType,
            @QueryParam("entityId") @Size(max = 100) String entityId,
            @QueryParam("afterSeq") @DefaultValue("0") @Min(0) long afterSeq,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        String agency = caller.actingAgency(agencyCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, at, actor, action, entity_type, entity_id, before_state, "
                + "after_state, reason, hash from audit_record where agency_code = ?1 and seq > ?2 "
                + "and (cast(?3 as varchar) is null or entity_type = ?3) and (cast(?4 as varchar) is null or entity_id = ?4) "
                + "order by seq limit ?5").setParameter(1, agency).setParameter(2, afterSeq).setParameter(3, entityType)
                .setParameter(4, entityId).setParameter(5, limit).getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), AuditLog.toOffset(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9]))
                .toList();
    }

    @GET
    @Path("/verify")
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS })
    @Operation(summary = "Verify the agency's audit chain",
            description = "intact=false names the first record that was changed, removed or does not follow its predecessor.")
    public AuditLog.Verification verify(@QueryParam("agencyCode") @Size(max = 100) String agencyCode) {
        return log.verify(caller.actingAgency(agencyCode));
    }
}
