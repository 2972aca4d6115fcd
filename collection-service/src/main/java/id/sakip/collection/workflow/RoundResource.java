package id.sakip.collection.workflow;

import id.sakip.collection.form.FormDtos;
import id.sakip.collection.round.RoundStatus;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import id.sakip.common.sop.Timeline;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rounds")
@Tag(name = "Collection rounds", description = "Pengumpulan Data Kinerja: one round per agency and period")
public class RoundResource {
    private final RoundService service;

    public RoundResource(RoundService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Order a collection round (SOP step 1: the head's disposition)",
            description = "Done by the role(s) of the first step of the agency's collection SOP (default: kepala); 403 for others. "
                    + "422 when no signed agreement for the year has arrived; 409 when the period already has a round. "
                    + "The forms are generated at the SOP's preparation step.")
    public Response open(@Valid @NotNull RoundDtos.NewRound req) {
        RoundDtos.RoundView v = service.open(req);
        return Response.created(URI.create("/rounds/" + v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "List rounds", description = "Paged (size at most 100). Filter by year, period and status; sort by openedAt, year, period or status.")
    public Page<RoundDtos.RoundView> list(@BeanParam PageQuery page, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("year") Integer year, @QueryParam("period") String period,
            @QueryParam("status") RoundStatus status) {
        return service.list(page, agencyCode, year, period, status);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "One round with its forms")
    public RoundDtos.RoundView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The round's SOP timeline",
            description = "Each step run: when it started and ended, who did it, its output document, and whether it ran past its time standard (overdue); the steps ahead.")
    public Timeline timeline(@PathParam("id") UUID id) {
        return service.timeline(id);
    }

    @POST
    @Path("/{id}/steps/{key}")
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Complete the SOP step under way with its output document",
            description = "Only the step under way (409 otherwise), by the step's roles (403 otherwise). Meeting and report steps record "
                    + "their document (minutes, checklist, disposition) with attachments; PLAN sets the submission deadlines; "
                    + "PREPARE_FORMS generates the forms from the signed PK; DISTRIBUTE sends them to the units (CollectionRoundOpened); "
                    + "ARCHIVE makes the round read-only.")
    public RoundDtos.RoundView completeStep(@PathParam("id") UUID id, @PathParam("key") String key,
            @Valid @NotNull RoundDtos.StepCompletion req) {
        return service.completeStep(id, key, req);
    }

    @GET
    @Path("/{id}/forms")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The round's forms with their rows")
    public List<FormDtos.FormView> forms(@PathParam("id") UUID id) {
        return service.forms(id);
    }
}
