package id.sakip.collection.recap;

import id.sakip.collection.form.FormDtos;
import id.sakip.collection.workflow.RoundDtos;
import id.sakip.common.input.MultiLine;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rounds/{id}/recap")
@Tag(name = "Recap", description = "Rekapitulasi: compiled by Tim SAKIP, approved by the Sekretaris")
public class RecapResource {
    private final RecapService service;

    public RecapResource(RecapService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The recap of all units' rows")
    public RecapService.RecapView getRecap(@PathParam("id") UUID id) {
        return service.view(id);
    }

    @POST
    @RolesAllowed({ Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Compile the recap (SOP step RECAP)", description = "By the roles of the agency's RECAP step (default: tim-sakip). 409 while a unit has not submitted.")
    public RoundDtos.RoundView compileRecap(@PathParam("id") UUID id, @Valid @NotNull FormDtos.VersionRef req) {
        return service.compile(id, req.version());
    }

    /** The Sekretaris' decision to send forms back, with the reason. */
    @Schema(name = "ReturnRequest")
    public record ReturnRequest(@NotNull Long version,
            @NotBlank @MultiLine @Size(max = 2000)
            @Schema(example = "Realisasi IKU-02 belum dilengkapi bukti dukung")
            String reason,
            @Schema(description = "Forms to send back; all when empty")
            List<UUID> formIds) {
    }

    /** @deprecated POST /rounds/{id}/review/return ({@link ReviewResource}); kept for one release. */
    @Deprecated(since = "0.2", forRemoval = true)
    @POST
    @Path("/return")
    @RolesAllowed({ Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Return the recap for completion (deprecated: POST /rounds/{id}/review/return)",
            description = "The named forms (all when none) reopen for their units with the reason; the others stay locked. Publishes RecapReturned and FormReturned.")
    public RoundDtos.RoundView returnRecap(@PathParam("id") UUID id, @Valid @NotNull ReturnRequest req) {
        return service.returnRecap(id, req.version(), req.reason(), req.formIds());
    }

    @POST
    @Path("/reopen")
    @RolesAllowed({ Roles.SEKRETARIS })
    @Operation(summary = "Reopen an approved round for a correction (audited)",
            description = "The named forms (all when none) reopen; the next approval publishes RecapApproved with the next recapVersion, and downstream services recompute. Publishes RoundReopened and FormReturned.")
    public RoundDtos.RoundView reopenRecap(@PathParam("id") UUID id, @Valid @NotNull ReturnRequest req) {
        return service.reopen(id, req.version(), req.reason(), req.formIds());
    }

    @GET
    @Path("/audit")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The round's audit trail", description = "Every state change of the round and its forms: who, when, from, to and why.")
    public List<RecapService.AuditView> getRecapAudit(@PathParam("id") UUID id) {
        return service.audit(id);
    }

    /** @deprecated POST /rounds/{id}/review/approve ({@link ReviewResource}); kept for one release. */
    @Deprecated(since = "0.2", forRemoval = true)
    @POST
    @Path("/approve")
    @RolesAllowed({ Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Approve the recap (deprecated: POST /rounds/{id}/review/approve)",
            description = "SOP step REVIEW, by its roles (default: sekretaris). Publishes RecapApproved (with recapVersion), which measurement-service turns into capaian. 403 for whoever submitted one of the round's forms.")
    public RoundDtos.RoundView approveRecap(@PathParam("id") UUID id, @Valid @NotNull FormDtos.VersionRef req) {
        return service.approve(id, req.version());
    }
}
