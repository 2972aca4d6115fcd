package id.sakip.indicator.indicator;

import id.sakip.common.audit.AuditLog;
import id.sakip.common.event.v1.IndicatorDefined;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.vocabulary.ScalePoint;
import id.sakip.indicator.agency.Agency;
import id.sakip.indicator.agency.AgencyService;
import id.sakip.indicator.plan.PlanNode;
import id.sakip.indicator.plan.PlanService;
import id.sakip.indicator.plan.StrategicPlan;
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
public class IndicatorService {
    /** The unit of measure of indicators valued on a predicate scale (e.g. audit opinions). */
    public static final String PREDICATE_UNIT = "predikat";

    private final AuditLog audit;
    private final AgencyService agencies;
    private final CallerContext caller;
    private final Outbox outbox;

    public IndicatorService(AgencyService agencies, CallerContext caller, Outbox outbox, AuditLog audit) {
        this.audit = audit;
        this.agencies = agencies;
        this.caller = caller;
        this.outbox = outbox;
    }

    @Transactional
    public IndicatorDtos.IndicatorView define(String agencyCode, IndicatorDtos.NewIndicator req) {
        Agency agency = agencies.writable(agencyCode);
        if (Indicator.count("agencyCode = ?1 and lower(code) = lower(?2)", agency.code, req.code()) > 0) {
            throw ProblemException.conflict("indicator " + req.code() + " already exists in agency " + agency.code);
        }
        Indicator i = new Indicator();
        i.id = UUID.randomUUID();
        i.agencyCode = agency.code;
        i.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(i, req);
        i.persist();
        Indicator.flush();
        publish(agency, i);
        IndicatorDtos.IndicatorView view = IndicatorDtos.IndicatorView.of(i);
        audit.record(agency.code, caller.subject(), "INDICATOR_DEFINED", "indicator", i.id, null, view, null);
        return view;
    }

    /** Changes an indicator (IndicatorChanged). Agreements already signed keep the targets they were signed with. */
    @Transactional
    public IndicatorDtos.IndicatorView update(UUID id, IndicatorDtos.IndicatorUpdate req) {
        Indicator i = find(id);
        Agency agency = agencies.writable(i.agencyCode);
        ProblemException.requireVersion("indicator", id, i.version, req.version());
        if (!i.code.equals(req.indicator().code())
                && Indicator.count("agencyCode = ?1 and lower(code) = lower(?2)", agency.code, req.indicator().code()) > 0) {
            throw ProblemException.conflict("indicator " + req.indicator().code() + " already exists in agency "
                    + agency.code);
        }
        IndicatorDtos.IndicatorView before = IndicatorDtos.IndicatorView.of(i);
        apply(i, req.indicator());
        Indicator.flush(); // the version moves with the change, before the event records it
        if (i.version != before.version()) {
            // a change is an event; an update that changes nothing is not (it keeps its version)
            publish(agency, i);
        }
        IndicatorDtos.IndicatorView after = IndicatorDtos.IndicatorView.of(i);
        audit.record(agency.code, caller.subject(), "INDICATOR_CHANGED", "indicator", i.id, before, after, null);
        return after;
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
        Indicator i = find(id);
        Agency a = Agency.findById(i.agencyCode);
        caller.checkRead(a.code, a.provinceCode, "indicator", id);
        return IndicatorDtos.IndicatorView.of(i);
    }

    private static Indicator find(UUID id) {
        Indicator i = Indicator.findById(id);
        if (i == null) {
            throw ProblemException.notFound("indicator", id);
        }
        return i;
    }

