package id.sakip.testsupport;

import id.sakip.common.agency.AgencyDirectory;
import id.sakip.common.event.v1.AgencyRegistered;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Registers agencies in the service under test's agency directory, as its consumer does on
 * indicator-service's AgencyRegistered (that path has its own test): for {@code @QuarkusTest}s,
 * whose writes need a registered agency.
 */
public final class TestAgencies {
    private TestAgencies() {
    }

    /** Registers {@code code} in region {@code region} (province: its first two digits); returns the code. */
    public static String register(String code, String region) {
        AgencyRegistered e = new AgencyRegistered(code, region, region.substring(0, 2), "Instansi " + code, "KECAMATAN");
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(AgencyDirectory.class).get().register(e));
        return code;
    }
}
