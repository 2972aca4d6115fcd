package id.sakip.indicator.organisation;

import id.sakip.common.problem.ProblemException;
import id.sakip.indicator.agency.Agency;
import id.sakip.indicator.agency.AgencyChanged;
import id.sakip.indicator.agency.AgencyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Units (with dated names), officials and Tim SAKIP membership of an agency. */
@ApplicationScoped
public class OrganisationService {
    private final AgencyService agencies;
    private final Event<AgencyChanged> changed;

    public OrganisationService(AgencyService agencies, Event<AgencyChanged> changed) {
        this.agencies = agencies;
        this.changed = changed;
    }

    @Transactional
    public OrganisationDtos.UnitView addUnit(String agencyCode, OrganisationDtos.NewUnit req) {
        Agency agency = agencies.writable(agencyCode);
        if (Unit.count("agencyCode = ?1 and lower(code) = lower(?2)", agency.code, req.code()) > 0) {
            throw ProblemException.conflict("unit " + req.code() + " already exists in agency " + agency.code);
        }
        Unit u = new Unit();
        u.id = UUID.randomUUID();
        u.agencyCode = agency.code;
        u.code = req.code();
        u.kind = req.kind();
        u.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        UnitName n = new UnitName();
        n.unit = u;
        n.validFrom = req.validFrom();
        n.name = req.name();
        u.names.add(n);
        u.persist();
        changed.fire(new AgencyChanged(agency.code));
        return OrganisationDtos.UnitView.of(u, LocalDate.now());
    }

    /** Renames a unit from a date on; the earlier name stays for earlier dates. */
    @Transactional
    public OrganisationDtos.UnitView rename(UUID unitId, OrganisationDtos.Rename req) {
        Unit u = Unit.findById(unitId);
        if (u == null) {
            throw ProblemException.notFound("unit", unitId);
        }
        agencies.writable(u.agencyCode);
        ProblemException.requireVersion("unit", unitId, u.version, req.version());
        LocalDate last = u.names.get(u.names.size() - 1).validFrom;
        if (!req.validFrom().isAfter(last)) {
            throw ProblemException.unprocessable("validFrom", "must be after " + last + ", the start of the current name");
        }
        UnitName n = new UnitName();
        n.unit = u;
        n.validFrom = req.validFrom();
        n.name = req.name();
        u.names.add(n);
        Unit.getEntityManager().lock(u, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Unit.flush();
        changed.fire(new AgencyChanged(u.agencyCode));
        return OrganisationDtos.UnitView.of(u, req.validFrom());
    }

    @Transactional
    public List<OrganisationDtos.UnitView> units(String agencyCode, LocalDate on) {
        Agency agency = agencies.readable(agencyCode);
        LocalDate date = on == null ? LocalDate.now() : on;
        return Unit.<Unit>list("agencyCode = ?1 order by code", agency.code).stream()
                .map(u -> OrganisationDtos.UnitView.of(u, date)).toList();
    }

    @Transactional
    public OrganisationDtos.OfficialView addOfficial(String agencyCode, OrganisationDtos.NewOfficial req) {
        Agency agency = agencies.writable(agencyCode);
        if (req.validTo() != null && req.validTo().isBefore(req.validFrom())) {
            throw ProblemException.unprocessable("validTo", "must not be before validFrom");
        }
        if (req.unitCode() != null && Unit.count("agencyCode = ?1 and code = ?2", agency.code, req.unitCode()) == 0) {
            throw ProblemException.unprocessable("unitCode", "no unit " + req.unitCode() + " in agency " + agency.code);
        }
        Official o = new Official();
        o.id = UUID.randomUUID();
        o.agencyCode = agency.code;
        o.name = req.name();
        o.nip = req.nip();
        o.position = req.position();
        o.role = req.role();
        o.unitCode = req.unitCode();
        o.timSakip = req.timSakip();
        o.validFrom = req.validFrom();
        o.validTo = req.validTo();
        o.username = req.username();
        o.persist();
        return OrganisationDtos.OfficialView.of(o);
    }

    /** Officials in office on {@code on} (default today); {@code timSakip} lists the Tim SAKIP only. */
    @Transactional
    public List<OrganisationDtos.OfficialView> officials(String agencyCode, LocalDate on, Boolean timSakip) {
        Agency agency = agencies.readable(agencyCode);
        LocalDate date = on == null ? LocalDate.now() : on;
        return Official.<Official>list("agencyCode = ?1 order by role, name", agency.code).stream()
                .filter(o -> o.activeOn(date))
                .filter(o -> timSakip == null || o.timSakip == timSakip)
                .map(OrganisationDtos.OfficialView::of).toList();
    }
}
