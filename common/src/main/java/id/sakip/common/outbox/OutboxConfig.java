package id.sakip.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Outbox relay settings ({@code sakip.outbox.*}). */
@ConfigMapping(prefix = "sakip.outbox")
public interface OutboxConfig {
    /** CloudEvents source of this service's events, e.g. {@code /sakip/collection-service}. */
    String source();

    /** Whether this instance relays the outbox (several instances may; rows are claimed with SKIP LOCKED). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for unsent rows (a Quarkus scheduler period, at least 1s). */
    @WithDefault("1s")
    String interval();

    /** Rows claimed per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long to wait for the broker to acknowledge one batch before leaving it for the next pass. */
    @WithDefault("PT20S")
    Duration sendTimeout();

    /** Sent rows are kept this long for audit and replay, then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
