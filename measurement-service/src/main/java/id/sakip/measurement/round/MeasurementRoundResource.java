package id.sakip.measurement.round;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import id.sakip.common.sop.SopAggregateResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/measurement-rounds")
@Tag(name = "Measurement SOP", description = "Pengukuran Kinerja step by step: order, briefing, plan, methodology, "
        + "computation, recap, review, signature, archive. COMPUTE takes the period's current measurement into the "
        + "worksheet (409 before the recap is approved and measured); the REVIEW step has its own endpoints "
        + "(approve, return); SIGN (kepala, needs the signatory) publishes MeasurementSigned; ARCHIVE closes the run; "
        + "other steps record their document.")
public class MeasurementRoundResource
        extends SopAggregateResource<MeasurementRoundDtos.View, MeasurementRoundDtos.NewRound, MeasurementRoundDtos.StepCompletion> {
    private final MeasurementRoundService service;

    public MeasurementRoundResource(MeasurementRoundService service) {
        super(service, "/measurement-rounds");
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "List measurement rounds", description = "Paged; filter by year and period.")
    public Page<MeasurementRoundDtos.View> listMeasurementRounds(@BeanParam PageQuery page, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("year") Integer year, @QueryParam("period") String period) {
        return service.list(page, agencyCode, year, period);
    }

    @POST
    @Path("/{id}/review/approve")
    @RolesAllowed({ Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Approve the measurement (REVIEW step)",
            description = "By the REVIEW step's roles (default: sekretaris); not by whoever computed it (403). Publishes MeasurementApproved.")
    public MeasurementRoundDtos.View approveMeasurementReview(@PathParam("id") UUID id, @Valid @NotNull MeasurementRoundDtos.Decision d) {
        return service.approve(id, d);
    }

    @POST
    @Path("/{id}/review/return")
    @RolesAllowed({ Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Return the measurement for completion, with the reason",
            description = "The SOP runs again from the computation step; 422 without a reason.")
    public MeasurementRoundDtos.View returnMeasurementReview(@PathParam("id") UUID id,
            @Valid @NotNull MeasurementRoundDtos.Decision d) {
        return service.returnForCompletion(id, d);
    }

}
