package id.sakip.collection.recap;

import id.sakip.collection.form.FormDtos;
import id.sakip.collection.round.RoundDtos;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public RecapService.RecapView view(@PathParam("id") UUID id) {
        return service.view(id);
    }

    @POST
    @RolesAllowed({ Roles.TIM_SAKIP })
    @Operation(summary = "Compile the recap and report it to the Sekretaris", description = "409 while a unit has not submitted.")
    public RoundDtos.RoundView compile(@PathParam("id") UUID id, @Valid @NotNull FormDtos.VersionRef req) {
        return service.compile(id, req.version());
    }

    @POST
    @Path("/approve")
    @RolesAllowed({ Roles.SEKRETARIS })
    @Operation(summary = "Approve the recap", description = "Publishes RecapApproved, which measurement-service turns into capaian.")
    public RoundDtos.RoundView approve(@PathParam("id") UUID id, @Valid @NotNull FormDtos.VersionRef req) {
        return service.approve(id, req.version());
    }
}
