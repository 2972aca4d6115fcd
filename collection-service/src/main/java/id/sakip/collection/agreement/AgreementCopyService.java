package id.sakip.collection.agreement;

import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads the copies of signed agreements this service received. */
@ApplicationScoped
public class AgreementCopyService {
    private final CallerContext caller;

    public AgreementCopyService(CallerContext caller) {
        this.caller = caller;
    }

    public record TargetView(String indicatorCode, String indicatorName, String unitOfMeasure, String responsibleUnit,
            BigDecimal annualTarget, List<BigDecimal> quarterTargets, List<BigDecimal> monthTargets) {
    }

    public record AgreementCopyView(UUID agreementId, String agencyCode, int year, int agreementVersion,
            List<TargetView> targets) {
        static AgreementCopyView of(AgreementCopy a) {
            return new AgreementCopyView(a.agreementId, a.agencyCode, a.year, a.agreementVersion,
                    a.targets.stream().map(t -> new TargetView(t.indicatorCode, t.indicatorName, t.unitOfMeasure,
                            t.responsibleUnit, t.annualTarget, List.of(t.q1, t.q2, t.q3, t.q4), t.monthTargets)).toList());
        }
    }

    @Transactional
    public Page<AgreementCopyView> list(PageQuery page, String agencyCode, Integer year) {
        var sort = page.toSort("year", Set.of("year", "agreementVersion"));
        Filter f = Filter.scopedTo(caller, agencyCode).eq("year", year);
        return Page.of(AgreementCopy.find(f.query(), sort, f.params()), page, AgreementCopyView::of);
    }
}
