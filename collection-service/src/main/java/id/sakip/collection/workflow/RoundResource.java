package id.sakip.collection.workflow;

import id.sakip.collection.form.FormDtos;
import id.sakip.collection.round.RoundStatus;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import id.sakip.common.sop.SopAggregateResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rounds")
@Tag(name = "Collection rounds", description = "Pengumpulan Data Kinerja: one round per agency and period. Ordering "
        + "needs a signed agreement for the year (422 otherwise). Meeting and report steps record their document "
        + "(minutes, checklist, disposition) with attachments; PLAN sets the submission deadlines; PREPARE_FORMS "
        + "generates the forms from the signed PK; DISTRIBUTE sends them to the units (CollectionRoundOpened); the "
        + "filling step ends when the last unit submits; the recap and review steps have their own endpoints; "
        + "ARCHIVE makes the round read-only.")
public class RoundResource extends SopAggregateResource<RoundDtos.RoundView, RoundDtos.NewRound, RoundDtos.StepCompletion> {
    private final RoundService service;

    public RoundResource(RoundService service) {
        super(service, "/rounds");
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "List rounds", description = "Paged (size at most 100). Filter by year, period and status; sort by openedAt, year, period or status.")
    public Page<RoundDtos.RoundView> listRounds(@BeanParam PageQuery page, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("year") Integer year, @QueryParam("period") String period,
            @QueryParam("status") RoundStatus status) {
        return service.list(page, agencyCode, year, period, status);
    }

    @GET
    @Path("/{id}/forms")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The round's forms with their rows")
    public List<FormDtos.FormView> listRoundForms(@PathParam("id") UUID id) {
        return service.forms(id);
    }
}
