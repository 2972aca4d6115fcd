package id.sakip.indicator.agency;

import id.sakip.common.agency.AgencyDirectory;
import id.sakip.common.event.v1.AgencyRegistered;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@ApplicationScoped
public class AgencyService {
    private final Outbox outbox;
    private final CallerContext caller;
    private final AgencyDirectory directory;
    private final Event<AgencyChanged> changed;

    public AgencyService(Outbox outbox, CallerContext caller, AgencyDirectory directory, Event<AgencyChanged> changed) {
        this.outbox = outbox;
        this.caller = caller;
        this.directory = directory;
        this.changed = changed;
    }

    @Transactional
    public AgencyDtos.AgencyView register(AgencyDtos.NewAgency req) {
        Agency existing = Agency.find("lower(code) = lower(?1)", req.code()).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("agency " + existing.code + " already exists"
                    + (existing.code.equals(req.code()) ? "" : " (codes are the same without regard to letter case)"));
        }
        Agency a = new Agency();
        a.code = req.code();
        a.name = req.name();
        a.type = req.type();
        a.regionCode = req.regionCode();
        a.provinceCode = req.regionCode().substring(0, 2);
        a.address = req.address();
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
        AgencyRegistered event = new AgencyRegistered(a.code, a.regionCode, a.provinceCode, a.name, a.type.name());
        directory.register(event);
        outbox.publish(event);
        changed.fire(new AgencyChanged(a.code));
        return AgencyDtos.AgencyView.of(a);
    }

    /** The agency, if the caller may see it; 404 otherwise. */
    public Agency readable(String code) {
        Agency a = Agency.findById(code);
        if (a == null) {
            throw ProblemException.notFound("agency", code);
        }
        caller.checkRead(a.code, a.provinceCode, "agency", code);
        return a;
    }

    /** The agency, if the caller may change its data; 404 or 403 otherwise. */
    public Agency writable(String code) {
        Agency a = Agency.findById(code);
        if (a == null) {
            throw ProblemException.notFound("agency", code);
        }
        caller.checkWrite(a.code, a.provinceCode, "agency", code);
        return a;
    }

    @Transactional
    public Page<AgencyDtos.AgencyView> list(PageQuery page, String provinceCode, String regionCode, AgencyType type,
            String q) {
        var sort = page.toSort("code", Set.of("code", "name", "regionCode", "type"));
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String own = caller.agencyFilter(null);
        if (!caller.isAdmin() && !caller.hasRole(Roles.PROVINSI)) {
            where.add("code = :own");
            params.and("own", own);
        }
        String province = caller.provinceFilter();
        if (province != null) {
            where.add("provinceCode = :callerProvince");
            params.and("callerProvince", province);
        }
        if (provinceCode != null) {
            where.add("provinceCode = :province");
            params.and("province", provinceCode);
        }
        if (regionCode != null) {
            where.add("regionCode = :region");
            params.and("region", regionCode);
        }
        if (type != null) {
            where.add("type = :type");
            params.and("type", type);
        }
        if (q != null && !q.isBlank()) {
            where.add("lower(name) like :q");
            params.and("q", "%" + q.toLowerCase(Locale.ROOT) + "%");
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return Page.of(Agency.find(query, sort, params), page, AgencyDtos.AgencyView::of);
    }
}
