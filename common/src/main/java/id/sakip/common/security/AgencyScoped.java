package id.sakip.common.security;

/**
 * Data that belongs to one agency, in one province: what {@link CallerContext#readable} and
 * {@link CallerContext#writable} scope every lookup by.
 */
public interface AgencyScoped {
    String agencyCode();

    String provinceCode();
}
