package id.sakip.common.http;

import id.sakip.common.problem.Problem;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guards every service's HTTP API before a request reaches JAX-RS: a body larger than its limit
 * answers 413, a client writing faster than its rate answers 429 with Retry-After; both as problem+json.
 * Reads and the {@code /q/} endpoints (health, metrics, OpenAPI) are not rate limited.
 */
@ApplicationScoped
public class RequestLimits {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    /** Idle clients are forgotten once this many are tracked. */
    private static final int MAX_CLIENTS = 100_000;
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;

    private final LimitsConfig config;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RequestLimits(LimitsConfig config) {
        this.config = config;
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
        String length = rc.request().getHeader("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            String type = rc.request().getHeader("Content-Type");
            boolean json = type != null && type.toLowerCase().contains("json");
            long limit = json ? config.jsonBodyBytes() : config.bodyBytes();
            if (declared > limit) {
                reject(rc, 413, "payload-too-large", "Request body too large", "the body has " + declared
                        + " bytes; at most " + limit + " are accepted" + (json ? " for JSON" : ""), null);
                return;
            }
        }
        if (config.rateLimit().enabled() && WRITES.contains(rc.request().method())) {
            long waitNanos = bucket(clientOf(rc)).take(System.nanoTime(), config.rateLimit().burst(),
                    config.rateLimit().perSecond());
            if (waitNanos > 0) {
                long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
                reject(rc, 429, "too-many-requests", "Too many requests", "at most " + config.rateLimit().perSecond()
                        + " writes per second (bursts of " + config.rateLimit().burst() + "); retry in " + seconds + " s",
                        seconds);
                return;
            }
        }
        rc.next();
    }

    private static String clientOf(RoutingContext rc) {
        String auth = rc.request().getHeader("Authorization");
        if (auth != null && !auth.isBlank()) {
            return "t:" + auth;
        }
        return "a:" + (rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress());
    }

    private Bucket bucket(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            long now = System.nanoTime();
            for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext();) {
                if (now - it.next().last > IDLE_NANOS) {
                    it.remove();
                }
            }
        }
        return buckets.computeIfAbsent(client, c -> new Bucket());
    }

    private static void reject(RoutingContext rc, int status, String slug, String title, String detail, Long retryAfter) {
        JsonObject body = new JsonObject().put("type", Problem.TYPE_BASE + slug).put("title", title).put("status", status)
                .put("detail", detail).put("instance", rc.request().path());
        var response = rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (retryAfter != null) {
            response.putHeader("Retry-After", String.valueOf(retryAfter));
        }
        if (status == 413) {
            // the client may still be sending the body: do not read it, close after answering
            response.putHeader("Connection", "close");
        }
        response.end(body.encode());
    }

    /** A token bucket: {@code burst} tokens, refilled at {@code perSecond}. */
    static final class Bucket {
        private double tokens = Double.NaN;
        volatile long last;

        /** Takes one token; returns 0, or how many nanoseconds until one is there. */
        synchronized long take(long now, int burst, double perSecond) {
            if (Double.isNaN(tokens)) {
                tokens = burst;
            } else {
                tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            }
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond * 1e9);
        }
    }
}
