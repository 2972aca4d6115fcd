package id.sakip.indicator.agreement;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import id.sakip.common.vocabulary.MediaTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyCode}/agreements")
@Tag(name = "Performance agreements", description = "Perjanjian Kinerja (PK): annual and quarterly targets signed by the head")
public class AgencyAgreementResource {
    private final AgreementService service;
    private final AgreementImport importer;

    public AgencyAgreementResource(AgreementService service, AgreementImport importer) {
        this.service = service;
        this.importer = importer;
    }

    @POST
    @Path("/import")
    @Consumes({ MediaTypes.XLSX,
        MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Import a draft agreement from XLSX",
            description = "First sheet, header row, then one row per indicator: No | Sasaran | Indikator | Satuan | "
                    + "Target Tahunan | TW I | TW II | TW III | TW IV. Indicators are matched by name or code. "
                    + "422 lists every bad row by its row number, and nothing is imported.")
    @APIResponse(responseCode = "201", description = "The imported draft; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementDtos.AgreementView.class)))
    public Response importAgreement(@PathParam("agencyCode") String agencyCode,
            @QueryParam("year") @NotNull
            @Min(2000) @Max(2100) Integer year,
            InputStream body) {
        AgreementDtos.AgreementView v = importer.importXlsx(agencyCode, year, body);
        return Response.created(URI.create("/agreements/" + v.id())).entity(v).build();
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Draft an agreement (or its revision, PK Perubahan) for a year",
            description = "422 names every item whose quarterly targets do not match its annual target under the indicator's aggregation.")
    @APIResponse(responseCode = "201", description = "The draft; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementDtos.AgreementView.class)))
    public Response draftAgreement(@PathParam("agencyCode") String agencyCode, @Valid @NotNull AgreementDtos.NewAgreement req) {
        AgreementDtos.AgreementView v = service.draft(agencyCode, req);
        return Response.created(URI.create("/agreements/" + v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "List the agency's agreements",
            description = "Paged (size at most 100). Filter by year and status; sort by year, agreementVersion, status or signedAt.")
    public Page<AgreementDtos.AgreementSummary> listAgreements(@PathParam("agencyCode") String agencyCode,
            @BeanParam PageQuery page, @QueryParam("year") Integer year, @QueryParam("status") AgreementStatus status) {
        return service.list(agencyCode, page, year, status);
    }
}
