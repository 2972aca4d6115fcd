package id.sakip.collection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** collection-service settings ({@code sakip.collection.*}). */
@ConfigMapping(prefix = "sakip.collection")
public interface CollectionConfig {
    /**
     * Submission deadline when the plan step sets none: this long after distribution (the time
     * standard of the filling step is a working target, not the deadline units are held to).
     */
    @WithDefault("P7D")
    Duration defaultSubmissionPeriod();

    /** SubmissionDeadlineApproaching is published this long before a unit's deadline. */
    @WithDefault("P1D")
    Duration deadlineWarning();

    /** How often the deadline watch runs (a Quarkus scheduler period). */
    @WithDefault("60s")
    String deadlineCheckInterval();
}
