package id.sakip.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request limits of every service. The body limits are checked on the declared Content-Length
 * before anything is read (a chunked body is cut off by {@code quarkus.http.limits.max-body-size},
 * which is set to {@link #bodyBytes}). The rate limit is per client (its bearer token, or its
 * address when it has none) and per replica: the ingress limits the sum in production.
 */
@ConfigMapping(prefix = "sakip.limits")
public interface LimitsConfig {
    /** Largest JSON body: a 60-row form with Keterangan and links is far below it. */
    @WithDefault("1048576")
    long jsonBodyBytes();

    /** Largest body of any kind: a 10 MiB attachment (bukti dukung) or workbook and its envelope. */
    @WithDefault("11534336")
    long bodyBytes();

    RateLimit rateLimit();

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Writes a client may make at once. */
        @WithDefault("200")
        int burst();

        /** Writes per second a client may sustain after its burst. */
        @WithDefault("50")
        double perSecond();
    }
}
