package id.sakip.indicator.cascade;

import id.sakip.indicator.indicator.IndicatorEnums;
import id.sakip.indicator.plan.PlanNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Renstra tree with its indicators: the cascade from tujuan down to sub-kegiatan. */
public final class CascadeDtos {
    private CascadeDtos() {
    }

    @Schema(name = "CascadeIndicator", description = "An indicator on a node, and the indicator one level up it supports")
    public record TreeIndicator(UUID id, String code, String name, IndicatorEnums.Kind kind, String unitOfMeasure,
            BigDecimal baseline, BigDecimal endTarget, UUID supportsId, String supportsCode) {
    }

    @Schema(name = "PlanTreeNode", description = "A node with its indicators and its children")
    public record TreeNode(UUID id, PlanNode.Level level, String code, String name, List<TreeIndicator> indicators,
            List<TreeNode> children) {
    }

    @Schema(name = "PlanTree", description = "The whole Renstra tree with every node's indicators and the cascade")
    public record Tree(UUID id, String agencyCode, String name, int startYear, int endYear, List<TreeNode> nodes) {
    }
}
