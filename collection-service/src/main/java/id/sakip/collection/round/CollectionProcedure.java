package id.sakip.collection.round;

import id.sakip.common.sop.SopProcedure;
import id.sakip.common.sop.SopStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The Pengumpulan Data Kinerja SOP. The default is the 12-step table of Kecamatan Kuala Betara
 * (seed 000), curated by hand because the extracted table interleaves the collection and
 * measurement rows; see docs/adr/0007-sop-as-data.md.
 */
@ApplicationScoped
public class CollectionProcedure implements SopProcedure {
    public static final String NAME = "collection";
    public static final String ORDER = "ORDER";
    public static final String PLAN = "PLAN";
    public static final String PREPARE_FORMS = "PREPARE_FORMS";
    public static final String DISTRIBUTE = "DISTRIBUTE";
    public static final String FILL = "FILL";
    public static final String RECAP = "RECAP";
    public static final String REVIEW = "REVIEW";
    public static final String ARCHIVE = "ARCHIVE";
    private static final List<SopStep> DEFAULT = List.copyOf(SopProcedure.load("sop/collection-default.json"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultName() {
        return "SOP Pengumpulan Data Kinerja (Kecamatan Kuala Betara, 12 langkah)";
    }

    @Override
    public List<SopStep> defaultSteps() {
        return DEFAULT;
    }

    @Override
    public Set<String> actions() {
        return Set.of(ORDER, PLAN, PREPARE_FORMS, DISTRIBUTE, FILL, RECAP, REVIEW, ARCHIVE);
    }

    @Override
    public List<String> requiredActions() {
        return List.of(ORDER, PREPARE_FORMS, DISTRIBUTE, FILL, RECAP, REVIEW, ARCHIVE);
    }
}
