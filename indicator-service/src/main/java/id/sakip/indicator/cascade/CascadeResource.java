package id.sakip.indicator.cascade;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's tree with its indicators, in one call. */
@Path("/plans/{id}/tree")
@Tag(name = "Strategic plans")
public class CascadeResource {
    private final CascadeService service;

    public CascadeResource(CascadeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The whole tree with its indicators and the cascade, in one call", description = "Nodes nested tujuan → sasaran → program → kegiatan → sub-kegiatan; each indicator names the indicator it supports.")
    public CascadeDtos.Tree getPlanTree(@PathParam("id") UUID id) {
        return service.tree(id);
    }
}
