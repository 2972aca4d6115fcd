package id.sakip.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.common.agency.AgencyDirectory;
import id.sakip.common.agency.KnownAgency;
import id.sakip.common.problem.ProblemException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The caller's scope, from the token's claims and the agency directory: who reads and who writes what. */
class CallerContextTest {
    /** An agency's record in province 15, and one in province 35. */
    record Thing(String agencyCode, String provinceCode) implements AgencyScoped {
    }

    private static final Thing OWN = new Thing("KEC-A", "15");
    private static final Thing NEIGHBOUR = new Thing("KEC-B", "15");
    private static final Thing FAR = new Thing("KEC-C", "35");

    /** The directory knows KEC-A and KEC-B (province 15) and KEC-C (35). */
    static final class Directory extends AgencyDirectory {
        private final Map<String, KnownAgency> known = new HashMap<>();

        Directory() {
            for (Thing t : new Thing[] { OWN, NEIGHBOUR, FAR }) {
                KnownAgency a = new KnownAgency();
                a.agencyCode = t.agencyCode();
                a.provinceCode = t.provinceCode();
                known.put(a.agencyCode, a);
            }
        }

        @Override
        public Optional<KnownAgency> find(String agencyCode) {
            return Optional.ofNullable(agencyCode == null ? null : known.get(agencyCode));
        }
    }

    private static CallerContext caller(Set<String> roles, Map<String, Object> claims) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }

            @Override
            public Set<String> getGroups() {
                return roles;
            }
        };
        return new CallerContext(jwt, new Directory());
    }

    private static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (ProblemException e) {
            return e.status();
        }
    }

    @Test
    void anOfficerReadsAndWritesItsOwnAgencyOnlyAndAnotherAgencyDoesNotExistForIt() {
        CallerContext c = caller(Set.of(Roles.TIM_SAKIP), Map.of("agency", "KEC-A"));
        assertThat(c.readable(OWN, "thing", 1)).isSameAs(OWN);
        assertThat(c.writable(OWN, "thing", 1)).isSameAs(OWN);
        assertThat(status(() -> c.readable(NEIGHBOUR, "thing", 2))).isEqualTo(404);
        assertThat(status(() -> c.writable(NEIGHBOUR, "thing", 2))).isEqualTo(404);
        assertThat(status(() -> c.readable(null, "thing", 3))).isEqualTo(404);
        assertThat(c.agencyFilter(null)).isEqualTo("KEC-A");
        assertThat(c.agencyFilter("KEC-B")).isEqualTo("KEC-A");
        assertThat(c.actingAgency(null)).isEqualTo("KEC-A");
        assertThat(status(() -> c.actingAgency("KEC-B"))).isEqualTo(404);
    }

    @Test
    void provinsiReadsItsProvinceButWritesNothing() {
        CallerContext c = caller(Set.of(Roles.PROVINSI), Map.of("province", "15"));
        assertThat(c.readable(NEIGHBOUR, "thing", 1)).isSameAs(NEIGHBOUR);
        assertThat(status(() -> c.writable(NEIGHBOUR, "thing", 1))).isEqualTo(403);
        assertThat(status(() -> c.readable(FAR, "thing", 2))).isEqualTo(404);
        assertThat(c.readableAgency("KEC-B").agencyCode).isEqualTo("KEC-B");
        assertThat(status(() -> c.readableAgency("KEC-C"))).isEqualTo(404);
        assertThat(status(() -> c.writableAgency("KEC-B"))).isEqualTo(403);
    }

    @Test
    void aBlankOrMissingAgencyClaimIsNoAgency() {
        for (Map<String, Object> claims : new Map[] { Map.of(), Map.of("agency", "  ") }) {
            CallerContext c = caller(Set.of(Roles.KEPALA), claims);
            assertThat(c.agencyCode()).isNull();
            assertThat(status(() -> c.readable(OWN, "thing", 1))).isEqualTo(404);
            assertThat(c.agencyFilter(null)).isEqualTo("-");
            assertThat(status(() -> c.actingAgency(null))).isEqualTo(403);
        }
    }

    @Test
    void anAgencyClaimTheDirectoryDoesNotKnowActsForNothing() {
        CallerContext c = caller(Set.of(Roles.KEPALA), Map.of("agency", "KEC-FAKE"));
        assertThat(status(() -> c.actingAgency(null))).isEqualTo(403);
        assertThat(status(() -> c.readable(OWN, "thing", 1))).isEqualTo(404);
    }

    @Test
    void adminReadsAndWritesEverythingButActsOnlyForRegisteredAgencies() {
        CallerContext c = caller(Set.of(Roles.ADMIN), Map.of());
        assertThat(c.writable(FAR, "thing", 1)).isSameAs(FAR);
        assertThat(c.actingAgency("KEC-C")).isEqualTo("KEC-C");
        assertThat(status(() -> c.actingAgency("KEC-NONE"))).isEqualTo(404);
        assertThat(status(() -> c.readableAgency(null))).isEqualTo(422);
    }
}
