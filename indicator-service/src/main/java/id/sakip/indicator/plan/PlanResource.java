package id.sakip.indicator.plan;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyCode}/plans")
@Tag(name = "Strategic plans", description = "Renstra: tujuan → sasaran → program → kegiatan → sub-kegiatan")
public class PlanResource {
    private final PlanService service;

    public PlanResource(PlanService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Create the agency's Renstra for a period", description = "At most six years; one plan per start year.")
    @APIResponse(responseCode = "201", description = "The plan; Location names its tree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.PlanView.class)))
    public Response createPlan(@PathParam("agencyCode") String agencyCode, @Valid @NotNull PlanDtos.NewPlan req) {
        PlanDtos.PlanView v = service.create(agencyCode, req);
        return Response.created(URI.create("/plans/" + v.id() + "/tree")).entity(v).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The agency's plans", description = "Every Renstra of the agency, oldest first.")
    public List<PlanDtos.PlanView> listPlans(@PathParam("agencyCode") String agencyCode) {
        return service.list(agencyCode);
    }
}
