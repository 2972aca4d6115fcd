package id.sakip.indicator.organisation;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/units")
@Tag(name = "Organisation")
public class UnitByIdResource {
    private final OrganisationService service;

    public UnitByIdResource(OrganisationService service) {
        this.service = service;
    }

    @PUT
    @Path("/{id}/name")
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Rename a unit from a date on", description = "Documents of earlier periods keep the old name.")
    public OrganisationDtos.UnitView renameUnit(@PathParam("id") UUID id, @Valid @NotNull OrganisationDtos.Rename req) {
        return service.rename(id, req);
    }

}
