package id.sakip.common.security;

import id.sakip.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: subject, roles and the agency (and unit) taken from the token's claims
 * {@code agency}, {@code unit} and {@code province}. Every query is scoped with it: a caller sees
 * only its own agency (admin: all; provinsi: read-only, the agencies of its province). Another
 * agency's data answers 404, as if it did not exist.
 */
@RequestScoped
public class CallerContext {
    public static final String AGENCY_CLAIM = "agency";
    public static final String UNIT_CLAIM = "unit";
    public static final String PROVINCE_CLAIM = "province";

    private final JsonWebToken jwt;

    public CallerContext(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String subject() {
        return jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
    }

    public String agencyCode() {
        return claim(AGENCY_CLAIM);
    }

    public String unitCode() {
        return claim(UNIT_CLAIM);
    }

    public String provinceCode() {
        return claim(PROVINCE_CLAIM);
    }

    /** Custom claims come back as JSON values: unwrap strings rather than comparing JsonString with String. */
    private String claim(String name) {
        Object v = jwt.getClaim(name);
        if (v == null) {
            return null;
        }
        if (v instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return v.toString();
    }

    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** May the caller read data of this agency (in this province)? */
    public boolean canRead(String agencyCode, String provinceCode) {
        if (isAdmin()) {
            return true;
        }
        if (agencyCode != null && agencyCode.equals(agencyCode())) {
            return true;
        }
        return hasRole(Roles.PROVINSI) && provinceCode != null && provinceCode.equals(provinceCode());
    }

    /** May the caller change data of this agency? Provincial readers never write. */
    public boolean canWrite(String agencyCode) {
        return isAdmin() || (agencyCode != null && agencyCode.equals(agencyCode()));
    }

    /** Throws 404 when the caller may not see the agency's data. */
    public void checkRead(String agencyCode, String provinceCode, String what, Object id) {
        if (!canRead(agencyCode, provinceCode)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** Throws 404 when the caller may not see the agency's data, 403 when it may see but not change it. */
    public void checkWrite(String agencyCode, String provinceCode, String what, Object id) {
        checkRead(agencyCode, provinceCode, what, id);
        if (!canWrite(agencyCode)) {
            throw ProblemException.forbidden("read-only access to " + what + " " + id);
        }
    }

    /**
     * The agency a list query is restricted to: the caller's own, unless the caller is admin or
     * provinsi, who may ask for any (provinsi: the query is further restricted to its province).
     */
    public String agencyFilter(String requested) {
        if (isAdmin() || hasRole(Roles.PROVINSI)) {
            return requested;
        }
        // a token without an agency claim sees nothing rather than everything
        return agencyCode() == null ? "-" : agencyCode();
    }

    /**
     * The agency a new record is created for: the caller's own; admin may name any. A caller naming
     * another agency gets 404 (it is not theirs to act for, nor to know of); none at all 422.
     */
    public String actingAgency(String requested) {
        if (isAdmin() && requested != null) {
            return requested;
        }
        if (requested != null && !requested.equals(agencyCode())) {
            throw ProblemException.notFound("agency", requested);
        }
        if (agencyCode() == null) {
            throw ProblemException.unprocessable("agencyCode", "is required");
        }
        return agencyCode();
    }

    /** Province restriction for list queries: the provinsi role's province, otherwise none. */
    public String provinceFilter() {
        return !isAdmin() && hasRole(Roles.PROVINSI) ? provinceCode() : null;
    }
}
