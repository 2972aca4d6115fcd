package id.sakip.common.audit;

import io.smallrye.config.ConfigMapping;

/** The audit trail's key ({@code sakip.audit.*}). */
@ConfigMapping(prefix = "sakip.audit")
public interface AuditConfig {
    /**
     * The secret every record's hash and the chain's head are keyed with (HMAC-SHA256), at least 32
     * characters, from {@code SAKIP_AUDIT_KEY} (a Kubernetes Secret in production). It is not in the
     * database, so whoever can write the database cannot forge a record or a head that verifies.
     */
    String key();
}
