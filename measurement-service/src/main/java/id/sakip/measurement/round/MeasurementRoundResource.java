package id.sakip.measurement.round;

import id.sakip.common.attachment.AttachmentResponses;
import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import id.sakip.common.sop.Timeline;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/measurement-rounds")
@Tag(name = "Measurement SOP", description = "Pengukuran Kinerja step by step: order, briefing, plan, methodology, computation, recap, review, signature, archive")
public class MeasurementRoundResource {
    private final MeasurementRoundService service;

    public MeasurementRoundResource(MeasurementRoundService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Order the measurement of a period (SOP step 1: the head's disposition)",
            description = "By the role(s) of the first step of the agency's measurement SOP (default: kepala). 409 when the period is already being measured.")
    public Response open(@Valid @NotNull MeasurementRoundDtos.NewRound req) {
        MeasurementRoundDtos.View v = service.open(req);
        return Response.created(URI.create("/measurement-rounds/" + v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "List measurement rounds", description = "Paged; filter by year and period.")
    public Page<MeasurementRoundDtos.View> list(@BeanParam PageQuery page, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("year") Integer year, @QueryParam("period") String period) {
        return service.list(page, agencyCode, year, period);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "One measurement round", description = "With the step under way and whether a newer measurement version exists.")
    public MeasurementRoundDtos.View get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "The SOP timeline", description = "Each step run with who, when, its document and its duration against the time standard.")
    public Timeline timeline(@PathParam("id") UUID id) {
        return service.timeline(id);
    }

    @POST
    @Path("/{id}/steps/{key}")
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Complete the SOP step under way",
            description = "Only the step under way (409), by its roles (403). COMPUTE takes the period's current measurement into the worksheet "
                    + "(409 before the recap is approved and measured); SIGN (kepala, needs the signatory) publishes MeasurementSigned; "
                    + "ARCHIVE closes the run; other steps record their document.")
    public MeasurementRoundDtos.View completeStep(@PathParam("id") UUID id, @PathParam("key") String key,
            @Valid @NotNull MeasurementRoundDtos.StepCompletion req) {
        return service.completeStep(id, key, req);
    }

    @POST
    @Path("/{id}/review/approve")
    @RolesAllowed({ Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Approve the measurement (REVIEW step)",
            description = "By the REVIEW step's roles (default: sekretaris); not by whoever computed it (403). Publishes MeasurementApproved.")
    public MeasurementRoundDtos.View approve(@PathParam("id") UUID id, @Valid @NotNull MeasurementRoundDtos.Decision d) {
        return service.approve(id, d);
    }

    @POST
    @Path("/{id}/review/return")
    @RolesAllowed({ Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Return the measurement for completion, with the reason",
            description = "The SOP runs again from the computation step; 422 without a reason.")
    public MeasurementRoundDtos.View returnForCompletion(@PathParam("id") UUID id,
            @Valid @NotNull MeasurementRoundDtos.Decision d) {
        return service.returnForCompletion(id, d);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Upload a file for a step's document (the body is the file)",
            description = "PDF, PNG, JPEG, XLSX or DOCX up to sakip.attachments.max-bytes: 415 for another type, 413 when too large.")
    public Response upload(@PathParam("id") UUID id, @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return AttachmentResponses.created("/measurement-rounds/" + id + "/attachments",
                service.attach(id, fileName, contentType, body));
    }

    @GET
    @Path("/{id}/attachments")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "The files of a measurement round", description = "Name, type, size and SHA-256 of each.")
    public List<AttachmentStore.View> attachments(@PathParam("id") UUID id) {
        return service.files(id);
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Download a file", description = "With its SHA-256 in X-Content-SHA256.")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return AttachmentResponses.download(service.file(id, attachmentId));
    }
}
