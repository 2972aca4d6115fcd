package id.sakip.measurement.state;

import id.sakip.common.event.v1.CurrentMeasurement;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.outbox.Outbox;
import id.sakip.measurement.measurement.Measurement;
import id.sakip.measurement.measurement.MeasurementChanged;
import id.sakip.measurement.round.MeasurementRound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Writes the measurement in force for an agency's period, with its review, to the compacted topic
 * {@code sakip.measurement.measurement-state} through the outbox, in the transaction of the change
 * that fired {@link MeasurementChanged}. Nothing depends on this package.
 */
@ApplicationScoped
public class MeasurementStateProjector {
    private final Outbox outbox;

    public MeasurementStateProjector(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onChange(@Observes MeasurementChanged change) {
        Measurement m = Measurement.find("agencyCode = ?1 and year = ?2 and period = ?3 and current = true",
                change.agencyCode(), change.year(), change.period()).firstResult();
        if (m == null) {
            return;
        }
        Measurement previous = Measurement.find("roundId = ?1 and versionNo < ?2 order by versionNo desc", m.roundId,
                m.versionNo).firstResult();
        MeasurementRound review = MeasurementRound.find("measurementId = ?1 order by orderedAt desc", m.id).firstResult();
        MeasurementComputed c = m.computed();
        List<CurrentMeasurement.Sasaran> sasaran = c.sasaran() == null ? List.of() : c.sasaran().stream()
                .map(s -> new CurrentMeasurement.Sasaran(s.sasaran(), s.capaian(), s.category(), s.achievedCount(),
                        s.notAchievedCount()))
                .toList();
        List<CurrentMeasurement.Indicator> indicators = c.indicators().stream()
                .map(i -> new CurrentMeasurement.Indicator(i.indicatorCode(), i.indicatorName(), i.sasaran(),
                        i.unitOfMeasure(), i.responsibleUnit(), i.target(), i.realisasi(), i.capaian(), i.category(),
                        i.achieved()))
                .toList();
        UUID supersedes = previous == null ? null : previous.id;
        outbox.publish(new CurrentMeasurement(m.agencyCode, m.regionCode, m.provinceCode, m.year, m.period, m.id,
                m.versionNo, supersedes, m.roundId, m.trigger, m.agreementVersion, m.computedAt, m.averageCapaian,
                m.category, m.achievedCount, m.notAchievedCount, sasaran, indicators,
                review == null ? new CurrentMeasurement.Review(null, null, null, null)
                        : new CurrentMeasurement.Review(review.approvedBy, review.approvedAt, review.signedBy, review.signedAt),
                OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
