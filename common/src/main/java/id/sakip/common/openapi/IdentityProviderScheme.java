package id.sakip.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Beside the bearer scheme (what generated clients use), the identity provider as an OAuth2 scheme
 * named {@value #NAME} with the one flow people use, authorization code (Swagger UI adds PKCE, client
 * {@code sakip-swagger}), so Swagger UI can log a person in; every operation accepts either. (An
 * OpenID Connect scheme would offer every grant Keycloak's discovery lists.) The endpoints are the
 * realm the running service trusts ({@code sakip.openapi.identity-provider}, by default
 * {@code JWT_ISSUER}), so the scheme is added when the service starts rather than at build time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class IdentityProviderScheme implements OASFilter {
    public static final String NAME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                || openAPI.getComponents().getSecuritySchemes().containsKey(NAME)) {
            return;
        }
        String realm = ConfigProvider.getConfig().getValue("sakip.openapi.identity-provider", String.class);
        openAPI.getComponents().addSecurityScheme(NAME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .flows(OASFactory.createOAuthFlows().authorizationCode(OASFactory.createOAuthFlow()
                        .authorizationUrl(realm + "/protocol/openid-connect/auth")
                        .tokenUrl(realm + "/protocol/openid-connect/token")
                        .refreshUrl(realm + "/protocol/openid-connect/token")
                        .scopes(Map.of("openid", "the person's identity (name, NIP, agency, unit, roles in the token)"))))
                .description("Log in at the identity provider (Keycloak realm sakip): authorization code with PKCE,"
                        + " client sakip-swagger in Swagger UI, sakip-web in a front-end; the access token is sent"
                        + " as the bearer token"));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(NAME));
            }
        }));
    }
}
