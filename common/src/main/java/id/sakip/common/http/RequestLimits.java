package id.sakip.common.http;

import id.sakip.common.problem.Problem;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;

/**
 * Guards every service's HTTP API before a request reaches authentication and JAX-RS: a request
 * target longer than {@link LimitsConfig#uriLength} answers 414, a body larger than its limit 413, a body not received within {@link LimitsConfig#bodyTimeout} 408, a
 * client address writing faster than its rate 429 with Retry-After; all as problem+json. The work
 * and memory spent here do not depend on anything the client chooses: one bucket per address, at
 * most {@link LimitsConfig.AddressLimit#maxClients} of them. Reads and the {@code /q/} endpoints
 * (health, metrics, OpenAPI) are not rate limited. The per-officer limit is {@link SubjectRateLimit}.
 */
@ApplicationScoped
public class RequestLimits {
    static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final LimitsConfig config;
    private final Vertx vertx;
    private final TokenBuckets addresses;

    public RequestLimits(LimitsConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
        LimitsConfig.AddressLimit a = config.addressLimit();
        this.addresses = new TokenBuckets(a.maxClients(), a.burst(), a.perSecond());
    }

    void install(@Observes Router router) {
        // before Quarkus' own body-size check (order -2), so the answer is a problem document
        router.route().order(-3).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/q/")) {
            rc.next();
            return;
        }
        if (rc.request().uri().length() > config.uriLength()) {
            reject(rc, 414, "uri-too-long", "URI too long", "the request target has " + rc.request().uri().length()
                    + " characters; at most " + config.uriLength() + " are accepted", null, true);
            return;
        }
        String length = rc.request().getHeader("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            String type = rc.request().getHeader("Content-Type");
            boolean json = type != null && type.toLowerCase(Locale.ROOT).contains("json");
            long limit = json ? config.jsonBodyBytes() : config.bodyBytes();
            if (declared > limit) {
                reject(rc, 413, "payload-too-large", "Request body too large", "the body has " + declared
                        + " bytes; at most " + limit + " are accepted" + (json ? " for JSON" : ""), null, true);
                return;
            }
        }
        boolean write = WRITES.contains(rc.request().method());
        if (config.addressLimit().enabled() && write) {
            long seconds = addresses.take(addressOf(rc));
            if (seconds > 0) {
                reject(rc, 429, "too-many-requests", "Too many requests", "at most "
                        + config.addressLimit().perSecond() + " writes per second from one address (bursts of "
                        + config.addressLimit().burst() + "); retry in " + seconds + " s", seconds, false);
                return;
            }
        }
        if (write && !rc.request().isEnded()) {
            cutOffSlowBody(rc);
        }
        rc.next();
    }

    /** A body still arriving after the body timeout is cut off: 408 and the connection closed. */
    private void cutOffSlowBody(RoutingContext rc) {
        long timer = vertx.setTimer(config.bodyTimeout().toMillis(), id -> {
            if (!rc.request().isEnded() && !rc.response().ended()) {
                reject(rc, 408, "request-timeout", "Request timeout", "the request body did not arrive within "
                        + config.bodyTimeout().toSeconds() + " s", null, true);
                rc.request().connection().close();
            }
        });
        rc.addEndHandler(done -> vertx.cancelTimer(timer));
    }

    private static String addressOf(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress();
    }

    /** How many client addresses are remembered now (for tests of the memory bound). */
    public long trackedAddresses() {
        return addresses.size();
    }

    /** Answers a problem document here, before JAX-RS (also for {@link CorsPolicy}). */
    static void reject(RoutingContext rc, int status, String slug, String title, String detail, Long retryAfter,
            boolean close) {
        JsonObject body = new JsonObject().put("type", Problem.TYPE_BASE + slug).put("title", title).put("status", status)
                .put("detail", detail).put("instance", rc.request().path());
        var response = rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("X-Content-Type-Options", "nosniff");
        if (retryAfter != null) {
            response.putHeader("Retry-After", String.valueOf(retryAfter));
        }
        if (close) {
            // the client may still be sending the body: do not read it, close after answering
            response.putHeader("Connection", "close");
        }
        response.end(body.encode());
    }
}