    /** Validates the whole request, then copies it onto the entity: a rejected request changes nothing. */
    private static void apply(Indicator i, IndicatorDtos.NewIndicator req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PlanNode node = null;
        if (req.nodeId() != null) {
            node = PlanNode.findById(req.nodeId());
            StrategicPlan plan = node == null ? null : StrategicPlan.findById(node.planId);
            if (plan == null || !plan.agencyCode.equals(i.agencyCode)) {
                errors.add(new Problem.FieldError("nodeId", "no plan node " + req.nodeId() + " in agency " + i.agencyCode));
                node = null;
            } else if (!fits(req.kind(), node.level)) {
                errors.add(new Problem.FieldError("kind", "a " + req.kind() + " indicator does not belong on a "
                        + node.level + " node"));
            }
        }
        if (req.supportsId() != null) {
            Indicator supported = Indicator.findById(req.supportsId());
            if (supported == null || !supported.agencyCode.equals(i.agencyCode) || supported.id.equals(i.id)) {
                errors.add(new Problem.FieldError("supportsId", "no other indicator " + req.supportsId()
                        + " in agency " + i.agencyCode));
            } else if (node != null && supported.nodeId != null) {
                PlanNode above = PlanNode.findById(supported.nodeId);
                if (!PlanService.isAncestor(above, node)) {
                    errors.add(new Problem.FieldError("supportsId", "indicator " + supported.code
                            + " is not on a node above this indicator's node"));
                }
            }
        }
        boolean predicate = PREDICATE_UNIT.equalsIgnoreCase(req.unitOfMeasure());
        if (predicate && (req.predicateScale() == null || req.predicateScale().size() < 2)) {
            errors.add(new Problem.FieldError("predicateScale", "a predikat indicator needs a scale of at least two labels"));
        }
        if (req.predicateScale() != null) {
            Set<String> labels = new HashSet<>();
            for (ScalePoint p : req.predicateScale()) {
                if (p.label() == null || p.label().isBlank() || p.value() == null || !labels.add(p.label())) {
                    errors.add(new Problem.FieldError("predicateScale", "labels must be distinct and each needs a value"));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors.size() + " field(s) are not valid", errors);
        }
        i.code = req.code();
        i.name = req.name();
        i.kind = req.kind();
        i.sasaran = req.sasaran();
        i.unitOfMeasure = req.unitOfMeasure();
        i.polarity = req.polarity();
        i.aggregation = req.aggregation();
        i.frequency = req.frequency();
        i.responsibleUnit = req.responsibleUnit();
        i.nodeId = req.nodeId();
        i.supportsId = req.supportsId();
        i.definition = req.definition();
        i.formula = req.formula();
        i.dataSource = req.dataSource();
        i.baseline = req.baseline();
        i.endTarget = req.endTarget();
        i.predicateScale = req.predicateScale() == null ? null : List.copyOf(req.predicateScale());
    }

    /** IKU on a tujuan or sasaran; program, kegiatan and sub-kegiatan indicators on their own level; IKK and IKI anywhere. */
    private static boolean fits(IndicatorEnums.Kind kind, PlanNode.Level level) {
        return switch (kind) {
            case IKU -> level == PlanNode.Level.TUJUAN || level == PlanNode.Level.SASARAN;
            case PROGRAM -> level == PlanNode.Level.PROGRAM;
            case KEGIATAN -> level == PlanNode.Level.KEGIATAN;
            case SUB_KEGIATAN -> level == PlanNode.Level.SUB_KEGIATAN;
            case IKK, IKI -> true;
        };
    }

    /** IndicatorDefined for a new indicator (version 0), IndicatorChanged after (the event's type says which). */
    private void publish(Agency agency, Indicator i) {
        PlanNode node = i.nodeId == null ? null : PlanNode.findById(i.nodeId);
        Indicator supported = i.supportsId == null ? null : Indicator.findById(i.supportsId);
        outbox.publish(new IndicatorDefined(i.id, agency.code, agency.regionCode, agency.provinceCode, i.code,
                i.name, i.kind.name(), i.sasaran, i.unitOfMeasure, i.polarity, i.aggregation,
                i.frequency.name(), i.responsibleUnit, node == null ? null : node.code,
                supported == null ? null : supported.code, i.definition, i.formula, i.dataSource, i.baseline,
                i.endTarget, i.predicateScale, i.version));
    }
}
