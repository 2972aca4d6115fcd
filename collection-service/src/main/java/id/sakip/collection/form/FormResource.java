package id.sakip.collection.form;

import id.sakip.collection.round.FormStatus;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "List forms; a unit's own with mine=true",
            description = "Paged (size at most 100). mine=true: the forms of the caller's unit (the token's unit claim; "
                    + "422 without one) in every round of the agency. Filter by roundId and status; sort by deadline, "
                    + "status, unitCode or submittedAt.")
    public Page<FormDtos.FormView> listForms(@BeanParam PageQuery page,
            @QueryParam("mine") @DefaultValue("false") boolean mine, @QueryParam("roundId") UUID roundId,
            @QueryParam("status") FormStatus status) {
        return service.list(page, mine, roundId, status);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "One form with its rows")
    public FormDtos.FormView getForm(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Save the form as a draft (partial rows allowed)",
            description = "422 names each row whose value does not fit its unit of measure; 409 when the version is stale.")
    public FormDtos.FormView saveForm(@PathParam("id") UUID id, @Valid @NotNull FormDtos.FormUpdate req) {
        return service.save(id, req);
    }

    @GET
    @Path("/{id}/xlsx")
    @Produces(FormWorkbook.MEDIA_TYPE)
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The form as an Excel workbook (Formulir Pengumpulan Data Capaian Kinerja)",
            description = "Fill the Realisasi and Keterangan columns and upload it with PUT /forms/{id}/xlsx.")
    public Response downloadFormWorkbook(@PathParam("id") UUID id) {
        return Response.ok(service.workbook(id), FormWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"formulir-" + id + ".xlsx\"").build();
    }

    @PUT
    @Path("/{id}/xlsx")
    @Consumes({ FormWorkbook.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Save a filled workbook into the form (as a draft)",
            description = "422 lists every bad cell by its address (I9: 'banyak' is not a number) and saves nothing; "
                    + "409 when the workbook was downloaded before the form's last change.")
    public FormDtos.FormView uploadFormWorkbook(@PathParam("id") UUID id, byte[] body) {
        return service.upload(id, body);
    }

    @POST
    @Path("/{id}/receipt")
    @RolesAllowed({ Roles.ADMIN, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Acknowledge receipt of the form (Bukti tanda terima formulir)",
            description = "By the form's unit, once the forms are distributed; repeating it changes nothing.")
    public FormDtos.FormView acknowledgeForm(@PathParam("id") UUID id) {
        return service.acknowledge(id);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({ Roles.ADMIN, Roles.TIM_SAKIP, Roles.UNIT })
    @Operation(summary = "Submit the form to Tim SAKIP", description = "Publishes FormSubmitted. 422 names rows without realisasi.")
    public FormDtos.FormView submitForm(@PathParam("id") UUID id, @Valid @NotNull FormDtos.VersionRef req) {
        return service.submit(id, req.version());
    }
}
