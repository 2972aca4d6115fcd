package id.sakip.collection.agreement;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agreements")
@Tag(name = "Agreements (copy)", description = "The signed agreements as received from indicator-service")
public class AgreementCopyResource {
    private final CallerContext caller;

    public AgreementCopyResource(CallerContext caller) {
        this.caller = caller;
    }

    public record TargetView(String indicatorCode, String indicatorName, String unitOfMeasure, String responsibleUnit,
            BigDecimal annualTarget, List<BigDecimal> quarterTargets) {
    }

    public record AgreementCopyView(UUID agreementId, String agencyCode, int year, int agreementVersion,
            List<TargetView> targets) {
        static AgreementCopyView of(AgreementCopy a) {
            return new AgreementCopyView(a.agreementId, a.agencyCode, a.year, a.agreementVersion,
                    a.targets.stream().map(t -> new TargetView(t.indicatorCode, t.indicatorName, t.unitOfMeasure,
                            t.responsibleUnit, t.annualTarget, List.of(t.q1, t.q2, t.q3, t.q4))).toList());
        }
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "Signed agreements received for the caller's agency",
            description = "Paged (size at most 100). Filter by year; sort by year or agreementVersion.")
    public Page<AgreementCopyView> list(@BeanParam PageQuery page, @QueryParam("agencyCode") String agencyCode,
            @QueryParam("year") Integer year) {
        var sort = page.toSort("year", Set.of("year", "agreementVersion"));
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        String agency = caller.agencyFilter(agencyCode);
        if (agency != null) {
            q.append(" and agencyCode = :agency");
            p.and("agency", agency);
        }
        if (caller.provinceFilter() != null) {
            q.append(" and provinceCode = :province");
            p.and("province", caller.provinceFilter());
        }
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        return Page.of(AgreementCopy.find(q.toString(), sort, p), page, AgreementCopyView::of);
    }
}
