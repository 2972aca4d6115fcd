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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyCode}/officials")
@Tag(name = "Organisation")
public class OfficialResource {
    private final OrganisationService service;

    public OfficialResource(OrganisationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Add an official and the position held", description = "Officials are dated (validFrom..validTo): documents of a period show who held the position then.")
    @APIResponse(responseCode = "201", description = "The official; Location names the list it is in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationDtos.OfficialView.class)))
    public Response addOfficial(@PathParam("agencyCode") String agencyCode,
            @Valid @NotNull OrganisationDtos.NewOfficial req) {
        OrganisationDtos.OfficialView v = service.addOfficial(agencyCode, req);
        return Response.created(URI.create("/agencies/" + agencyCode + "/officials")).entity(v).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "Officials in office on a date", description = "timSakip=true lists the Tim SAKIP only.")
    public List<OrganisationDtos.OfficialView> listOfficials(@PathParam("agencyCode") String agencyCode,
            @QueryParam("at") LocalDate at, @QueryParam("timSakip") Boolean timSakip) {
        return service.officials(agencyCode, at, timSakip);
    }
}
