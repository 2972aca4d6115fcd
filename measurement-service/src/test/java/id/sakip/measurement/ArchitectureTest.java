package id.sakip.measurement;

import id.sakip.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The architecture rules of every service (see {@link ArchitectureRules}), on measurement-service and common. */
class ArchitectureTest {
    @Test
    void resourcesTouchNoEntityFeaturesHaveNoCyclesAndNoOtherServiceIsUsed() {
        ArchitectureRules.checkService("measurement");
    }

    @Test
    void commonDependsOnNoServiceAndHasNoCycles() {
        ArchitectureRules.checkCommon();
    }
}
