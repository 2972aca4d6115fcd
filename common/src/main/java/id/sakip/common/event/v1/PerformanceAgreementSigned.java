package id.sakip.common.event.v1;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The head signed a Perjanjian Kinerja (PK) for a year. A revision (PK Perubahan) is a new
 * agreement with a higher {@code agreementVersion} for the same agency and year; it supersedes the
 * earlier one.
 */
public record PerformanceAgreementSigned(
        UUID agreementId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        int agreementVersion,
        OffsetDateTime signedAt,
        Signatory signatory,
        List<Item> items) {

    public record Signatory(String name, String nip, String position) {
    }

    /** One indicator with its annual target and quarterly targets (Rencana Aksi). */
    public record Item(
            String indicatorCode,
            String indicatorName,
            String sasaran,
            String unitOfMeasure,
            String polarity,
            String aggregation,
            String responsibleUnit,
            BigDecimal annualTarget,
            List<BigDecimal> quarterTargets) {
    }
}
