package id.sakip.measurement.sop;

import id.sakip.common.sop.SopProcedure;
import id.sakip.common.sop.SopStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The Pengukuran Kinerja SOP. The default is the 10-step table of Kecamatan Kuala Betara (seed 000,
 * curated: see docs/adr/0007-sop-as-data.md); seed 003's 16 steps (coordination meeting, the head's
 * correction, signature, copies) are a variant an agency defines through the API.
 */
@ApplicationScoped
public class MeasurementProcedure implements SopProcedure {
    public static final String NAME = "measurement";
    public static final String ORDER = "ORDER";
    public static final String COMPUTE = "COMPUTE";
    public static final String REVIEW = "REVIEW";
    public static final String SIGN = "SIGN";
    public static final String ARCHIVE = "ARCHIVE";
    private static final List<SopStep> DEFAULT = List.copyOf(SopProcedure.load("sop/measurement-default.json"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultName() {
        return "SOP Pengukuran Kinerja (Kecamatan Kuala Betara, 10 langkah)";
    }

    @Override
    public List<SopStep> defaultSteps() {
        return DEFAULT;
    }

    @Override
    public Set<String> actions() {
        return Set.of(ORDER, COMPUTE, REVIEW, SIGN, ARCHIVE);
    }

    @Override
    public List<String> requiredActions() {
        return List.of(ORDER, COMPUTE, REVIEW, ARCHIVE);
    }
}
