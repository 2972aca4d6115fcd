package id.sakip.collection.recap;

import id.sakip.collection.form.FormDtos;
import id.sakip.collection.workflow.RoundDtos;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Sekretaris' decision on the recap, named after its SOP step (REVIEW) as the measurement round's
 * is ({@code /measurement-rounds/{id}/review/approve}); {@code /rounds/{id}/recap/approve} and
 * {@code /recap/return} stay for one release, deprecated.
 */
@Path("/rounds/{id}/review")
@Tag(name = "Recap")
public class ReviewResource {
    private final RecapService service;

    public ReviewResource(RecapService service) {
        this.service = service;
    }

    @POST
    @Path("/approve")
    @RolesAllowed({ Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Approve the recap (SOP step REVIEW)",
            description = "By the REVIEW step's roles (default: sekretaris). Publishes RecapApproved (with recapVersion), "
                    + "which measurement-service turns into capaian. 403 for whoever submitted one of the round's forms.")
    public RoundDtos.RoundView approveRoundReview(@PathParam("id") UUID id, @Valid @NotNull FormDtos.VersionRef req) {
        return service.approve(id, req.version());
    }

    @POST
    @Path("/return")
    @RolesAllowed({ Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Return the recap for completion, with the reason (SOP step REVIEW)",
            description = "The named forms (all when none) reopen for their units with the reason; the others stay "
                    + "locked. Publishes RecapReturned and FormReturned.")
    public RoundDtos.RoundView returnRoundReview(@PathParam("id") UUID id,
            @Valid @NotNull RecapResource.ReturnRequest req) {
        return service.returnRecap(id, req.version(), req.reason(), req.formIds());
    }
}
