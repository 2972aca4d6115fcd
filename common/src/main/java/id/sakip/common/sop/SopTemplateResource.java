package id.sakip.common.sop;

import id.sakip.common.security.Roles;
import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The SOP templates of this service's procedures. Enabled in the services that run an SOP
 * ({@code sakip.sop.enabled=true}, a build-time property).
 */
@Path("/sop-templates")
@Tag(name = "SOP templates", description = "The step tables (Uraian Prosedur, Pelaksana, Mutu Baku) each agency follows")
@EndpointDisabled(name = "sakip.sop.enabled", stringValue = "false", disableIfMissing = true)
public class SopTemplateResource {
    private final SopTemplates templates;

    public SopTemplateResource(SopTemplates templates) {
        this.templates = templates;
    }

    @Schema(name = "SopTemplateDefinition", description = "An agency's own variant of a procedure")
    public record Definition(@NotBlank @Size(max = 300) @Schema(example = "SOP Pengumpulan Data Kinerja DPMPTSP") String name,
            @NotEmpty @Size(max = 40) List<@Valid @NotNull SopStep> steps) {
    }

    @GET
    @Path("/{procedure}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "The template an agency follows", description = "The agency's own variant, or the default (version 0) when it has none.")
    public SopTemplates.Effective getSopTemplate(@PathParam("procedure") String procedure, @QueryParam("agencyCode") String agencyCode) {
        return templates.effectiveFor(procedure, agencyCode);
    }

    @PUT
    @Path("/{procedure}")
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS })
    @Operation(summary = "Define the agency's own variant (steps, roles, time standards)",
            description = "A new version; rounds already started keep the steps they started with. 422 names each problem.")
    public SopTemplates.Effective defineSopTemplate(@PathParam("procedure") String procedure, @QueryParam("agencyCode") String agencyCode,
            @Valid @NotNull Definition def) {
        return templates.defineFor(procedure, agencyCode, def.name(), def.steps());
    }
}
