package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A signed report was numbered and sent (the last steps of the LAKIP flow): its metadata and where
 * to download it, for provincial dashboards. Keyed by report id.
 */
public record ReportPublished(
        UUID reportId,
        String kind,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        int reportVersion,
        String documentNumber,
        String title,
        String sha256,
        long sizeBytes,
        String downloadPath,
        String signedBy,
        OffsetDateTime signedAt,
        OffsetDateTime publishedAt) implements DomainEvent {

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.REPORTS, reportId, EventTypes.REPORT_PUBLISHED,
                "reports/" + reportId, agencyCode, regionCode, provinceCode);
    }
}
