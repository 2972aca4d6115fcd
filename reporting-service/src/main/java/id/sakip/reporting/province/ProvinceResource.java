package id.sakip.reporting.province;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import id.sakip.common.vocabulary.MediaTypes;
import id.sakip.common.vocabulary.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/provinces")
@Tag(name = "Province views", description = "Every agency of a province: headline capaian and submission timeliness")
public class ProvinceResource {
    private final ProvinceService provinces;

    public ProvinceResource(ProvinceService provinces) {
        this.provinces = provinces;
    }

    @GET
    @Path("/{provinceCode}/overview")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI })
    @Operation(summary = "Every agency's headline capaian and submission timeliness for a period",
            description = "format=json (default): a page (size at most 100; a province has about 1,000 agencies) in "
                    + "region then agency order; format=xlsx: every agency in one workbook. Provinsi reads its own "
                    + "province only (another answers 404).")
    @APIResponse(responseCode = "200", description = "The page of agencies (json) or the workbook (xlsx)",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProvinceOverviewPage.class)),
                @Content(mediaType = MediaTypes.XLSX) })
    public Response getProvinceOverview(@PathParam("provinceCode") @Pattern(regexp = "\\d{2}") String code,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("period") @NotNull @Pattern(regexp = Period.PATTERN) String period,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|xlsx") String format,
            @BeanParam PageQuery page) {
        List<ProvinceService.Row> rows = provinces.overview(code, year, period);
        if ("xlsx".equals(format)) {
            return Response.ok(provinces.workbook(code, year, period, rows), MediaTypes.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"provinsi-" + code + "-" + year + "-" + period
                            + ".xlsx\"").build();
        }
        Page<ProvinceService.Row> slice = page.slice(rows);
        return Response.ok(new ProvinceOverviewPage(slice.items(), slice.page(), slice.size(), slice.total()),
                MediaType.APPLICATION_JSON).build();
    }

    /** The JSON answer: a page of rows (a record of its own, so the document names it after its rows). */
    @Schema(name = "PageProvinceAgencyRow", description = "One page of a province's agencies")
    record ProvinceOverviewPage(List<ProvinceService.Row> items, int page, int size, long total) {
    }
}
