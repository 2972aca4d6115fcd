package id.sakip.indicator.plan;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/plans")
@Tag(name = "Strategic plans")
public class PlanTreeResource {
    private final PlanService service;

    public PlanTreeResource(PlanService service) {
        this.service = service;
    }

    @POST
    @Path("/{id}/nodes")
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Add a node to the tree", description = "422 when the parent is not exactly one level up.")
    public Response addNode(@PathParam("id") UUID id, @Valid @NotNull PlanDtos.NewNode req) {
        return Response.status(201).entity(service.addNode(id, req)).build();
    }

    @GET
    @Path("/{id}/tree")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The whole tree with its indicators and the cascade, in one call", description = "Nodes nested tujuan → sasaran → program → kegiatan → sub-kegiatan; each indicator names the indicator it supports.")
    public PlanDtos.Tree tree(@PathParam("id") UUID id) {
        return service.tree(id);
    }
}
