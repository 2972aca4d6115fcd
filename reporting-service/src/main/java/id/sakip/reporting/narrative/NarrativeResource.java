package id.sakip.reporting.narrative;

import id.sakip.common.security.Roles;
import id.sakip.reporting.narrative.NarrativeService.Narrative;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyCode}/lkjip/{year}/narratives")
@Tag(name = "LKjIP narratives", description = "What the agency writes per sasaran in chapter III: causes, solutions, supporting programs")
public class NarrativeResource {
    private final NarrativeService narratives;

    public NarrativeResource(NarrativeService narratives) {
        this.narratives = narratives;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The agency's narratives for a year", description = "One per sasaran.")
    public List<Narrative> listNarratives(@PathParam("agencyCode") String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return narratives.list(code, year);
    }

    @PUT
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "Write the narrative of one sasaran", description = "409 on a stale version; 422 without the version of an existing narrative.")
    public Narrative putNarrative(@PathParam("agencyCode") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull Narrative req) {
        return narratives.put(code, year, req);
    }
}
