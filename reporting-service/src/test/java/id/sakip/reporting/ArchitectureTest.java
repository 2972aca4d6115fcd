package id.sakip.reporting;

import id.sakip.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The architecture rules of every service (see {@link ArchitectureRules}), on reporting-service and common. */
class ArchitectureTest {
    @Test
    void resourcesTouchNoEntityFeaturesHaveNoCyclesAndNoOtherServiceIsUsed() {
        ArchitectureRules.checkService("reporting");
    }

    @Test
    void commonDependsOnNoServiceAndHasNoCycles() {
        ArchitectureRules.checkCommon();
    }
}
