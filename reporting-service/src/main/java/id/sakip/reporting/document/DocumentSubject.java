package id.sakip.reporting.document;

import id.sakip.common.security.AgencyScoped;
import java.util.UUID;

/**
 * What a document is about, found in this service's read models: a round, a measurement, an
 * agreement (by {@code id}) or an agency's year (LKjIP, {@code id} null), with the scope it belongs to.
 */
public record DocumentSubject(DocumentKind kind, UUID id, String agencyCode, String provinceCode, int year,
        String period) implements AgencyScoped {
}
