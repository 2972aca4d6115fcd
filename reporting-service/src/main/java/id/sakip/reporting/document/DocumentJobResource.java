package id.sakip.reporting.document;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/document-jobs")
@Tag(name = "Document jobs", description = "Large documents generated off the request thread, with a status to poll")
public class DocumentJobResource {
    private final DocumentJobs jobs;

    public DocumentJobResource(DocumentJobs jobs) {
        this.jobs = jobs;
    }

    @Schema(name = "DocumentJobRequest", description = "Which document to make, and in which format")
    public record Request(@NotNull DocumentKind kind,
            @Schema(description = "The round, measurement or agreement (not for LKJIP)") UUID subjectId,
            @Schema(description = "LKJIP only") String agencyCode,
            @Min(2000) @Max(2100) @Schema(description = "LKJIP only") Integer year,
            @NotNull @Pattern(regexp = "pdf|xlsx") @Schema(example = "pdf") String format) {
    }

    @Schema(name = "DocumentJob", description = "A queued document: PENDING, DONE (download at contentPath) or FAILED (with the reason)")
    public record View(UUID id, DocumentKind kind, String format, DocumentJob.Status status, String error,
            String fileName, String sha256, OffsetDateTime requestedAt, OffsetDateTime finishedAt, String contentPath) {
        static View of(DocumentJob j) {
            return new View(j.id, j.kind, j.format, j.status, j.error, j.fileName, j.sha256, j.requestedAt, j.finishedAt,
                    j.status == DocumentJob.Status.DONE ? "/document-jobs/" + j.id + "/content" : null);
        }
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "Queue a document", description = "202 with the job; poll GET /document-jobs/{id} until DONE or FAILED.")
    public Response submit(@Valid @NotNull Request req) {
        DocumentJob j = jobs.submit(req.kind(), req.subjectId(), req.agencyCode(), req.year(), req.format());
        return Response.accepted(View.of(j)).location(URI.create("/document-jobs/" + j.id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The job's status", description = "PENDING, DONE or FAILED.")
    public View get(@PathParam("id") UUID id) {
        return View.of(jobs.get(id));
    }

    @GET
    @Path("/{id}/content")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP })
    @Operation(summary = "The generated file", description = "409 until the job is DONE.")
    public Response content(@PathParam("id") UUID id) {
        DocumentJobs.File f = jobs.content(id);
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"")
                .header("X-Content-SHA256", f.sha256()).build();
    }
}
