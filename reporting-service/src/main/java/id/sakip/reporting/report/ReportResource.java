package id.sakip.reporting.report;

import id.sakip.common.attachment.AttachmentResponses;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import id.sakip.common.sop.SopAggregateResource;
import id.sakip.common.vocabulary.MediaTypes;
import id.sakip.reporting.document.DocumentKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports")
@Tag(name = "Reports", description = "The report SOP (seed 001's LAKIP flow): draft, correction, final, approval, "
        + "PAdES signature, number and cover letter, dispatch; the archive of every generated file. Ordering names "
        + "the subject (round, measurement, agreement) of the agency (422 otherwise). DRAFT, CORRECT and FINALISE "
        + "generate and store the PDF and XLSX; APPROVE by the head; SIGN (needs the signatory) signs the PDF with "
        + "the agency's key (PAdES); NUMBER gives the document number and a signed cover letter; SEND publishes "
        + "ReportPublished.")
public class ReportResource extends SopAggregateResource<ReportDtos.View, ReportDtos.NewReport, ReportDtos.StepCompletion> {
    private final ReportService service;

    public ReportResource(ReportService service) {
        super(service, "/reports");
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "List reports", description = "Paged; filter by kind and year.")
    public Page<ReportDtos.View> listReports(@BeanParam PageQuery page, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("kind") DocumentKind kind, @QueryParam("year") Integer year) {
        return service.list(page, agencyCode, kind, year);
    }

    @POST
    @Path("/{id}/regenerate")
    @RolesAllowed({ Roles.ADMIN, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.STAF })
    @Operation(summary = "Generate the current stage's files again from the data as it stands",
            description = "A new stored file; the earlier ones stay. 409 once signed: a signed document never changes (POST /reports/{id}/revisions).")
    public ReportDtos.View regenerateReport(@PathParam("id") UUID id,
            @Valid @NotNull ReportDtos.VersionRef req) {
        return service.regenerate(id, req.version());
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Start a new version of a signed report (a correction)",
            description = "The signed version never changes; the new version supersedes it and runs the SOP again. 409 before signing.")
    @APIResponse(responseCode = "201", description = "The new version; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDtos.View.class)))
    public Response reviseReport(@PathParam("id") UUID id, @Valid ReportDtos.NewReport req) {
        ReportDtos.View v = service.revise(id, req);
        return Response.created(URI.create("/reports/" + v.id())).entity(v).build();
    }

    @GET
    @Path("/{id}/files/{fileId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Download a stored file", description = "The bytes as stored, with X-Content-SHA256.")
    @Produces({ MediaTypes.PDF, MediaTypes.XLSX })
    public Response downloadReportFile(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        return AttachmentResponses.download(service.file(id, fileId));
    }
}
