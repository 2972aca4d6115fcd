package id.sakip.reporting.summary;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/summaries")
@Tag(name = "Measurement summaries", description = "JSON summary of each computed measurement")
public class SummaryResource {
    private final SummaryService service;

    public SummaryResource(SummaryService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "List measurement summaries", description = "Paged (size at most 100). The latest measurement version of each round. Filter by agencyCode (admin, provinsi), year and period; sort by computedAt, year, period, averageCapaian or agencyCode.")
    public Page<SummaryService.SummaryView> listSummaries(@BeanParam PageQuery page, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("year") Integer year, @QueryParam("period") String period) {
        return service.list(page, agencyCode, year, period);
    }

    @GET
    @Path("/{measurementId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The summary of one measurement")
    public SummaryService.SummaryView getSummary(@PathParam("measurementId") UUID id) {
        return service.get(id);
    }
}
