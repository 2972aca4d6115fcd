package id.sakip.reporting.document;

import id.sakip.common.attachment.AttachmentResponses;
import id.sakip.common.security.Roles;
import id.sakip.common.vocabulary.MediaTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/document-jobs")
@Tag(name = "Document jobs", description = "Large documents generated off the request thread, with a status to poll")
public class DocumentJobResource {
    private final DocumentJobs jobs;

    public DocumentJobResource(DocumentJobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "Queue a document", description = "202 with the job; poll GET /document-jobs/{id} until DONE or FAILED.")
    @APIResponse(responseCode = "202", description = "Queued; Location names the job to poll",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentJobDtos.View.class)))
    public Response submitDocumentJob(@Valid @NotNull DocumentJobDtos.Request req) {
        DocumentJobDtos.View v = jobs.submit(req.kind(), req.subjectId(), req.agencyCode(), req.year(), req.format());
        return Response.accepted(v).location(URI.create("/document-jobs/" + v.id())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The job's status", description = "PENDING, DONE or FAILED.")
    public DocumentJobDtos.View getDocumentJob(@PathParam("id") UUID id) {
        return jobs.get(id);
    }

    @GET
    @Path("/{id}/content")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The generated file", description = "409 until the job is DONE.")
    @Produces({ MediaTypes.PDF, MediaTypes.XLSX })
    @APIResponse(responseCode = "200", description = "The file, as generated (PDF or XLSX, the job's format)",
            content = { @Content(mediaType = MediaTypes.PDF), @Content(mediaType = MediaTypes.XLSX) })
    @APIResponse(responseCode = "409", description = "Until the job is DONE")
    public Response downloadDocumentJobContent(@PathParam("id") UUID id) {
        return AttachmentResponses.download(jobs.content(id));
    }
}
