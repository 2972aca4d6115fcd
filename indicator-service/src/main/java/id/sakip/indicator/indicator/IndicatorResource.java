package id.sakip.indicator.indicator;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyCode}/indicators")
@Tag(name = "Indicators", description = "Indikator Kinerja: IKU, IKK, IKI and program/kegiatan indicators")
public class IndicatorResource {
    private final IndicatorService service;

    public IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Define an indicator of the agency", description = "Publishes IndicatorDefined. 422 names what is inconsistent (node level, cascade, predicate scale); 409 when the code is taken.")
    @APIResponse(responseCode = "201", description = "The indicator; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDtos.IndicatorView.class)))
    public Response defineIndicator(@PathParam("agencyCode") String agencyCode, @Valid @NotNull IndicatorDtos.NewIndicator req) {
        IndicatorDtos.IndicatorView v = service.define(agencyCode, req);
        return Response.created(URI.create("/indicators/" + v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "List the agency's indicators",
            description = "Paged (size at most 100). Filter by kind and responsibleUnit; sort by code, name, kind or responsibleUnit.")
    public Page<IndicatorDtos.IndicatorView> listIndicators(@PathParam("agencyCode") String agencyCode,
            @BeanParam PageQuery page, @QueryParam("kind") IndicatorEnums.Kind kind,
            @QueryParam("responsibleUnit") String responsibleUnit) {
        return service.list(agencyCode, page, kind, responsibleUnit);
    }
}
