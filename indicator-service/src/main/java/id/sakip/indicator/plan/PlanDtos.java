package id.sakip.indicator.plan;

import id.sakip.common.input.Code;
import id.sakip.common.input.Codes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PlanDtos {
    private PlanDtos() {
    }

    @Schema(name = "NewPlan", description = "A Renstra for its period, e.g. 2021–2026")
    public record NewPlan(
            @NotBlank @Size(max = 300) @Schema(example = "Renstra Dinas Sosial P3A 2021-2026") String name,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2021") Integer startYear,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer endYear) {
    }

    @Schema(name = "NewPlanNode", description = "A node of the tree; its parent is one level up (none for a tujuan)")
    public record NewNode(
            @Schema(description = "Parent node; empty for a tujuan") UUID parentId,
            @NotNull @Schema(example = "SASARAN") PlanNode.Level level,
            @NotBlank @Code @Size(max = 60) @Schema(example = "S1", pattern = Codes.PATTERN) String code,
            @NotBlank @Size(max = 500) @Schema(example = "Meningkatnya kesejahteraan sosial masyarakat") String name) {
    }

    @Schema(name = "Plan", description = "A Renstra and its period")
    public record PlanView(UUID id, String agencyCode, String name, int startYear, int endYear, long version) {
        static PlanView of(StrategicPlan p) {
            return new PlanView(p.id, p.agencyCode, p.name, p.startYear, p.endYear, p.version);
        }
    }

    @Schema(name = "PlanNode", description = "A node of the Renstra tree")
    public record NodeView(UUID id, UUID parentId, PlanNode.Level level, String code, String name) {
        static NodeView of(PlanNode n) {
            return new NodeView(n.id, n.parentId, n.level, n.code, n.name);
        }
    }
}
