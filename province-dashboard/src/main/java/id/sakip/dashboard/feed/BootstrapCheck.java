package id.sakip.dashboard.feed;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the state topics have been read up to where they stood at start: before, the page would be incomplete. */
@Readiness
@ApplicationScoped
public class BootstrapCheck implements HealthCheck {
    private final StateFeed feed;

    public BootstrapCheck(StateFeed feed) {
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        StateFeed.Bootstrap b = feed.bootstrap();
        return HealthCheckResponse.named("state-topics").status(b.complete()).withData("records", b.records())
                .withData("millis", b.millis()).build();
    }
}
