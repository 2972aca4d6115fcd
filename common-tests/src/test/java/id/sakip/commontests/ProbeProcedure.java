package id.sakip.commontests;

import id.sakip.common.security.Roles;
import id.sakip.common.sop.SopProcedure;
import id.sakip.common.sop.SopStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** Three steps: the head orders, Tim SAKIP records its work, the Sekretaris closes. */
@ApplicationScoped
public class ProbeProcedure implements SopProcedure {
    public static final String NAME = "probe";
    public static final String ORDER = "ORDER";
    public static final String CLOSE = "CLOSE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultName() {
        return "Probe SOP";
    }

    @Override
    public List<SopStep> defaultSteps() {
        return List.of(
                new SopStep("ORDER", "Kepala memberi disposisi", List.of(Roles.KEPALA), "PT15M", null, "Disposisi", ORDER),
                new SopStep("WORK", "Tim SAKIP bekerja", List.of(Roles.TIM_SAKIP), "PT1H", null, "Laporan", SopStep.RECORD),
                new SopStep("CLOSE", "Sekretaris menutup", List.of(Roles.SEKRETARIS), null, null, "Arsip", CLOSE));
    }

    @Override
    public Set<String> actions() {
        return Set.of(ORDER, CLOSE);
    }

    @Override
    public List<String> requiredActions() {
        return List.of(ORDER, CLOSE);
    }
}
