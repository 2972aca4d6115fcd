package id.sakip.common.security;

import id.sakip.common.agency.AgencyDirectory;
import id.sakip.common.agency.KnownAgency;
import id.sakip.common.input.Text;
import id.sakip.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: subject, roles and the agency (and unit) taken from the token's claims
 * {@code agency}, {@code unit} and {@code province}. Every query is scoped with it: a caller sees
 * only its own agency (admin: all; provinsi: read-only, the agencies of its province). Another
 * agency's data answers 404, as if it did not exist. A blank claim counts as none; writes on behalf
 * of an agency need one the {@link AgencyDirectory} knows.
 */
@RequestScoped
public class CallerContext {
    public static final String AGENCY_CLAIM = "agency";
    public static final String UNIT_CLAIM = "unit";
    public static final String PROVINCE_CLAIM = "province";
    /** The person's NIP (Nomor Induk Pegawai, 18 digits), from the identity provider's user attribute. */
    public static final String NIP_CLAIM = "nip";
    /** The person's full name as documents print it (Keycloak: first and last name, titles included). */
    public static final String NAME_CLAIM = "name";
    private static final int MAX_NAME = 200;

    private final JsonWebToken jwt;
    private final AgencyDirectory directory;

    public CallerContext(JsonWebToken jwt, AgencyDirectory directory) {
        this.jwt = jwt;
        this.directory = directory;
    }

    /**
     * Who acts, as recorded in {@code submittedBy}, {@code approvedBy} and the audit: the login name
     * ({@code upn}, else {@code preferred_username}; Keycloak usernames cannot be changed), else the
     * subject. Two people never share it, so "whoever submitted may not approve" holds per person.
     */
    public String subject() {
        return jwt.getName() != null ? jwt.getName() : jwt.getSubject();
    }

    /** The caller as documents name them: login, full name and NIP (either may be null). */
    public Person person() {
        return new Person(subject(), name(), nip());
    }

    /** The {@code name} claim when it is printable text of at most 200 characters, else none. */
    private String name() {
        String n = claim(NAME_CLAIM);
        if (n == null) {
            return null;
        }
        Text.Result r = Text.check(n.strip(), false);
        return r.ok() && r.value().length() <= MAX_NAME ? r.value() : null;
    }

    /** The {@code nip} claim when it is an NIP (18 digits), else none. */
    private String nip() {
        String n = claim(NIP_CLAIM);
        return n != null && n.matches("[0-9]{18}") ? n : null;
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

    /**
     * Custom claims come back as JSON values: unwrap strings rather than comparing JsonString with
     * String; a blank claim is no claim.
     */
    private String claim(String name) {
        Object v = jwt.getClaim(name);
        if (v == null) {
            return null;
        }
        String s = v instanceof JsonString js ? js.getString() : v.toString();
        return s.isBlank() ? null : s;
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

    /**
     * The one scoped lookup: the entity found (or null), if the caller may see it; 404 otherwise, as
     * if it did not exist.
     */
    public <E extends AgencyScoped> E readable(E found, String what, Object id) {
        if (found == null) {
            throw ProblemException.notFound(what, id);
        }
        checkRead(found.agencyCode(), found.provinceCode(), what, id);
        return found;
    }

    /** As {@link #readable}, and the caller may change it: 403 for read-only access. */
    public <E extends AgencyScoped> E writable(E found, String what, Object id) {
        readable(found, what, id);
        if (!canWrite(found.agencyCode())) {
            throw ProblemException.forbidden("read-only access to " + what + " " + id);
        }
        return found;
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
     * The agency a new record is created for, or changed on behalf of: the caller's own, which must
     * be registered (403 otherwise); admin may name any registered agency (404 for an unknown one).
     * A caller naming another agency gets 404 (it is not theirs to act for, nor to know of).
     */
    public String actingAgency(String requested) {
        if (isAdmin() && requested != null) {
            return registered(requested).agencyCode;
        }
        if (requested != null && !requested.equals(agencyCode())) {
            throw ProblemException.notFound("agency", requested);
        }
        return ownAgency().agencyCode;
    }

    /**
     * The agency whose data a single-agency read names: the caller's own when none is named; admin
     * any registered agency; provinsi a registered agency of its own province. Anything else, an
     * unknown agency included, answers 404.
     */
    public KnownAgency readableAgency(String requested) {
        if (requested == null || requested.equals(agencyCode())) {
            if (requested == null && isAdmin()) {
                throw ProblemException.unprocessable("agencyCode", "is required");
            }
            if (agencyCode() == null && hasRole(Roles.PROVINSI)) {
                throw ProblemException.unprocessable("agencyCode", "is required");
            }
            return ownAgency();
        }
        Optional<KnownAgency> a = directory.find(requested);
        if (a.isPresent() && (isAdmin() || (hasRole(Roles.PROVINSI) && provinceCode() != null
                && provinceCode().equals(a.get().provinceCode)))) {
            return a.get();
        }
        throw ProblemException.notFound("agency", requested);
    }

    /**
     * The agency a single-agency change names: readable as in {@link #readableAgency}, and the caller
     * may change it (403 for provinsi and other read-only access).
     */
    public KnownAgency writableAgency(String requested) {
        KnownAgency a = readableAgency(requested);
        if (!canWrite(a.agencyCode)) {
            throw ProblemException.forbidden("read-only access to agency " + a.agencyCode);
        }
        return a;
    }

    /** The caller's own agency, which its token must name and the directory know (403 otherwise). */
    public KnownAgency ownAgency() {
        String own = agencyCode();
        if (own == null) {
            throw ProblemException.forbidden("your token names no agency");
        }
        return directory.find(own).orElseThrow(() -> ProblemException.forbidden(
                "your token names agency " + own + ", which is not a registered agency"));
    }

    private KnownAgency registered(String code) {
        return directory.find(code).orElseThrow(() -> ProblemException.notFound("agency", code));
    }

    /**
     * Province restriction for list queries: the provinsi role's province, otherwise none. A provinsi
     * token without a province sees nothing rather than everything.
     */
    public String provinceFilter() {
        if (isAdmin() || !hasRole(Roles.PROVINSI)) {
            return null;
        }
        return provinceCode() == null ? "-" : provinceCode();
    }
}
