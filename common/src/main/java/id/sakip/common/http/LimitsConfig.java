package id.sakip.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Request limits of every service. The body limits are checked on the declared Content-Length
 * before anything is read (a chunked body is cut off by {@code quarkus.http.limits.max-body-size},
 * which is set to {@link #bodyBytes}). Writes are rate limited twice, per replica: per client
 * address before anything else (a flood, with or without tokens, costs one bucket per address), and
 * per authenticated subject after the token is verified (a fair share per officer). The ingress
 * limits the sum in production.
 */
@ConfigMapping(prefix = "sakip.limits")
public interface LimitsConfig {
    /** Largest JSON body: a 60-row form with Keterangan and links is far below it. */
    @WithDefault("1048576")
    long jsonBodyBytes();

    /** Largest body of any kind: a 10 MiB attachment (bukti dukung) or workbook and its envelope. */
    @WithDefault("11534336")
    long bodyBytes();

    /** Longest request target (path and query) answered by the application; longer ones get 414. */
    @WithDefault("8192")
    int uriLength();

    /** A request body not received whole within this time is cut off (408) and its connection closed. */
    @WithDefault("30S")
    Duration bodyTimeout();

    /** Writes per authenticated subject. */
    RateLimit rateLimit();

    /** Writes per client address, before authentication. */
    AddressLimit addressLimit();

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Writes a client may make at once. */
        @WithDefault("200")
        int burst();

        /** Writes per second a client may sustain after its burst. */
        @WithDefault("50")
        double perSecond();

        /** Most subjects remembered at once; the least recently seen are forgotten first. */
        @WithDefault("50000")
        int maxClients();
    }

    interface AddressLimit {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("4000")
        int burst();

        @WithDefault("1000")
        double perSecond();

        @WithDefault("20000")
        int maxClients();
    }
}
