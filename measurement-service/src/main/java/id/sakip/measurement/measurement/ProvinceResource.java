package id.sakip.measurement.measurement;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import id.sakip.common.vocabulary.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/provinces")
@Tag(name = "Province views", description = "Every agency of a province at a glance, for provincial dashboards")
public class ProvinceResource {
    private final MeasurementService service;

    public ProvinceResource(MeasurementService service) {
        this.service = service;
    }

    @GET
    @Path("/{provinceCode}/measurements")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI })
    @Operation(summary = "Every agency's headline capaian for a period",
            description = "Paged (size at most 100; a province has about 1,000 agencies), by region then agency; sort "
                    + "by regionCode, agencyCode, averageCapaian or computedAt. Provinsi reads its own province only "
                    + "(another answers 404).")
    public Page<WorksheetDtos.Headline> listProvinceMeasurements(
            @PathParam("provinceCode") @Pattern(regexp = "\\d{2}") String code,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("period") @NotNull @Pattern(regexp = Period.PATTERN) String period, @BeanParam PageQuery page) {
        return service.province(code, year, period, page);
    }
}
