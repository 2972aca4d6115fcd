package id.sakip.collection;

import id.sakip.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The architecture rules of every service (see {@link ArchitectureRules}), on collection-service and common. */
class ArchitectureTest {
    @Test
    void resourcesTouchNoEntityFeaturesHaveNoCyclesAndNoOtherServiceIsUsed() {
        ArchitectureRules.checkService("collection");
    }

    @Test
    void commonDependsOnNoServiceAndHasNoCycles() {
        ArchitectureRules.checkCommon();
    }
}
