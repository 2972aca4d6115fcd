package id.sakip.common.event.v1;

import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventTypes;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit submitted its filled form (formulir pengumpulan data kinerja). {@code submittedBy} is the
 * login of the person; {@code submittedByName} and {@code submittedByNip} how documents name them
 * (absent in events written before 0.3 and for tokens that carry neither); {@code deadline} and
 * {@code late} whether the unit kept its deadline (absent without one, and before 0.4).
 */
public record FormSubmitted(
        UUID roundId,
        UUID formId,
        String agencyCode,
        String regionCode,
        String provinceCode,
        int year,
        String period,
        String unitCode,
        String submittedBy,
        OffsetDateTime submittedAt,
        List<Row> rows,
        String submittedByName,
        String submittedByNip,
        OffsetDateTime deadline,
        Boolean late) implements DomainEvent {

    /** A submission without its deadline (events written before 0.4). */
    public FormSubmitted(UUID roundId, UUID formId, String agencyCode, String regionCode, String provinceCode, int year,
            String period, String unitCode, String submittedBy, OffsetDateTime submittedAt, List<Row> rows,
            String submittedByName, String submittedByNip) {
        this(roundId, formId, agencyCode, regionCode, provinceCode, year, period, unitCode, submittedBy, submittedAt,
                rows, submittedByName, submittedByNip, null, null);
    }

    /** A submission by a login without a name or NIP. */
    public FormSubmitted(UUID roundId, UUID formId, String agencyCode, String regionCode, String provinceCode, int year,
            String period, String unitCode, String submittedBy, OffsetDateTime submittedAt, List<Row> rows) {
        this(roundId, formId, agencyCode, regionCode, provinceCode, year, period, unitCode, submittedBy, submittedAt,
                rows, null, null);
    }

    @Override
    public Routing routing() {
        return Routing.of(EventTypes.Topics.ROUNDS, roundId, EventTypes.FORM_SUBMITTED,
                "rounds/" + roundId + "/forms/" + formId, agencyCode, regionCode, provinceCode);
    }

    /** One row; {@code realisasiLabel} is the predicate label of a predicate indicator's value. */
    @Schema(name = "SubmittedRow")
    public record Row(String indicatorCode, BigDecimal realisasi, String keterangan, String realisasiLabel) {
        public Row(String indicatorCode, BigDecimal realisasi, String keterangan) {
            this(indicatorCode, realisasi, keterangan, null);
        }
    }
}
