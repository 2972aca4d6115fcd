package id.sakip.measurement.measurement;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
    public Page<MeasurementDtos.MeasurementView> listMeasurements(@BeanParam PageQuery page,
            @QueryParam("agencyCode") String agencyCode, @QueryParam("year") Integer year,
            @QueryParam("period") String period, @QueryParam("roundId") UUID roundId,
            @QueryParam("allVersions") @DefaultValue("false") boolean allVersions) {
        return service.list(page, agencyCode, year, period, roundId, allVersions);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "One measurement with its worksheet rows")
    public MeasurementDtos.MeasurementView getMeasurement(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/worksheet")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The measurement worksheet (Kertas Kerja Pengukuran Kinerja)",
            description = "Per indicator: formula, polarity, target, realisasi, capaian, category, Keterangan; and the indicators not achieved.")
    public WorksheetDtos.Worksheet getWorksheet(@PathParam("id") UUID id) {
        return service.worksheet(id);
    }

    @GET
    @Path("/{id}/tree")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The roll-up tree", description = "The agency, its sasaran and their indicators, each with capaian, category and the counts achieved / not achieved.")
    public WorksheetDtos.Node getMeasurementTree(@PathParam("id") UUID id) {
        return service.tree(id);
    }
}
