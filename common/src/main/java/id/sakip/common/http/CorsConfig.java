package id.sakip.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Which browser origins may call the service ({@link CorsPolicy}); none unless configured. */
@ConfigMapping(prefix = "sakip.cors")
public interface CorsConfig {
    /** Exact origins ({@code https://sakip.example.go.id}, {@code http://localhost:5173}), from SAKIP_CORS_ORIGINS. */
    Optional<List<String>> origins();

    /** How long a browser may cache a preflight answer. */
    @WithDefault("1H")
    Duration maxAge();
}
