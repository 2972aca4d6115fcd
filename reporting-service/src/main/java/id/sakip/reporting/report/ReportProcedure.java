package id.sakip.reporting.report;

import id.sakip.common.sop.SopProcedure;
import id.sakip.common.sop.SopStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Report preparation: the 12-step LAKIP flow of seed 001 (Kecamatan Kemlagi) for every document:
 * order, format, gathering, analysis, draft, correction, finalisation meeting, the head's approval,
 * signature, cover letter with its number, copies, dispatch.
 */
@ApplicationScoped
public class ReportProcedure implements SopProcedure {
    public static final String NAME = "report";
    public static final String ORDER = "ORDER";
    public static final String DRAFT = "DRAFT";
    public static final String CORRECT = "CORRECT";
    public static final String FINALISE = "FINALISE";
    public static final String APPROVE = "APPROVE";
    public static final String SIGN = "SIGN";
    public static final String NUMBER = "NUMBER";
    public static final String SEND = "SEND";
    private static final List<SopStep> DEFAULT = List.copyOf(SopProcedure.load("sop/report-default.json"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultName() {
        return "SOP Penyusunan LAKIP (Kecamatan Kemlagi, 12 langkah)";
    }

    @Override
    public List<SopStep> defaultSteps() {
        return DEFAULT;
    }

    @Override
    public Set<String> actions() {
        return Set.of(ORDER, DRAFT, CORRECT, FINALISE, APPROVE, SIGN, NUMBER, SEND);
    }

    @Override
    public List<String> requiredActions() {
        return List.of(ORDER, DRAFT, APPROVE, SIGN, NUMBER, SEND);
    }
}
