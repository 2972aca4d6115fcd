package id.sakip.indicator.agreement;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agreements")
@Tag(name = "Performance agreements", description = "Perjanjian Kinerja (PK): annual and quarterly targets signed by the head")
public class AgreementResource {
    private final AgreementService service;

    public AgreementResource(AgreementService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "One agreement with its items", description = "Any version, signed or draft; superseded versions stay readable.")
    public AgreementDtos.AgreementView getAgreement(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Replace the items of a draft agreement", description = "409 when the version is stale or the agreement is signed.")
    public AgreementDtos.AgreementView updateAgreement(@PathParam("id") UUID id, @Valid @NotNull AgreementDtos.AgreementUpdate req) {
        return service.update(id, req);
    }

    @POST
    @Path("/{id}/revise")
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP })
    @Operation(summary = "Start a PK Perubahan: a new draft version of a signed agreement",
            description = "The signed version stays unchanged and readable. 409 unless it is the latest signed version.")
    @APIResponse(responseCode = "201", description = "The new draft version; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementDtos.AgreementView.class)))
    public Response reviseAgreement(@PathParam("id") UUID id) {
        AgreementDtos.AgreementView v = service.revise(id);
        return Response.created(URI.create("/agreements/" + v.id())).entity(v).build();
    }

    @POST
    @Path("/{id}/sign")
    @RolesAllowed({ Roles.KEPALA, Roles.UNIT })
    @Operation(summary = "The head signs the agreement",
            description = "The head (kepala) signs a HEAD agreement, the unit's head (unit) an INDIVIDUAL one. "
                    + "Publishes PerformanceAgreementSigned, or PerformanceAgreementRevised for a PK Perubahan.")
    public AgreementDtos.AgreementView signAgreement(@PathParam("id") UUID id, @Valid @NotNull AgreementDtos.SignRequest req) {
        return service.sign(id, req);
    }
}
