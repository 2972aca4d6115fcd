package id.sakip.common.audit;

import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail of the service, per agency: read it, and verify that its hash chain is whole.
 * For the agency's leaders (kepala, sekretaris) and admin; another agency answers 404.
 */
@Path("/audit")
@Tag(name = "Audit", description = "Jejak audit: who changed what, when, before and after; a hash chain per agency")
public class AuditResource {
    private final AuditLog log;
    private final CallerContext caller;

    public AuditResource(AuditLog log, CallerContext caller) {
        this.log = log;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS })
    @Operation(summary = "The agency's audit records in order",
            description = "From afterSeq on (0: the first), at most limit (1..500); filter by entity. before and after are JSON.")
    public List<AuditLog.Entry> listAuditRecords(@QueryParam("agencyCode") @Size(max = 100) String agencyCode,
            @QueryParam("entityType") @Size(max = 60) String entityType,
            @QueryParam("entityId") @Size(max = 100) String entityId,
            @QueryParam("afterSeq") @DefaultValue("0") @Min(0) long afterSeq,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return log.entries(caller.actingAgency(agencyCode), entityType, entityId, afterSeq, limit);
    }

    @GET
    @Path("/verify")
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS })
    @Operation(summary = "Verify the agency's audit chain",
            description = "intact=false names the first record that was changed, removed or does not follow its predecessor.")
    public AuditLog.Verification verifyAuditChain(@QueryParam("agencyCode") @Size(max = 100) String agencyCode) {
        return log.verify(caller.actingAgency(agencyCode));
    }
}
