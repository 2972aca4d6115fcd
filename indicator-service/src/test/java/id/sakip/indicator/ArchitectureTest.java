package id.sakip.indicator;

import id.sakip.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The architecture rules of every service (see {@link ArchitectureRules}), on indicator-service and common. */
class ArchitectureTest {
    @Test
    void resourcesTouchNoEntityFeaturesHaveNoCyclesAndNoOtherServiceIsUsed() {
        ArchitectureRules.checkService("indicator");
    }

    @Test
    void commonDependsOnNoServiceAndHasNoCycles() {
        ArchitectureRules.checkCommon();
    }
}
