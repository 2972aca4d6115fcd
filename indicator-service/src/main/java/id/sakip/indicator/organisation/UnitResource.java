package id.sakip.indicator.organisation;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyCode}/units")
@Tag(name = "Organisation", description = "Units (with dated names), officials and the Tim SAKIP of an agency")
public class UnitResource {
    private final OrganisationService service;

    public UnitResource(OrganisationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Add a unit", description = "409 when the code is taken in the agency.")
    @APIResponse(responseCode = "201", description = "The unit; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationDtos.UnitView.class)))
    public Response addUnit(@PathParam("agencyCode") String agencyCode, @Valid @NotNull OrganisationDtos.NewUnit req) {
        OrganisationDtos.UnitView v = service.addUnit(agencyCode, req);
        return Response.created(URI.create("/units/" + v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The agency's units with their names on a date", description = "Each unit with the name in force on the date and its whole name history.")
    public List<OrganisationDtos.UnitView> listUnits(@PathParam("agencyCode") String agencyCode,
            @Parameter(description = "Date the names apply to (default today), e.g. 2025-12-31") @QueryParam("at") LocalDate at) {
        return service.units(agencyCode, at);
    }

}
