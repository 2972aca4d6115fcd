package id.sakip.indicator.indicator;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/indicators")
@Tag(name = "Indicators")
public class IndicatorByIdResource {
    private final IndicatorService service;

    public IndicatorByIdResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "One indicator", description = "With its node in the Renstra tree and the indicator it supports.")
    public IndicatorDtos.IndicatorView getIndicator(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Change an indicator", description = "Publishes IndicatorChanged. 409 when the version is stale.")
    public IndicatorDtos.IndicatorView updateIndicator(@PathParam("id") UUID id,
            @Valid @NotNull IndicatorDtos.IndicatorUpdate req) {
        return service.update(id, req);
    }
}
