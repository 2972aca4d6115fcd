package id.sakip.collection.form;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/forms")
@Tag(name = "Forms", description = "Formulir pengumpulan data kinerja: filled by the units")
public class FormResource {
    private final FormService service;

    public FormResource(FormService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "One form with its rows")
    public FormDtos.FormView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Save the form as a draft (partial rows allowed)",
            description = "422 names each row whose value does not fit its unit of measure; 409 when the version is stale.")
    public FormDtos.FormView save(@PathParam("id") UUID id, @Valid @NotNull FormDtos.FormUpdate req) {
        return service.save(id, req);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP, Roles.UNIT })
    @Operation(summary = "Submit the form to Tim SAKIP", description = "Publishes FormSubmitted. 422 names rows without realisasi.")
    public FormDtos.FormView submit(@PathParam("id") UUID id, @Valid @NotNull FormDtos.VersionRef req) {
        return service.submit(id, req.version());
    }
}
