package id.sakip.collection.agreement;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agreements")
@Tag(name = "Agreements (copy)", description = "The signed agreements as received from indicator-service")
public class AgreementCopyResource {
    private final AgreementCopyService service;

    public AgreementCopyResource(AgreementCopyService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "Signed agreements received for the caller's agency",
            description = "Paged (size at most 100). Filter by agencyCode (admin, provinsi) and year; sort by year or agreementVersion.")
    public Page<AgreementCopyService.AgreementCopyView> listAgreementCopies(@BeanParam PageQuery page,
            @QueryParam("agencyCode") String agencyCode, @QueryParam("year") Integer year) {
        return service.list(page, agencyCode, year);
    }
}
