package id.sakip.dashboard.view;

import id.sakip.dashboard.DashboardConfig;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The logged-in person: a provinsi officer of this dashboard's province, or refused (403). */
@RequestScoped
public class Officer {
    private final SecurityIdentity identity;
    /** The ID token of the session (the qualifier applies to fields, not constructor parameters). */
    @Inject
    @IdToken
    JsonWebToken idToken;
    private final DashboardConfig config;

    public Officer(SecurityIdentity identity, DashboardConfig config) {
        this.identity = identity;
        this.config = config;
    }

    /** The officer's display name; throws 403 unless the role is provinsi and the province is this dashboard's. */
    public String require() {
        if (!identity.hasRole("provinsi") || !config.province().equals(idToken.<String>getClaim("province"))) {
            throw new ForbiddenException("not a provinsi officer of province " + config.province());
        }
        String name = idToken.getClaim("name");
        return name == null ? identity.getPrincipal().getName() : name;
    }
}
