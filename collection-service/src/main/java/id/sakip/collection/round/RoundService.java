package id.sakip.collection.round;

import id.sakip.collection.agreement.AgreementCopy;
import id.sakip.collection.agreement.AgreementTarget;
import id.sakip.collection.form.CollectionForm;
import id.sakip.collection.form.FormDtos;
import id.sakip.collection.form.FormRow;
import id.sakip.collection.form.FormStatus;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.CollectionRoundOpened;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RoundService {
    private final Outbox outbox;
    private final CallerContext caller;

    public RoundService(Outbox outbox, CallerContext caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * Opens a round and generates one form per responsible unit from the agreement in force (this
     * service's copy), one row per indicator the unit reports.
     */
    @Transactional
    public RoundDtos.RoundView open(RoundDtos.NewRound req) {
        String agencyCode = caller.isAdmin() && req.agencyCode() != null ? req.agencyCode() : caller.agencyCode();
        if (agencyCode == null) {
            throw ProblemException.unprocessable("agencyCode", "is required");
        }
        AgreementCopy agreement = AgreementCopy.current(agencyCode, req.year());
        if (agreement == null) {
            throw ProblemException.unprocessable("year", "no signed Perjanjian Kinerja of agency " + agencyCode
                    + " for " + req.year() + " has reached collection-service");
        }
        if (CollectionRound.count("agencyCode = ?1 and year = ?2 and period = ?3", agencyCode, req.year(),
                req.period()) > 0) {
            throw ProblemException.conflict("agency " + agencyCode + " already has a round for " + req.year() + " "
                    + req.period());
        }
        CollectionRound r = new CollectionRound();
        r.id = UUID.randomUUID();
        r.agencyCode = agencyCode;
        r.regionCode = agreement.regionCode;
        r.provinceCode = agreement.provinceCode;
        r.year = req.year();
        r.period = req.period();
        r.status = RoundStatus.OPEN;
        r.agreementId = agreement.agreementId;
        r.agreementVersion = agreement.agreementVersion;
        r.openedBy = caller.subject();
        r.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        r.persist();

        Map<String, CollectionForm> forms = new LinkedHashMap<>();
        for (AgreementTarget t : agreement.targets) {
            CollectionForm f = forms.computeIfAbsent(t.responsibleUnit, unit -> {
                CollectionForm nf = new CollectionForm();
                nf.id = UUID.randomUUID();
                nf.roundId = r.id;
                nf.unitCode = unit;
                nf.status = FormStatus.DRAFT;
                return nf;
            });
            FormRow row = new FormRow();
            row.id = UUID.randomUUID();
            row.form = f;
            row.position = f.rows.size() + 1;
            row.indicatorCode = t.indicatorCode;
            row.indicatorName = t.indicatorName;
            row.sasaran = t.sasaran;
            row.unitOfMeasure = t.unitOfMeasure;
            row.polarity = t.polarity;
            row.annualTarget = t.annualTarget;
            row.periodTarget = t.quarterTarget(r.period);
            row.annualTargetUpper = t.annualTargetUpper;
            row.periodTargetUpper = t.quarterTargetUpper(r.period);
            f.rows.add(row);
        }
        forms.values().forEach(f -> f.persist());
        List<CollectionRoundOpened.FormRef> refs = forms.values().stream()
                .map(f -> new CollectionRoundOpened.FormRef(f.id, f.unitCode)).toList();
        outbox.publish(EventTypes.Topics.ROUNDS, r.id.toString(), EventTypes.ROUND_OPENED, "rounds/" + r.id,
                r.scope(), new CollectionRoundOpened(r.id, r.agencyCode, r.regionCode, r.provinceCode, r.year,
                        r.period, r.agreementId, refs));
        return view(r, new ArrayList<>(forms.values()));
    }

    @Transactional
    public RoundDtos.RoundView get(UUID id) {
        CollectionRound r = readable(id);
        return view(r, CollectionForm.list("roundId", r.id));
    }

    @Transactional
    public Page<RoundDtos.RoundView> list(PageQuery page, String agencyCode, Integer year, String period,
            RoundStatus status) {
        var sort = page.toSort("openedAt", Set.of("openedAt", "year", "period", "status"));
        Filter f = Filter.scopedTo(caller, agencyCode).eq("year", year).eq("period", period).eq("status", status);
        return Page.<CollectionRound, RoundDtos.RoundView>of(CollectionRound.find(f.query(), sort, f.params()), page,
                r -> view(r, CollectionForm.list("roundId", r.id)));
    }

    @Transactional
    public List<FormDtos.FormView> forms(UUID id) {
        CollectionRound r = readable(id);
        return CollectionForm.<CollectionForm>list("roundId = ?1 order by unitCode", r.id).stream()
                .map(FormDtos.FormView::of).toList();
    }

    /** The round, if the caller may see it; 404 otherwise. */
    public CollectionRound readable(UUID id) {
        CollectionRound r = CollectionRound.findById(id);
        if (r == null) {
            throw ProblemException.notFound("round", id);
        }
        caller.checkRead(r.agencyCode, r.provinceCode, "round", id);
        return r;
    }

    /** The round, if the caller may change it; 404 or 403 otherwise. */
    public CollectionRound writable(UUID id) {
        CollectionRound r = readable(id);
        caller.checkWrite(r.agencyCode, r.provinceCode, "round", id);
        return r;
    }

    public static RoundDtos.RoundView view(CollectionRound r, List<CollectionForm> forms) {
        return new RoundDtos.RoundView(r.id, r.agencyCode, r.year, r.period, r.status, r.agreementId,
                r.agreementVersion, r.openedBy, r.openedAt, r.recapCompiledAt, r.approvedBy, r.approvedAt, r.version,
                forms.stream().map(f -> new RoundDtos.FormSummary(f.id, f.unitCode, f.status, f.submittedAt)).toList());
    }
}
