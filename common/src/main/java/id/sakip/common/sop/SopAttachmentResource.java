package id.sakip.common.sop;

import id.sakip.common.attachment.AttachmentResponses;
import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.security.Roles;
import id.sakip.common.vocabulary.MediaTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The files of an aggregate that follows an SOP ({@code <path>/{id}/attachments}), written once:
 * upload (the body is the file), list, download. The subclass gives the path and the tag.
 */
public abstract class SopAttachmentResource {
    private final SopAttachments attachments;
    private final String parentPath;

    /** @param parentPath the aggregate's resource path, e.g. {@code /rounds} */
    protected SopAttachmentResource(SopAttachments attachments, String parentPath) {
        this.attachments = attachments;
        this.parentPath = parentPath;
    }

    @POST
    @Consumes({ MediaTypes.PDF, MediaTypes.PNG, MediaTypes.JPEG, MediaTypes.XLSX, MediaTypes.DOCX })
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Upload a file (the request body is the file; its Content-Type is the file's)",
            description = "PDF, PNG, JPEG, XLSX or DOCX up to sakip.attachments.max-bytes (default 10 MiB): 415 for "
                    + "another type, 413 when too large, 422 when the content does not match its type. Reference it "
                    + "by id in a step's document or a row's evidence.")
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentStore.View.class)))
    public Response upload(@PathParam("id") UUID id, @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return AttachmentResponses.created(parentPath + "/" + id + "/attachments",
                attachments.attach(id, fileName, contentType, body));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The files", description = "Name, type, size and SHA-256 of each.")
    public List<AttachmentStore.View> list(@PathParam("id") UUID id) {
        return attachments.files(id);
    }

    @GET
    @Path("/{attachmentId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "Download a file", description = "With its SHA-256 in X-Content-SHA256.")
    @Produces({ MediaTypes.PDF, MediaTypes.PNG, MediaTypes.JPEG, MediaTypes.XLSX, MediaTypes.DOCX })
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return AttachmentResponses.download(attachments.file(id, attachmentId));
    }
}
