package id.sakip.common.http;

import id.sakip.common.problem.ProblemMappers;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The fair share of each officer: writes per authenticated subject (the verified token's subject,
 * whatever the letter case of "Bearer" or the token's other claims), 429 with Retry-After above it.
 * Runs after the token is verified, so an unverified token never gets a bucket of its own.
 */
@ApplicationScoped
public class SubjectRateLimit {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final LimitsConfig config;
    private final CurrentIdentityAssociation identity;
    private final TokenBuckets subjects;

    public SubjectRateLimit(LimitsConfig config, CurrentIdentityAssociation identity) {
        this.config = config;
        this.identity = identity;
        LimitsConfig.RateLimit r = config.rateLimit();
        this.subjects = new TokenBuckets(r.maxClients(), r.burst(), r.perSecond());
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, UriInfo uri) {
        if (!config.rateLimit().enabled() || !WRITES.contains(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity().onItem().transform(id -> {
            if (id == null || id.isAnonymous()) {
                return null;
            }
            long seconds = subjects.take(id.getPrincipal().getName());
            if (seconds == 0) {
                return null;
            }
            Response r = ProblemMappers.response(429, "too-many-requests", "Too many requests", "at most "
                    + config.rateLimit().perSecond() + " writes per second per user (bursts of " + config.rateLimit().burst()
                    + "); retry in " + seconds + " s", uri);
            return Response.fromResponse(r).header("Retry-After", String.valueOf(seconds)).build();
        });
    }
}
