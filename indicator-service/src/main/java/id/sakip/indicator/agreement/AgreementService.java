package id.sakip.indicator.agreement;

import id.sakip.common.audit.AuditLog;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.indicator.agency.Agency;
import id.sakip.indicator.agency.AgencyService;
import id.sakip.indicator.indicator.Indicator;
import id.sakip.indicator.indicator.IndicatorEnums;
import id.sakip.indicator.plan.PlanNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
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
    private final AuditLog audit;
    private final Event<PerformanceAgreementSigned> signedEvents;
    private final AgencyService agencies;
    private final Outbox outbox;
    private final CallerContext caller;

    public AgreementService(AgencyService agencies, Outbox outbox, CallerContext caller, AuditLog audit,
            Event<PerformanceAgreementSigned> signedEvents) {
        this.signedEvents = signedEvents;
        this.audit = audit;
        this.agencies = agencies;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * Drafts the first version of an agreement for a year (the head's, or a unit head's for IKI).
     * Once one is signed, changes go through {@link #revise} (PK Perubahan). One draft at a time.
     */
    @Transactional
    public AgreementDtos.AgreementView draft(String agencyCode, AgreementDtos.NewAgreement req) {
        Agency agency = agencies.writable(agencyCode);
        AgreementKind kind = req.kind() == null ? AgreementKind.HEAD : req.kind();
        String unit = kind == AgreementKind.INDIVIDUAL ? req.signatoryUnit() : null;
        if (kind == AgreementKind.INDIVIDUAL && (unit == null || unit.isBlank())) {
            throw ProblemException.unprocessable("signatoryUnit", "an INDIVIDUAL agreement names the unit whose head signs it");
        }
        List<PerformanceAgreement> existing = PerformanceAgreement.list(
                "agencyCode = ?1 and year = ?2 and kind = ?3 and " + (unit == null ? "signatoryUnit is null" : "signatoryUnit = ?4"),
                unit == null ? new Object[] {agency.code, req.year(), kind} : new Object[] {agency.code, req.year(), kind, unit});
        if (!existing.isEmpty()) {
            boolean draftOpen = existing.stream().anyMatch(e -> e.status == AgreementStatus.DRAFT);
            throw ProblemException.conflict("agency " + agency.code + " already has " + (draftOpen ? "a draft" : "a signed")
                    + " " + kind + " agreement for " + req.year() + (draftOpen ? "" : "; revise it (PK Perubahan) instead"));
        }
        PerformanceAgreement a = new PerformanceAgreement();
        a.id = UUID.randomUUID();
        a.agencyCode = agency.code;
        a.year = req.year();
        a.kind = kind;
        a.signatoryUnit = unit;
        a.agreementVersion = 1;
        a.status = AgreementStatus.DRAFT;
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        setItems(a, req.items());
        a.persist();
        return audited("AGREEMENT_DRAFTED", null, a);
    }

    /**
     * PK Perubahan: a new draft version copying the signed agreement's items; the signed one stays as
     * it is and readable. Signing the new version publishes PerformanceAgreementRevised.
     */
    @Transactional
    public AgreementDtos.AgreementView revise(UUID id) {
        PerformanceAgreement signed = writable(id);
        if (signed.status != AgreementStatus.SIGNED) {
            throw ProblemException.conflict("agreement " + id + " is " + signed.status + "; only a signed agreement is revised");
        }
        Integer max = PerformanceAgreement.find("select max(agreementVersion) from PerformanceAgreement "
                + "where agencyCode = ?1 and year = ?2 and kind = ?3 and coalesce(signatoryUnit, '') = ?4",
                signed.agencyCode, signed.year, signed.kind, signed.signatoryUnit == null ? "" : signed.signatoryUnit)
                .project(Integer.class).firstResult();
        if (max != signed.agreementVersion) {
            throw ProblemException.conflict("agreement " + id + " (version " + signed.agreementVersion
                    + ") is not the latest version (" + max + ")");
        }
        PerformanceAgreement a = new PerformanceAgreement();
        a.id = UUID.randomUUID();
        a.agencyCode = signed.agencyCode;
        a.year = signed.year;
        a.kind = signed.kind;
        a.signatoryUnit = signed.signatoryUnit;
        a.agreementVersion = signed.agreementVersion + 1;
        a.supersedesId = signed.id;
        a.status = AgreementStatus.DRAFT;
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        for (AgreementItem from : signed.items) {
            AgreementItem item = new AgreementItem();
            item.id = UUID.randomUUID();
            item.agreement = a;
            item.indicator = from.indicator;
            item.position = from.position;
            item.annualTarget = from.annualTarget;
            item.q1 = from.q1;
            item.q2 = from.q2;
            item.q3 = from.q3;
            item.q4 = from.q4;
            item.monthTargets = from.monthTargets;
            item.annualTargetUpper = from.annualTargetUpper;
            item.quarterTargetsUpper = from.quarterTargetsUpper;
            item.monthTargetsUpper = from.monthTargetsUpper;
            a.items.add(item);
        }
        a.persist();
        return audited("AGREEMENT_REVISION_DRAFTED", AgreementDtos.AgreementView.of(signed), a);
    }

    @Transactional
    public AgreementDtos.AgreementView update(UUID id, AgreementDtos.AgreementUpdate req) {
        PerformanceAgreement a = writable(id);
        ProblemException.requireVersion("agreement", a.id, a.version, req.version());
        if (a.status != AgreementStatus.DRAFT) {
            throw ProblemException.conflict("agreement " + id + " is " + a.status + "; a signed agreement never changes");
        }
        AgreementDtos.AgreementView before = AgreementDtos.AgreementView.of(a);
        a.items.clear();
        PerformanceAgreement.flush();
        setItems(a, req.items());
        PerformanceAgreement.getEntityManager().lock(a, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        PerformanceAgreement.flush();
        return audited("AGREEMENT_CHANGED", before, a);
    }

    @Transactional
    public AgreementDtos.AgreementView sign(UUID id, AgreementDtos.SignRequest req) {
        PerformanceAgreement a = writable(id);
        ProblemException.requireVersion("agreement", a.id, a.version, req.version());
        if (a.kind == AgreementKind.HEAD ? !caller.hasRole(Roles.KEPALA)
                : !(caller.hasRole(Roles.UNIT) && a.signatoryUnit.equals(caller.unitCode()))) {
            throw ProblemException.forbidden(a.kind == AgreementKind.HEAD ? "the head (kepala) signs this agreement"
                    : "the head of unit " + a.signatoryUnit + " signs this agreement");
        }
        AgreementDtos.AgreementView unsigned = AgreementDtos.AgreementView.of(a);
        Agency agency = Agency.findById(a.agencyCode);
        PerformanceAgreementSigned signed = a.sign(new PerformanceAgreementSigned.Signatory(req.signatoryName(),
                req.signatoryNip(), req.signatoryPosition()), agency.scope(), OffsetDateTime.now(ZoneOffset.UTC),
                AgreementService::tujuanOf);
        PerformanceAgreement.flush();
        outbox.publish(signed);
        signedEvents.fire(signed);
        return audited("AGREEMENT_SIGNED", unsigned, a);
    }

    /** Records the change in the agency's audit chain and returns the agreement as it is now. */
    private AgreementDtos.AgreementView audited(String action, AgreementDtos.AgreementView before, PerformanceAgreement a) {
        PerformanceAgreement.flush();
        AgreementDtos.AgreementView after = AgreementDtos.AgreementView.of(a);
        audit.record(a.agencyCode, caller.subject(), action, "agreement", a.id, before, after, null);
        return after;
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
        List<AgreementDtos.ItemInput> resolved = new ArrayList<>();
        for (int n = 0; n < inputs.size(); n++) {
            String field = "items[" + n + "]";
            Indicator ind = Indicator.findById(inputs.get(n).indicatorId());
            if (ind == null || !ind.agencyCode.equals(a.agencyCode)) {
                errors.add(new Problem.FieldError(field + ".indicatorId", "no indicator " + inputs.get(n).indicatorId()
                        + " in agency " + a.agencyCode));
                indicators.add(null);
                resolved.add(null);
                continue;
            }
            AgreementDtos.ItemInput in = PredicateTargets.resolve(field, ind, inputs.get(n), errors);
            resolved.add(in);
            if (!seen.add(ind.id)) {
                errors.add(new Problem.FieldError(field + ".indicatorId", "indicator " + ind.code + " is listed twice"));
            }
            if (in == null) {
                // its targets are missing or off its scale (named in errors)
                indicators.add(ind);
                continue;
            }
            boolean iki = ind.kind == IndicatorEnums.Kind.IKI;
            if (a.kind == AgreementKind.INDIVIDUAL && (!iki || !ind.responsibleUnit.equals(a.signatoryUnit))) {
                errors.add(new Problem.FieldError(field + ".indicatorId", "an individual agreement of unit "
                        + a.signatoryUnit + " holds only that unit's IKI indicators; " + ind.code + " is not one"));
            } else if (a.kind == AgreementKind.HEAD && iki) {
                errors.add(new Problem.FieldError(field + ".indicatorId", ind.code
                        + " is an IKI indicator: it belongs in the unit head's INDIVIDUAL agreement"));
            }
            Problem.FieldError targets = TargetRules.check(field + ".quarterTargets", ind.aggregation,
                    in.annualTarget(), in.quarterTargets());
            if (targets != null) {
                errors.add(targets);
            }
            boolean monthly = ind.frequency == IndicatorEnums.Frequency.MONTHLY;
            if (monthly && in.monthTargets() == null) {
                errors.add(new Problem.FieldError(field + ".monthTargets", ind.code
                        + " is reported monthly: its 12 monthly targets are required"));
            } else if (!monthly && in.monthTargets() != null) {
                errors.add(new Problem.FieldError(field + ".monthTargets", ind.code
                        + " is reported quarterly: it has no monthly targets"));
            } else if (monthly) {
                Problem.FieldError months = TargetRules.check(field + ".monthTargets", ind.aggregation,
                        in.annualTarget(), in.monthTargets());
                if (months != null) {
                    errors.add(months);
                }
            }
            errors.addAll(TargetRules.checkRange(field, ind.polarity == Polarity.RANGE,
                    ind.aggregation, monthly, in));
            indicators.add(ind);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " item(s) are not valid", errors);
        }
        for (int n = 0; n < resolved.size(); n++) {
            AgreementDtos.ItemInput in = resolved.get(n);
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
            item.monthTargets = in.monthTargets() == null ? null : List.copyOf(in.monthTargets());
            item.annualTargetUpper = in.annualTargetUpper();
            item.quarterTargetsUpper = in.quarterTargetsUpper() == null ? null : List.copyOf(in.quarterTargetsUpper());
            item.monthTargetsUpper = in.monthTargetsUpper() == null ? null : List.copyOf(in.monthTargetsUpper());
            a.items.add(item);
        }
    }

    /** The name of the Renstra tujuan at or above a plan node; null when the indicator is not in the plan tree. */
    static String tujuanOf(UUID nodeId) {
        PlanNode node = nodeId == null ? null : PlanNode.findById(nodeId);
        while (node != null && node.level != PlanNode.Level.TUJUAN) {
            node = node.parentId == null ? null : PlanNode.findById(node.parentId);
        }
        return node == null ? null : node.name;
    }
}
