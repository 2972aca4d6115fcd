package id.sakip.indicator.plan;

import id.sakip.common.problem.ProblemException;
import id.sakip.indicator.agency.Agency;
import id.sakip.indicator.agency.AgencyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    /** The plan, or 404. */
    public static StrategicPlan find(UUID id) {
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
