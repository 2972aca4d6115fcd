package id.sakip.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Token checks beyond signature, issuer and expiry (which smallrye-jwt does, with
 * {@code smallrye.jwt.time-to-live} bounding the lifetime): a token issued in the future (beyond the
 * allowed clock skew) is refused, so a token minted with a forward-dated {@code iat} cannot outlive
 * the maximum lifetime.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TokenRules extends JWTCallerPrincipalFactory {
    private final DefaultJWTCallerPrincipalFactory delegate = new DefaultJWTCallerPrincipalFactory();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
        JWTCallerPrincipal principal = delegate.parse(token, info);
        long now = System.currentTimeMillis() / 1000;
        long iat = principal.getIssuedAtTime();
        if (iat > now + info.getClockSkew()) {
            throw new ParseException("the token is issued in the future (iat " + iat + ", now " + now + ")");
        }
        return principal;
    }
}
