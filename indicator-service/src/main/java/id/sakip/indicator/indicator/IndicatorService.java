package id.sakip.indicator.indicator;

import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.indicator.agency.Agency;
import id.sakip.indicator.agency.AgencyService;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class IndicatorService {
    private final AgencyService agencies;
    private final CallerContext caller;

    public IndicatorService(AgencyService agencies, CallerContext caller) {
        this.agencies = agencies;
        this.caller = caller;
    }

    @Transactional
    public IndicatorDtos.IndicatorView define(String agencyCode, IndicatorDtos.NewIndicator req) {
        Agency agency = agencies.writable(agencyCode);
        if (Indicator.count("agencyCode = ?1 and code = ?2", agency.code, req.code()) > 0) {
            throw ProblemException.conflict("indicator " + req.code() + " already exists in agency " + agency.code);
        }
        Indicator i = new Indicator();
        i.id = UUID.randomUUID();
        i.agencyCode = agency.code;
        i.code = req.code();
        i.name = req.name();
        i.kind = req.kind();
        i.sasaran = req.sasaran();
        i.unitOfMeasure = req.unitOfMeasure();
        i.polarity = req.polarity();
        i.aggregation = req.aggregation();
        i.frequency = req.frequency();
        i.responsibleUnit = req.responsibleUnit();
        i.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        i.persist();
        return IndicatorDtos.IndicatorView.of(i);
    }

    @Transactional
    public Page<IndicatorDtos.IndicatorView> list(String agencyCode, PageQuery page, IndicatorEnums.Kind kind,
            String responsibleUnit) {
        var sort = page.toSort("code", Set.of("code", "name", "kind", "responsibleUnit"));
        Agency agency = agencies.readable(agencyCode);
        StringBuilder q = new StringBuilder("agencyCode = :agency");
        Parameters p = Parameters.with("agency", agency.code);
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (responsibleUnit != null) {
            q.append(" and responsibleUnit = :unit");
            p.and("unit", responsibleUnit);
        }
        return Page.of(Indicator.find(q.toString(), sort, p), page, IndicatorDtos.IndicatorView::of);
    }

    @Transactional
    public IndicatorDtos.IndicatorView get(UUID id) {
        Indicator i = Indicator.findById(id);
        if (i == null) {
            throw ProblemException.notFound("indicator", id);
        }
        Agency a = Agency.findById(i.agencyCode);
        caller.checkRead(a.code, a.provinceCode, "indicator", id);
        return IndicatorDtos.IndicatorView.of(i);
    }
}
