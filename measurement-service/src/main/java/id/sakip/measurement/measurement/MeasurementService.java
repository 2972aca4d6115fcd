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
import id.sakip.measurement.capaian.CapaianEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class MeasurementService {
    /** Sasaran of indicators the recap gives none for. */
    static final String NO_SASARAN = "(tanpa sasaran)";
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
        List<Measurement> earlier = Measurement.list("roundId = ?1 order by versionNo desc", recap.roundId());
        earlier.forEach(e -> e.current = false);
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.roundId = recap.roundId();
        m.versionNo = earlier.isEmpty() ? 1 : earlier.get(0).versionNo + 1;
        m.current = true;
        m.agencyCode = recap.agencyCode();
        m.regionCode = recap.regionCode();
        m.provinceCode = recap.provinceCode();
        m.year = recap.year();
        m.period = recap.period();
        m.computedAt = OffsetDateTime.now(ZoneOffset.UTC);
        CapaianEngine engine = CapaianEngine.DEFAULT;
        Map<String, List<CapaianEngine.Node>> bySasaran = new LinkedHashMap<>();
        int position = 1;
        for (RecapApproved.Row row : recap.rows()) {
            MeasurementIndicator i = new MeasurementIndicator();
            i.id = UUID.randomUUID();
            i.measurement = m;
            i.position = position++;
            i.indicatorCode = row.indicatorCode();
            i.indicatorName = row.indicatorName();
            i.sasaran = row.sasaran() == null || row.sasaran().isBlank() ? NO_SASARAN : row.sasaran();
            i.polarity = row.polarity();
            i.target = row.periodTarget();
            i.targetUpper = row.periodTargetUpper();
            i.realisasi = row.realisasi();
            i.keterangan = row.keterangan();
            i.responsibleUnit = row.unitCode();
            Capaian.Polarity polarity = Capaian.Polarity.valueOf(row.polarity());
            i.capaian = polarity == Capaian.Polarity.RANGE
                    ? engine.scoreRange(row.periodTarget(), row.periodTargetUpper(), row.realisasi())
                    : engine.score(polarity, row.periodTarget(), row.realisasi());
            i.category = engine.category(i.capaian);
            i.achieved = CapaianEngine.achieved(i.capaian);
            m.indicators.add(i);
            bySasaran.computeIfAbsent(i.sasaran, k -> new ArrayList<>())
                    .add(CapaianEngine.Node.indicator(i.indicatorCode, i.capaian));
        }
        // roll-up: each sasaran from its indicators, the agency from its sasaran
        CapaianEngine.RolledUp agency = engine.rollUp(new CapaianEngine.Node(m.agencyCode, null,
                bySasaran.entrySet().stream().map(e -> new CapaianEngine.Node(e.getKey(), null, e.getValue())).toList()));
        m.averageCapaian = agency.capaian();
        m.category = agency.category();
        m.achievedCount = agency.achieved();
        m.notAchievedCount = agency.notAchieved();
        m.sasaranResults = agency.children().stream().map(c -> new MeasurementComputed.SasaranResult(c.code(),
                c.capaian(), c.category(), c.achieved(), c.notAchieved())).toList();
        m.persist();
        outbox.publish(EventTypes.Topics.MEASUREMENTS, m.roundId.toString(), EventTypes.MEASUREMENT_COMPUTED,
                "measurements/" + m.id, new EventScope(m.agencyCode, m.regionCode, m.provinceCode),
                new MeasurementComputed(m.id, m.versionNo, m.roundId, m.agencyCode, m.regionCode, m.provinceCode,
                        m.year, m.period, m.computedAt, m.averageCapaian, m.category, m.achievedCount,
                        m.notAchievedCount, m.sasaranResults,
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
    public Page<MeasurementDtos.MeasurementView> list(PageQuery page, String agencyCode, Integer year, String period,
            UUID roundId, boolean allVersions) {
        var sort = page.toSort("computedAt", Set.of("computedAt", "year", "period", "averageCapaian", "versionNo"));
        Filter f = Filter.scopedTo(caller, agencyCode).eq("year", year).eq("period", period).eq("roundId", roundId)
                .eq("current", allVersions ? null : Boolean.TRUE);
        return Page.of(Measurement.find(f.query(), sort, f.params()), page, MeasurementDtos.MeasurementView::of);
    }

    /** The worksheet (Kertas Kerja Pengukuran Kinerja) of a measurement. */
    @Transactional
    public WorksheetDtos.Worksheet worksheet(UUID id) {
        Measurement m = readable(id);
        List<WorksheetDtos.Row> rows = m.indicators.stream().map(i -> new WorksheetDtos.Row(i.position, i.sasaran,
                i.indicatorCode, i.indicatorName, i.responsibleUnit, i.polarity, formula(i.polarity), i.target,
                i.targetUpper, i.realisasi, i.capaian, i.category, i.achieved, i.keterangan)).toList();
        return new WorksheetDtos.Worksheet(m.id, m.roundId, m.versionNo, m.agencyCode, m.year, m.period, m.computedAt,
                m.averageCapaian, m.category, m.achievedCount, m.notAchievedCount, rows,
                rows.stream().filter(r -> !r.achieved()).toList());
    }

    /** The roll-up tree: agency, its sasaran, their indicators. */
    @Transactional
    public WorksheetDtos.Node tree(UUID id) {
        Measurement m = readable(id);
        List<WorksheetDtos.Node> sasaran = (m.sasaranResults == null ? List.<MeasurementComputed.SasaranResult>of()
                : m.sasaranResults).stream().map(s -> new WorksheetDtos.Node("SASARAN", s.sasaran(), s.sasaran(),
                        s.capaian(), s.category(), s.achievedCount(), s.notAchievedCount(),
                        m.indicators.stream().filter(i -> i.sasaran.equals(s.sasaran()))
                                .map(i -> new WorksheetDtos.Node("INDICATOR", i.indicatorCode, i.indicatorName,
                                        i.capaian, i.category, i.achieved ? 1 : 0, i.achieved ? 0 : 1, List.of()))
                                .toList()))
                .toList();
        return new WorksheetDtos.Node("AGENCY", m.agencyCode, m.agencyCode, m.averageCapaian, m.category,
                m.achievedCount, m.notAchievedCount, sasaran);
    }

    /** Every agency of a province with its current measurement of the period. */
    @Transactional
    public List<WorksheetDtos.Headline> province(String provinceCode, int year, String period) {
        if (!caller.isAdmin() && !provinceCode.equals(caller.provinceCode())) {
            throw ProblemException.notFound("province", provinceCode);
        }
        return Measurement.<Measurement>list("provinceCode = ?1 and year = ?2 and period = ?3 and current = true "
                + "order by regionCode, agencyCode", provinceCode, year, period).stream()
                .map(m -> new WorksheetDtos.Headline(m.agencyCode, m.regionCode, m.year, m.period, m.id, m.versionNo,
                        m.averageCapaian, m.category, m.achievedCount, m.notAchievedCount, m.computedAt))
                .toList();
    }

    private Measurement readable(UUID id) {
        Measurement m = Measurement.findById(id);
        if (m == null) {
            throw ProblemException.notFound("measurement", id);
        }
        caller.checkRead(m.agencyCode, m.provinceCode, "measurement", id);
        return m;
    }

    /** The formula of the official guidance for a polarity (lower-is-better: the agency's method, default official). */
    static String formula(String polarity) {
        return switch (polarity) {
            case "LOWER_IS_BETTER" -> "(2 × target − realisasi) / target × 100";
            case "RANGE" -> "100 bila realisasi dalam rentang target; di luar rentang dibandingkan dengan batas terdekat";
            case "PREDICATE" -> "nilai predikat realisasi / nilai predikat target × 100";
            default -> "realisasi / target × 100";
        };
    }

    static MeasurementComputed.IndicatorResult result(MeasurementIndicator i) {
        return new MeasurementComputed.IndicatorResult(i.indicatorCode, i.indicatorName, i.sasaran, i.polarity, i.target,
                i.targetUpper, i.realisasi, i.capaian, i.category, i.achieved);
    }
}
