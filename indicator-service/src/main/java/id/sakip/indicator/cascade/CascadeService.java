package id.sakip.indicator.cascade;

import id.sakip.indicator.agency.AgencyService;
import id.sakip.indicator.indicator.Indicator;
import id.sakip.indicator.plan.PlanNode;
import id.sakip.indicator.plan.PlanService;
import id.sakip.indicator.plan.StrategicPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The cascade: a plan's tree with the indicators on each node and which indicator each supports. */
@ApplicationScoped
public class CascadeService {
    private final AgencyService agencies;

    public CascadeService(AgencyService agencies) {
        this.agencies = agencies;
    }

    /** The whole tree with every node's indicators and which indicator each supports. */
    @Transactional
    public CascadeDtos.Tree tree(UUID planId) {
        StrategicPlan plan = PlanService.find(planId);
        agencies.readable(plan.agencyCode);
        List<PlanNode> nodes = PlanNode.list("planId = ?1 order by position", plan.id);
        List<UUID> nodeIds = nodes.stream().map(n -> n.id).toList();
        List<Indicator> indicators = nodeIds.isEmpty() ? List.of()
                : Indicator.list("nodeId in ?1 order by code", nodeIds);
        Map<UUID, Indicator> byId = new HashMap<>();
        indicators.forEach(i -> byId.put(i.id, i));
        Map<UUID, List<CascadeDtos.TreeIndicator>> indicatorsByNode = new HashMap<>();
        for (Indicator i : indicators) {
            Indicator supported = i.supportsId == null ? null
                    : byId.getOrDefault(i.supportsId, Indicator.findById(i.supportsId));
            indicatorsByNode.computeIfAbsent(i.nodeId, k -> new ArrayList<>()).add(new CascadeDtos.TreeIndicator(i.id,
                    i.code, i.name, i.kind, i.unitOfMeasure, i.baseline, i.endTarget, i.supportsId,
                    supported == null ? null : supported.code));
        }
        Map<UUID, List<PlanNode>> children = new HashMap<>();
        nodes.forEach(n -> children.computeIfAbsent(n.parentId, k -> new ArrayList<>()).add(n));
        return new CascadeDtos.Tree(plan.id, plan.agencyCode, plan.name, plan.startYear, plan.endYear,
                build(null, children, indicatorsByNode));
    }

    private static List<CascadeDtos.TreeNode> build(UUID parent, Map<UUID, List<PlanNode>> children,
            Map<UUID, List<CascadeDtos.TreeIndicator>> indicators) {
        return children.getOrDefault(parent, List.of()).stream()
                .sorted(Comparator.comparing((PlanNode n) -> n.position))
                .map(n -> new CascadeDtos.TreeNode(n.id, n.level, n.code, n.name,
                        indicators.getOrDefault(n.id, List.of()), build(n.id, children, indicators)))
                .toList();
    }
}
