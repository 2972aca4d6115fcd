package id.sakip.indicator.plan;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @APIResponse(responseCode = "201", description = "The node; Location names the tree it is in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.NodeView.class)))
    public Response addPlanNode(@PathParam("id") UUID id, @Valid @NotNull PlanDtos.NewNode req) {
        return Response.created(URI.create("/plans/" + id + "/tree")).entity(service.addNode(id, req)).build();
    }
}
