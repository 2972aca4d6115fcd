package id.sakip.indicator.plan;

import id.sakip.common.problem.ProblemException;
import id.sakip.indicator.agency.Agency;
import id.sakip.indicator.agency.AgencyService;
import id.sakip.indicator.indicator.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Renstra plans and their tree; the tree is read with its indicators and their cascade in one call. */
@ApplicationScoped
public class PlanService {
    private final AgencyService agencies;

    public PlanService(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Transactional
    public PlanDtos.PlanView create(String agencyCode, PlanDtos.NewPlan req) {
        Agency agency = agencies.writable(agencyCode);
        if (req.endYear() < req.startYear() || req.endYear() - req.startYear() > 6) {
            throw ProblemException.unprocessable("endYear", "must be from startYear to startYear + 6");
        }
        if (StrategicPlan.count("agencyCode = ?1 and startYear = ?2", agency.code, req.startYear()) > 0) {
            throw ProblemException.conflict("agency " + agency.code + " already has a plan from " + req.startYear());
        }
        StrategicPlan p = new StrategicPlan();
        p.id = UUID.randomUUID();
        p.agencyCode = agency.code;
        p.name = req.name();
        p.startYear = req.startYear();
        p.endYear = req.endYear();
        p.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.persist();
        return PlanDtos.PlanView.of(p);
    }

    @Transactional
    public List<PlanDtos.PlanView> list(String agencyCode) {
        Agency agency = agencies.readable(agencyCode);
        return StrategicPlan.<StrategicPlan>list("agencyCode = ?1 order by startYear", agency.code).stream()
                .map(PlanDtos.PlanView::of).toList();
    }

    @Transactional
    public PlanDtos.NodeView addNode(UUID planId, PlanDtos.NewNode req) {
        StrategicPlan plan = find(planId);
        agencies.writable(plan.agencyCode);
        PlanNode parent = null;
        if (req.parentId() != null) {
            parent = PlanNode.findById(req.parentId());
            if (parent == null || !parent.planId.equals(plan.id)) {
                throw ProblemException.unprocessable("parentId", "no node " + req.parentId() + " in this plan");
            }
        }
        PlanNode.Level expectedParent = req.level().parent();
        if (expectedParent == null ? parent != null : parent == null || parent.level != expectedParent) {
            throw ProblemException.unprocessable("parentId", expectedParent == null ? "a tujuan has no parent"
                    : "a " + req.level() + " hangs under a " + expectedParent);
        }
        if (PlanNode.count("planId = ?1 and lower(code) = lower(?2)", plan.id, req.code()) > 0) {
            throw ProblemException.conflict("code " + req.code() + " is already used in this plan");
        }
        PlanNode n = new PlanNode();
        n.id = UUID.randomUUID();
        n.planId = plan.id;
        n.parentId = parent == null ? null : parent.id;
        n.level = req.level();
        n.code = req.code();
        n.name = req.name();
        n.position = (int) PlanNode.count("planId = ?1", plan.id) + 1;
        n.persist();
        return PlanDtos.NodeView.of(n);
    }

    /** The whole tree with every node's indicators and which indicator each supports. */
    @Transactional
    public PlanDtos.Tree tree(UUID planId) {
        StrategicPlan plan = find(planId);
        agencies.readable(plan.agencyCode);
        List<PlanNode> nodes = PlanNode.list("planId = ?1 order by position", plan.id);
        List<UUID> nodeIds = nodes.stream().map(n -> n.id).toList();
        List<Indicator> indicators = nodeIds.isEmpty() ? List.of()
                : Indicator.list("nodeId in ?1 order by code", nodeIds);
        Map<UUID, Indicator> byId = new HashMap<>();
        indicators.forEach(i -> byId.put(i.id, i));
        Map<UUID, List<PlanDtos.TreeIndicator>> indicatorsByNode = new HashMap<>();
        for (Indicator i : indicators) {
            Indicator supported = i.supportsId == null ? null
                    : byId.getOrDefault(i.supportsId, Indicator.findById(i.supportsId));
            indicatorsByNode.computeIfAbsent(i.nodeId, k -> new ArrayList<>()).add(new PlanDtos.TreeIndicator(i.id,
                    i.code, i.name, i.kind, i.unitOfMeasure, i.baseline, i.endTarget, i.supportsId,
                    supported == null ? null : supported.code));
        }
        Map<UUID, List<PlanNode>> children = new HashMap<>();
        nodes.forEach(n -> children.computeIfAbsent(n.parentId, k -> new ArrayList<>()).add(n));
        return new PlanDtos.Tree(plan.id, plan.agencyCode, plan.name, plan.startYear, plan.endYear,
                build(null, children, indicatorsByNode));
    }

    private static List<PlanDtos.TreeNode> build(UUID parent, Map<UUID, List<PlanNode>> children,
            Map<UUID, List<PlanDtos.TreeIndicator>> indicators) {
        return children.getOrDefault(parent, List.of()).stream()
                .sorted(Comparator.comparing((PlanNode n) -> n.position))
                .map(n -> new PlanDtos.TreeNode(n.id, n.level, n.code, n.name,
                        indicators.getOrDefault(n.id, List.of()), build(n.id, children, indicators)))
                .toList();
    }

    private static StrategicPlan find(UUID id) {
        StrategicPlan p = StrategicPlan.findById(id);
        if (p == null) {
            throw ProblemException.notFound("plan", id);
        }
        return p;
    }

    /** Whether {@code ancestor} lies above {@code node} in its plan. */
    public static boolean isAncestor(PlanNode ancestor, PlanNode node) {
        UUID current = node.parentId;
        while (current != null) {
            if (current.equals(ancestor.id)) {
                return true;
            }
            PlanNode p = PlanNode.findById(current);
            current = p == null ? null : p.parentId;
        }
        return false;
    }
}
