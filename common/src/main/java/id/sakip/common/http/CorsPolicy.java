package id.sakip.common.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin calls from browsers (CORS), before every other handler, so that what the limits and
 * authentication answer (413, 429 with Retry-After, 401) is readable by the page too. A page on one
 * of {@link CorsConfig#origins} may call with a bearer token: its preflight (OPTIONS with
 * Access-Control-Request-Method) is answered here, 204 with the methods and request headers allowed,
 * and every answer to it names the origin and exposes Location, Content-Disposition, Retry-After,
 * ETag and X-Content-SHA256. A preflight from any other origin is refused, 403 problem+json; a plain
 * request from another origin is served without CORS headers (the browser withholds the answer from
 * that page, and same-origin calls through the gateway, which carry the gateway's Origin, keep
 * working). Tokens travel in Authorization, never in cookies: no credentials mode.
 */
@ApplicationScoped
public class CorsPolicy {
    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String REQUEST_HEADERS = "Authorization, Content-Type, Accept, If-Match, traceparent";
    static final String EXPOSED_HEADERS = "Location, Content-Disposition, Retry-After, ETag, X-Content-SHA256";
    private final Set<String> origins;
    private final String maxAge;

    public CorsPolicy(CorsConfig config) {
        this.origins = config.origins().map(list -> list.stream().map(String::trim).filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
        this.maxAge = String.valueOf(config.maxAge().toSeconds());
    }

    void install(@Observes Router router) {
        // before the request limits (order -3)
        router.route().order(-4).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String origin = rc.request().getHeader("Origin");
        if (origin == null) {
            rc.next();
            return;
        }
        boolean preflight = rc.request().method() == HttpMethod.OPTIONS
                && rc.request().getHeader("Access-Control-Request-Method") != null;
        HttpServerResponse response = rc.response().putHeader("Vary", "Origin");
        if (!origins.contains(origin)) {
            if (preflight) {
                RequestLimits.reject(rc, 403, "origin-not-allowed", "Origin not allowed",
                        "pages on this origin may not call this service (the service's SAKIP_CORS_ORIGINS)", null, false);
            } else {
                rc.next();
            }
            return;
        }
        response.putHeader("Access-Control-Allow-Origin", origin);
        if (preflight) {
            response.putHeader("Access-Control-Allow-Methods", METHODS)
                    .putHeader("Access-Control-Allow-Headers", REQUEST_HEADERS)
                    .putHeader("Access-Control-Max-Age", maxAge).setStatusCode(204).end();
            return;
        }
        response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        rc.next();
    }
}
