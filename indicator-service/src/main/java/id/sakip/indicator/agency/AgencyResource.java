package id.sakip.indicator.agency;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies")
@Tag(name = "Agencies", description = "Instansi: agencies with their Kemendagri region codes")
public class AgencyResource {
    private final AgencyService service;

    public AgencyResource(AgencyService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an agency (admin)", description = "Publishes AgencyRegistered. The province code is the first two digits of the region code. 409 when the code is taken.")
    @APIResponse(responseCode = "201", description = "The agency; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyDtos.AgencyView.class)))
    public Response registerAgency(@Valid @NotNull AgencyDtos.NewAgency req) {
        AgencyDtos.AgencyView v = service.register(req);
        return Response.created(URI.create("/agencies/" + v.code())).entity(v).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "List the agencies the caller may see",
            description = "Paged (size at most 100). Sort by code, name, regionCode or type.")
    public Page<AgencyDtos.AgencyView> listAgencies(@BeanParam PageQuery page, @QueryParam("provinceCode") String provinceCode,
            @QueryParam("regionCode") String regionCode, @QueryParam("type") AgencyType type, @QueryParam("q") String q) {
        return service.list(page, provinceCode, regionCode, type, q);
    }

    @GET
    @Path("/{agencyCode}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "One agency", description = "404 when it does not exist or belongs to another agency than the caller's.")
    public AgencyDtos.AgencyView getAgency(@PathParam("agencyCode") String code) {
        return AgencyDtos.AgencyView.of(service.readable(code));
    }
}
