package id.sakip.measurement.measurement;

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

@Path("/measurements")
@Tag(name = "Measurements", description = "Pengukuran Kinerja: capaian per indicator and the roll-up")
public class MeasurementResource {
    private final MeasurementService service;

    public MeasurementResource(MeasurementService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "List measurements", description = "Paged (size at most 100). The current version of each round unless allVersions=true. Filter by agencyCode (admin, provinsi), year, period and roundId; sort by computedAt, year, period, averageCapaian or versionNo.")
    public Page<MeasurementDtos.MeasurementView> list(@BeanParam PageQuery page,
            @QueryParam("agencyCode") String agencyCode, @QueryParam("year") Integer year,
            @QueryParam("period") String period, @QueryParam("roundId") UUID roundId,
            @QueryParam("allVersions") @jakarta.ws.rs.DefaultValue("false") boolean allVersions) {
        return service.list(page, agencyCode, year, period, roundId, allVersions);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "One measurement with its worksheet rows")
    public MeasurementDtos.MeasurementView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
