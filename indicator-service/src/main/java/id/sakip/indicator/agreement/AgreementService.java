package id.sakip.indicator.agreement;

import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.indicator.agency.Agency;
import id.sakip.indicator.agency.AgencyService;
import id.sakip.indicator.indicator.Indicator;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AgreementService {
    private final AgencyService agencies;
    private final Outbox outbox;

    public AgreementService(AgencyService agencies, Outbox outbox) {
        this.agencies = agencies;
        this.outbox = outbox;
    }

    /**
     * Drafts an agreement. The first for a year is version 1; drafting again after a signed one makes
     * the revision (PK Perubahan) with the next version. Only one draft per agency and year at a time.
     */
    @Transactional
    public AgreementDtos.AgreementView draft(String agencyCode, AgreementDtos.NewAgreement req) {
        Agency agency = agencies.writable(agencyCode);
        if (PerformanceAgreement.count("agencyCode = ?1 and year = ?2 and status = ?3", agency.code, req.year(),
                AgreementStatus.DRAFT) > 0) {
            throw ProblemException.conflict("agency " + agency.code + " already has a draft agreement for " + req.year());
        }
        Integer max = PerformanceAgreement.find("select max(agreementVersion) from PerformanceAgreement "
                + "where agencyCode = ?1 and year = ?2", agency.code, req.year()).project(Integer.class).firstResult();
        PerformanceAgreement a = new PerformanceAgreement();
        a.id = UUID.randomUUID();
        a.agencyCode = agency.code;
        a.year = req.year();
        a.agreementVersion = max == null ? 1 : max + 1;
        a.status = AgreementStatus.DRAFT;
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        setItems(a, req.items());
        a.persist();
        return AgreementDtos.AgreementView.of(a);
    }

    @Transactional
    public AgreementDtos.AgreementView update(UUID id, AgreementDtos.AgreementUpdate req) {
        PerformanceAgreement a = writable(id);
        ProblemException.requireVersion("agreement", a.id, a.version, req.version());
        if (a.status != AgreementStatus.DRAFT) {
            throw ProblemException.conflict("agreement " + id + " is " + a.status + "; a signed agreement never changes");
        }
        a.items.clear();
        PerformanceAgreement.flush();
        setItems(a, req.items());
        PerformanceAgreement.getEntityManager().lock(a, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        PerformanceAgreement.flush();
        return AgreementDtos.AgreementView.of(a);
    }

    @Transactional
    public AgreementDtos.AgreementView sign(UUID id, AgreementDtos.SignRequest req) {
        PerformanceAgreement a = writable(id);
        ProblemException.requireVersion("agreement", a.id, a.version, req.version());
        if (a.status != AgreementStatus.DRAFT) {
            throw ProblemException.conflict("agreement " + id + " is already " + a.status);
        }
        a.status = AgreementStatus.SIGNED;
        a.signatoryName = req.signatoryName();
        a.signatoryNip = req.signatoryNip();
        a.signatoryPosition = req.signatoryPosition();
        a.signedAt = OffsetDateTime.now(ZoneOffset.UTC);
        PerformanceAgreement.flush();
        Agency agency = Agency.findById(a.agencyCode);
        PerformanceAgreementSigned event = new PerformanceAgreementSigned(a.id, agency.code, agency.regionCode,
                agency.provinceCode, a.year, a.agreementVersion, a.signedAt,
                new PerformanceAgreementSigned.Signatory(a.signatoryName, a.signatoryNip, a.signatoryPosition),
                a.items.stream().map(i -> new PerformanceAgreementSigned.Item(i.indicator.code, i.indicator.name,
                        i.indicator.sasaran, i.indicator.unitOfMeasure, i.indicator.polarity.name(),
                        i.indicator.aggregation.name(), i.indicator.responsibleUnit, i.annualTarget, i.quarters()))
                        .toList());
        outbox.publish(EventTypes.Topics.AGREEMENTS, a.id.toString(), EventTypes.AGREEMENT_SIGNED,
                "agreements/" + a.id, agency.scope(), event);
        return AgreementDtos.AgreementView.of(a);
    }

    @Transactional
    public AgreementDtos.AgreementView get(UUID id) {
        PerformanceAgreement a = PerformanceAgreement.findById(id);
        if (a == null) {
            throw ProblemException.notFound("agreement", id);
        }
        agencies.readable(a.agencyCode);
        return AgreementDtos.AgreementView.of(a);
    }

    @Transactional
    public Page<AgreementDtos.AgreementSummary> list(String agencyCode, PageQuery page, Integer year,
            AgreementStatus status) {
        var sort = page.toSort("year", Set.of("year", "agreementVersion", "status", "signedAt"));
        agencies.readable(agencyCode);
        StringBuilder q = new StringBuilder("agencyCode = :agency");
        Parameters p = Parameters.with("agency", agencyCode);
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        return Page.of(PerformanceAgreement.find(q.toString(), sort, p), page, AgreementDtos.AgreementSummary::of);
    }

    private PerformanceAgreement writable(UUID id) {
        PerformanceAgreement a = PerformanceAgreement.findById(id);
        if (a == null) {
            throw ProblemException.notFound("agreement", id);
        }
        agencies.writable(a.agencyCode);
        return a;
    }


    /** Validates every item before touching the agreement: a rejected request writes nothing. */
    private static void setItems(PerformanceAgreement a, List<AgreementDtos.ItemInput> inputs) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int n = 0; n < inputs.size(); n++) {
            AgreementDtos.ItemInput in = inputs.get(n);
            String field = "items[" + n + "]";
            Indicator ind = Indicator.findById(in.indicatorId());
            if (ind == null || !ind.agencyCode.equals(a.agencyCode)) {
                errors.add(new Problem.FieldError(field + ".indicatorId", "no indicator " + in.indicatorId()
                        + " in agency " + a.agencyCode));
                indicators.add(null);
                continue;
            }
            if (!seen.add(ind.id)) {
                errors.add(new Problem.FieldError(field + ".indicatorId", "indicator " + ind.code + " is listed twice"));
            }
            Problem.FieldError targets = TargetRules.check(field + ".quarterTargets", ind.aggregation,
                    in.annualTarget(), in.quarterTargets());
            if (targets != null) {
                errors.add(targets);
            }
            indicators.add(ind);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " item(s) are not valid", errors);
        }
        for (int n = 0; n < inputs.size(); n++) {
            AgreementDtos.ItemInput in = inputs.get(n);
            AgreementItem item = new AgreementItem();
            item.id = UUID.randomUUID();
            item.agreement = a;
            item.indicator = indicators.get(n);
            item.position = n + 1;
            item.annualTarget = in.annualTarget();
            item.q1 = in.quarterTargets().get(0);
            item.q2 = in.quarterTargets().get(1);
            item.q3 = in.quarterTargets().get(2);
            item.q4 = in.quarterTargets().get(3);
            a.items.add(item);
        }
    }
}
