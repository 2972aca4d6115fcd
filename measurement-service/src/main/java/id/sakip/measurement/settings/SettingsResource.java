package id.sakip.measurement.settings;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyCode}/capaian-settings")
@Tag(name = "Capaian settings", description = "How an agency computes capaian: the lower-is-better method, a cap, the category bands, the roll-up")
public class SettingsResource {
    private final SettingsService settings;

    public SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The agency's capaian settings", description = "The defaults (official formula, no cap, the 91/76/66/51 bands, average of children) until the agency sets its own.")
    public SettingsService.Settings getCapaianSettings(@PathParam("agencyCode") String code) {
        return settings.get(code);
    }

    @PUT
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS })
    @Operation(summary = "Set the agency's capaian settings",
            description = "Applies to computations from now on (a new recap or PK version); measurements already made keep their numbers. "
                    + "422 when the bands repeat a minimum or a category, or none starts at 0; 409 on a stale version.")
    public SettingsService.Settings putCapaianSettings(@PathParam("agencyCode") String code, @Valid @NotNull SettingsService.Settings req) {
        return settings.put(code, req);
    }
}
