package id.sakip.common.security;

/**
 * Roles named after the SOP actors (Pelaksana). Tokens carry them in the {@code groups} claim
 * (or, with Keycloak, {@code realm_access.roles}: see {@code smallrye.jwt.path.groups}).
 */
public final class Roles {
    private Roles() {
    }

    /** Kepala: the head (Camat, Kepala Dinas). Orders rounds, signs agreements and measurements. */
    public static final String KEPALA = "kepala";
    /** Sekretaris (Sekretaris Camat / Dinas): approves or returns recaps and measurements. */
    public static final String SEKRETARIS = "sekretaris";
    /** Tim SAKIP: the performance team. Prepares forms, compiles recaps, measures. */
    public static final String TIM_SAKIP = "tim-sakip";
    /** A data-supplying unit's head (Sekretariat, Bidang, Kasi, Subbag): fills and submits its forms. */
    public static final String UNIT = "unit";
    /** Staf: helps a unit fill its forms (drafts only). */
    public static final String STAF = "staf";
    /** System administrator: manages agencies; crosses agency boundaries. */
    public static final String ADMIN = "admin";
    /** Provincial reader: read-only across the agencies of its province. */
    public static final String PROVINSI = "provinsi";
}
