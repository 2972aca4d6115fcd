package id.sakip.measurement.measurement;

import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.measurement.capaian.Capaian;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class MeasurementService {
    private final Outbox outbox;
    private final CallerContext caller;

    public MeasurementService(Outbox outbox, CallerContext caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * Computes capaian for every row of an approved recap against its period target and publishes
     * MeasurementComputed. Runs in the consumer's transaction (with its inbox record).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Measurement compute(RecapApproved recap) {
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.roundId = recap.roundId();
        m.agencyCode = recap.agencyCode();
        m.regionCode = recap.regionCode();
        m.provinceCode = recap.provinceCode();
        m.year = recap.year();
        m.period = recap.period();
        m.computedAt = OffsetDateTime.now(ZoneOffset.UTC);
        int position = 1;
        for (RecapApproved.Row row : recap.rows()) {
            MeasurementIndicator i = new MeasurementIndicator();
            i.id = UUID.randomUUID();
            i.measurement = m;
            i.position = position++;
            i.indicatorCode = row.indicatorCode();
            i.indicatorName = row.indicatorName();
            i.polarity = row.polarity();
            i.target = row.periodTarget();
            i.targetUpper = row.periodTargetUpper();
            i.realisasi = row.realisasi();
            Capaian.Polarity polarity = Capaian.Polarity.valueOf(row.polarity());
            i.capaian = polarity == Capaian.Polarity.RANGE
                    ? Capaian.ofRange(row.periodTarget(), row.periodTargetUpper(), row.realisasi())
                    : Capaian.of(polarity, row.periodTarget(), row.realisasi());
            i.category = Capaian.category(i.capaian);
            i.achieved = Capaian.achieved(i.capaian);
            m.indicators.add(i);
        }
        List<BigDecimal> values = m.indicators.stream().map(i -> i.capaian).filter(Objects::nonNull).toList();
        m.averageCapaian = values.isEmpty() ? null
                : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
        m.category = Capaian.category(m.averageCapaian);
        m.achievedCount = (int) m.indicators.stream().filter(i -> i.achieved).count();
        m.notAchievedCount = m.indicators.size() - m.achievedCount;
        m.persist();
        outbox.publish(EventTypes.Topics.MEASUREMENTS, m.id.toString(), EventTypes.MEASUREMENT_COMPUTED,
                "measurements/" + m.id, new EventScope(m.agencyCode, m.regionCode, m.provinceCode),
                new MeasurementComputed(m.id, m.roundId, m.agencyCode, m.regionCode, m.provinceCode, m.year, m.period,
                        m.computedAt, m.averageCapaian, m.category, m.achievedCount, m.notAchievedCount,
                        m.indicators.stream().map(MeasurementService::result).toList()));
        return m;
    }

    @Transactional
    public MeasurementDtos.MeasurementView get(UUID id) {
        Measurement m = Measurement.findById(id);
        if (m == null) {
            throw ProblemException.notFound("measurement", id);
        }
        caller.checkRead(m.agencyCode, m.provinceCode, "measurement", id);
        return MeasurementDtos.MeasurementView.of(m);
    }

    @Transactional
    public Page<MeasurementDtos.MeasurementView> list(PageQuery page, String agencyCode, Integer year, String period) {
        var sort = page.toSort("computedAt", Set.of("computedAt", "year", "period", "averageCapaian"));
        Filter f = Filter.scopedTo(caller, agencyCode).eq("year", year).eq("period", period);
        return Page.of(Measurement.find(f.query(), sort, f.params()), page, MeasurementDtos.MeasurementView::of);
    }

    static MeasurementComputed.IndicatorResult result(MeasurementIndicator i) {
        return new MeasurementComputed.IndicatorResult(i.indicatorCode, i.indicatorName, i.polarity, i.target,
                i.targetUpper, i.realisasi, i.capaian, i.category, i.achieved);
    }
}
