package id.sakip.measurement.measurement;

import id.sakip.common.agency.AgencyDirectory;
import id.sakip.common.agency.KnownAgency;
import id.sakip.common.event.InvalidEventException;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.paging.Filter;
import id.sakip.common.paging.Page;
import id.sakip.common.paging.PageQuery;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Period;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.common.vocabulary.PredicateScale;
import id.sakip.common.vocabulary.ScalePoint;
import id.sakip.measurement.agreement.AgreementCopy;
import id.sakip.measurement.capaian.CapaianEngine;
import id.sakip.measurement.capaian.CapaianSettings;
import id.sakip.measurement.settings.AgencySettings;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

@ApplicationScoped
public class MeasurementService {
    private static final Logger LOG = Logger.getLogger(MeasurementService.class);
    /** Sasaran of indicators the recap gives none for. */
    static final String NO_SASARAN = "(tanpa sasaran)";
    /** Tujuan of indicators the PK places under none, when others have one. */
    static final String NO_TUJUAN = "(tanpa tujuan)";
    private final Outbox outbox;
    private final CallerContext caller;
    private final AgencyDirectory directory;
    private final Event<MeasurementChanged> changed;

    public MeasurementService(Outbox outbox, CallerContext caller, AgencyDirectory directory,
            Event<MeasurementChanged> changed) {
        this.outbox = outbox;
        this.caller = caller;
        this.directory = directory;
        this.changed = changed;
    }

    /** One indicator's input to a computation: what the recap (or an earlier version) says. */
    record Input(String indicatorCode, String indicatorName, String sasaran, Polarity polarity, String unitCode,
            BigDecimal periodTarget, BigDecimal periodTargetUpper, BigDecimal annualTarget, BigDecimal realisasi,
            String keterangan, List<ScalePoint> predicateScale, String unitOfMeasure) {
        static Input of(RecapApproved.Row r) {
            return new Input(r.indicatorCode(), r.indicatorName(), r.sasaran(), r.polarity(), r.unitCode(),
                    r.periodTarget(), r.periodTargetUpper(), r.annualTarget(), r.realisasi(), r.keterangan(),
                    r.predicateScale(), r.unitOfMeasure());
        }

        static Input of(MeasurementIndicator i) {
            return new Input(i.indicatorCode, i.indicatorName, i.sasaran, i.polarity, i.responsibleUnit, i.target,
                    i.targetUpper, i.annualTarget, i.realisasi, i.keterangan, i.predicateScale, i.unitOfMeasure);
        }
    }

    /**
     * Computes capaian for every row of an approved recap and publishes MeasurementComputed. Runs in
     * the consumer's transaction (with its inbox record). A recap version that is not newer than the
     * one already measured for the round (a stale or replayed approval under a new event id) computes
     * nothing: empty.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Measurement> compute(RecapApproved recap) {
        lockAgencyYear(recap.agencyCode(), recap.year());
        Integer applied = Measurement.getEntityManager()
                .createQuery("select max(m.recapVersion) from Measurement m where m.roundId = ?1", Integer.class)
                .setParameter(1, recap.roundId()).getSingleResult();
        if (applied != null && recap.recapVersion() <= applied) {
            LOG.infof("round %s: recap version %d ignored, version %d is already measured", recap.roundId(),
                    recap.recapVersion(), applied);
            return Optional.empty();
        }
        return Optional.of(computeVersion(recap.roundId(), recap.agencyCode(), recap.regionCode(), recap.provinceCode(),
                recap.year(), recap.period(), recap.rows().stream().map(Input::of).toList(), MeasurementComputed.BY_RECAP,
                recap.recapVersion()));
    }

    /**
     * A PK (revision) arrived: every current measurement of its agency and year computed with older
     * targets (or none) is computed again with the same values, as a new version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeForAgreement(AgreementCopy agreement) {
        List<Measurement> current = Measurement.list("agencyCode = ?1 and year = ?2 and current = true order by period",
                agreement.agencyCode, agreement.year);
        int n = 0;
        for (Measurement m : current) {
            if (m.agreementVersion != null && m.agreementVersion >= agreement.agreementVersion) {
                continue;
            }
            computeVersion(m.roundId, m.agencyCode, m.regionCode, m.provinceCode, m.year, m.period,
                    m.indicators.stream().map(Input::of).toList(), MeasurementComputed.BY_REVISED_AGREEMENT, m.recapVersion);
            n++;
        }
        return n;
    }

    /**
     * A recap and a PK of the same agency and year arrive on different topics, in different
     * transactions: each takes this lock before it reads what the other writes (the PK copy, the
     * current measurements), so whichever commits second sees the first and none is computed without
     * the other. Held to the end of the transaction.
     */
    public void lockAgencyYear(String agencyCode, int year) {
        long key = ((long) agencyCode.hashCode() << 32) | (year & 0xffffffffL);
        Measurement.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, key)
                .getSingleResult();
    }

    private Measurement computeVersion(UUID roundId, String agencyCode, String regionCode, String provinceCode,
            int year, String period, List<Input> rows, String trigger, Integer recapVersion) {
        List<Measurement> earlier = Measurement.list("roundId = ?1 order by versionNo desc", roundId);
        earlier.forEach(e -> e.current = false);
        Measurement.flush();
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.roundId = roundId;
        m.versionNo = earlier.isEmpty() ? 1 : earlier.get(0).versionNo + 1;
        m.current = true;
        m.agencyCode = agencyCode;
        m.regionCode = regionCode;
        m.provinceCode = provinceCode;
        m.year = year;
        m.period = period;
        m.trigger = trigger;
        m.recapVersion = recapVersion;
        m.computedAt = OffsetDateTime.now(ZoneOffset.UTC);
        CapaianEngine engine = new CapaianEngine(AgencySettings.of(agencyCode));
        AgreementCopy agreement = AgreementCopy.current(agencyCode, year);
        m.agreementVersion = agreement == null ? null : agreement.agreementVersion;
        Map<String, Map<String, BigDecimal>> history = history(agencyCode, year, period);
        int position = 1;
        for (Input row : rows) {
            MeasurementIndicator i = new MeasurementIndicator();
            i.id = UUID.randomUUID();
            i.measurement = m;
            i.position = position++;
            i.indicatorCode = row.indicatorCode();
            i.indicatorName = row.indicatorName();
            i.sasaran = row.sasaran() == null || row.sasaran().isBlank() ? NO_SASARAN : row.sasaran();
            i.polarity = row.polarity();
            i.realisasi = row.realisasi();
            i.keterangan = row.keterangan();
            i.responsibleUnit = row.unitCode();
            i.unitOfMeasure = row.unitOfMeasure();
            i.target = row.periodTarget();
            i.targetUpper = row.periodTargetUpper();
            i.annualTarget = row.annualTarget();
            PerformanceAgreementSigned.Item item = agreement == null ? null : agreement.item(row.indicatorCode());
            i.predicateScale = item != null && item.predicateScale() != null && !item.predicateScale().isEmpty()
                    ? item.predicateScale() : row.predicateScale();
            score(engine, i, item, period, history.getOrDefault(row.indicatorCode(), Map.of()));
            m.indicators.add(i);
        }
        rollUp(engine, m);
        m.persist();
        outbox.publish(m.computed());
        changed.fire(new MeasurementChanged(agencyCode, year, period));
        return m;
    }

    /**
     * Scores one indicator: against the period's target and, with the PK's targets of every period,
     * to date by the indicator's aggregation rule and against the annual target. The PK in force
     * gives the targets (a revision replaces those the recap was collected with).
     */
    private static void score(CapaianEngine engine, MeasurementIndicator i, PerformanceAgreementSigned.Item item,
            String period, Map<String, BigDecimal> history) {
        Polarity polarity = i.polarity;
        Period at = Period.parse(period);
        boolean quarterly = at.quarterly();
        List<BigDecimal> targets = item == null ? null : quarterly ? item.quarterTargets() : item.monthTargets();
        List<BigDecimal> uppers = item == null ? null : quarterly ? item.quarterTargetsUpper() : item.monthTargetsUpper();
        int index = at.index();
        if (targets == null || index >= targets.size() || (polarity == Polarity.RANGE && uppers == null)) {
            i.capaian = polarity == Polarity.RANGE ? engine.scoreRange(i.target, i.targetUpper, i.realisasi)
                    : predicate(engine, polarity, i, i.target);
            i.category = engine.category(i.capaian);
            i.achieved = CapaianEngine.achieved(i.capaian);
            i.tujuan = item == null ? null : item.tujuan();
            return;
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int p = 0; p < index; p++) {
            values.add(history.get(new Period(quarterly, p + 1).toString()));
        }
        values.add(i.realisasi);
        Aggregation aggregation = item.aggregation();
        CapaianEngine.IndicatorResult r = polarity == Polarity.RANGE
                ? engine.indicatorRange(aggregation, item.annualTarget(), item.annualTargetUpper(), targets, uppers, values)
                : engine.indicator(polarity, aggregation, item.annualTarget(), targets, values);
        i.target = targets.get(index);
        i.targetUpper = uppers == null ? null : uppers.get(index);
        i.annualTarget = item.annualTarget();
        i.aggregation = item.aggregation();
        i.tujuan = item.tujuan();
        i.capaian = polarity == Polarity.RANGE ? r.capaian() : predicate(engine, polarity, i, i.target);
        i.category = engine.category(i.capaian);
        i.achieved = CapaianEngine.achieved(i.capaian);
        i.categoryToDate = engine.category(r.capaianToDate());
        i.categoryOfYear = engine.category(r.capaianOfYear());
        i.realisasiToDate = r.realisasiToDate();
        i.targetToDate = r.targetToDate();
        i.capaianToDate = r.capaianToDate();
        i.capaianOfYear = r.capaianOfYear();
    }

    /**
     * The period capaian: a predicate indicator's through its scale (the labels of target and
     * realisasi), any other's by its polarity.
     */
    private static BigDecimal predicate(CapaianEngine engine, Polarity polarity, MeasurementIndicator i,
            BigDecimal target) {
        Optional<PredicateScale> scale = PredicateScale.of(i.predicateScale);
        if (scale.isEmpty() || i.realisasi == null || target == null) {
            return engine.score(polarity, target, i.realisasi);
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        scale.get().points().forEach(p -> values.put(p.label(), p.value()));
        String targetLabel = scale.get().labelOf(target).orElseThrow(() -> new InvalidEventException(
                i.indicatorCode + ": target " + target.toPlainString() + " is not on its scale " + scale.get().describe()));
        String realisasiLabel = scale.get().labelOf(i.realisasi).orElseThrow(() -> new InvalidEventException(
                i.indicatorCode + ": realisasi " + i.realisasi.toPlainString() + " is not on its scale "
                        + scale.get().describe()));
        return engine.scorePredicate(polarity, values, targetLabel, realisasiLabel);
    }

    /** Realisasi of the agency's earlier periods of the year (current versions), by indicator and period. */
    private static Map<String, Map<String, BigDecimal>> history(String agencyCode, int year, String period) {
        Map<String, Map<String, BigDecimal>> out = new HashMap<>();
        List<Object[]> rows = Measurement.getEntityManager().createQuery("""
                select i.indicatorCode, m.period, i.realisasi from MeasurementIndicator i join i.measurement m
                 where m.agencyCode = :agency and m.year = :year and m.current = true and m.period < :period
                   and substring(m.period, 1, 1) = :kind""", Object[].class)
                .setParameter("agency", agencyCode).setParameter("year", year).setParameter("period", period)
                .setParameter("kind", period.substring(0, 1)).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], (BigDecimal) r[2]);
        }
        return out;
    }

    /**
     * The roll-up: agency from its tujuan, tujuan from their sasaran, sasaran from their indicators
     * (when the PK places no indicator under a tujuan: agency from its sasaran).
     */
    private static void rollUp(CapaianEngine engine, Measurement m) {
        boolean byTujuan = m.indicators.stream().anyMatch(i -> i.tujuan != null);
        Map<String, Map<String, List<CapaianEngine.Node>>> tree = new LinkedHashMap<>();
        for (MeasurementIndicator i : m.indicators) {
            String tujuan = byTujuan ? (i.tujuan == null ? NO_TUJUAN : i.tujuan) : "";
            tree.computeIfAbsent(tujuan, k -> new LinkedHashMap<>()).computeIfAbsent(i.sasaran, k -> new ArrayList<>())
                    .add(CapaianEngine.Node.indicator(i.indicatorCode, i.capaian));
        }
        List<CapaianEngine.Node> tujuanNodes = tree.entrySet().stream().map(t -> new CapaianEngine.Node(t.getKey(), null,
                t.getValue().entrySet().stream().map(e -> new CapaianEngine.Node(e.getKey(), null, e.getValue())).toList()))
                .toList();
        CapaianEngine.RolledUp agency = engine.rollUp(new CapaianEngine.Node(m.agencyCode, null,
                byTujuan ? tujuanNodes : tujuanNodes.get(0).children()));
        m.averageCapaian = agency.capaian();
        m.category = agency.category();
        m.achievedCount = agency.achieved();
        m.notAchievedCount = agency.notAchieved();
        if (byTujuan) {
            m.tujuanResults = agency.children().stream().map(t -> new MeasurementComputed.TujuanResult(t.code(),
                    t.capaian(), t.category(), t.achieved(), t.notAchieved())).toList();
            m.sasaranResults = agency.children().stream().flatMap(t -> t.children().stream()
                    .map(c -> new MeasurementComputed.SasaranResult(c.code(), c.capaian(), c.category(), c.achieved(),
                            c.notAchieved(), t.code()))).toList();
        } else {
            m.tujuanResults = List.of();
            m.sasaranResults = agency.children().stream().map(c -> new MeasurementComputed.SasaranResult(c.code(),
                    c.capaian(), c.category(), c.achieved(), c.notAchieved())).toList();
        }
    }

    @Transactional
    public MeasurementDtos.MeasurementView get(UUID id) {
        Measurement m = readable(id);
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
        CapaianSettings settings = AgencySettings.of(m.agencyCode);
        List<WorksheetDtos.Row> rows = m.indicators.stream().map(i -> new WorksheetDtos.Row(i.position, i.tujuan,
                i.sasaran, i.indicatorCode, i.indicatorName, i.responsibleUnit, i.polarity,
                formula(PredicateScale.of(i.predicateScale).isPresent(), i.polarity, settings.lowerIsBetter()),
                i.aggregation, i.annualTarget, i.target,
                i.targetUpper, i.realisasi, i.capaian, i.category, i.achieved, i.realisasiToDate, i.targetToDate,
                i.capaianToDate, i.capaianOfYear, i.keterangan, PredicateScale.label(i.predicateScale, i.target),
                PredicateScale.label(i.predicateScale, i.realisasi), i.categoryToDate, i.categoryOfYear)).toList();
        return new WorksheetDtos.Worksheet(m.id, m.roundId, m.versionNo, m.versionNo, m.agencyCode, m.year, m.period, m.computedAt,
                m.averageCapaian, m.category, m.achievedCount, m.notAchievedCount, rows,
                rows.stream().filter(r -> !r.achieved()).toList());
    }

    /** The roll-up tree: agency, its tujuan (when the PK gives them), their sasaran, their indicators. */
    @Transactional
    public WorksheetDtos.Node tree(UUID id) {
        Measurement m = readable(id);
        List<WorksheetDtos.Node> sasaran = (m.sasaranResults == null ? List.<MeasurementComputed.SasaranResult>of()
                : m.sasaranResults).stream().map(s -> WorksheetDtos.Node.of("SASARAN", s.tujuan() == null ? s.sasaran()
                        : s.tujuan() + " / " + s.sasaran(), s.sasaran(),
                        s.capaian(), s.category(), s.achievedCount(), s.notAchievedCount(),
                        m.indicators.stream().filter(i -> i.sasaran.equals(s.sasaran()) && (s.tujuan() == null
                                || s.tujuan().equals(i.tujuan == null ? NO_TUJUAN : i.tujuan)))
                                .map(i -> WorksheetDtos.Node.of("INDICATOR", i.indicatorCode, i.indicatorName,
                                        i.capaian, i.category, i.achieved ? 1 : 0, i.achieved ? 0 : 1, List.of()))
                                .toList()))
                .toList();
        if (m.tujuanResults != null && !m.tujuanResults.isEmpty()) {
            List<WorksheetDtos.Node> tujuan = m.tujuanResults.stream().map(t -> WorksheetDtos.Node.of("TUJUAN", t.tujuan(),
                    t.tujuan(), t.capaian(), t.category(), t.achievedCount(), t.notAchievedCount(),
                    sasaran.stream().filter(n -> n.code().startsWith(t.tujuan() + " / ")).toList())).toList();
            return WorksheetDtos.Node.of("AGENCY", m.agencyCode, agencyName(m.agencyCode), m.averageCapaian, m.category,
                    m.achievedCount, m.notAchievedCount, tujuan);
        }
        return WorksheetDtos.Node.of("AGENCY", m.agencyCode, agencyName(m.agencyCode), m.averageCapaian, m.category,
                m.achievedCount, m.notAchievedCount, sasaran);
    }

    /** Every agency of a province with its current measurement of the period, a page at a time (by region, agency). */
    @Transactional
    public Page<WorksheetDtos.Headline> province(String provinceCode, int year, String period, PageQuery page) {
        if (!caller.isAdmin() && !provinceCode.equals(caller.provinceCode())) {
            throw ProblemException.notFound("province", provinceCode);
        }
        Sort sort = page.toSort("regionCode", Set.of("regionCode", "agencyCode", "averageCapaian", "computedAt"))
                .and("agencyCode");
        PanacheQuery<Measurement> query = Measurement.find("provinceCode = ?1 and year = ?2 and period = ?3 "
                + "and current = true", sort, provinceCode, year, period);
        Page<Measurement> measurements = Page.of(query, page, m -> m);
        Map<String, String> names = agencyNames(measurements.items().stream().map(m -> m.agencyCode).toList());
        return new Page<>(measurements.items().stream().map(m -> new WorksheetDtos.Headline(m.agencyCode,
                names.getOrDefault(m.agencyCode, m.agencyCode), m.regionCode, m.year, m.period, m.id, m.versionNo,
                m.versionNo, m.averageCapaian, m.category, m.achievedCount, m.notAchievedCount, m.computedAt)).toList(),
                measurements.page(), measurements.size(), measurements.total());
    }

    /** The agency's name as the agency directory knows it (its code until the directory has heard of it). */
    private String agencyName(String agencyCode) {
        return directory.find(agencyCode).map(a -> a.name).orElse(agencyCode);
    }

    private static Map<String, String> agencyNames(List<String> codes) {
        return codes.isEmpty() ? Map.of() : KnownAgency.<KnownAgency>list("agencyCode in ?1", codes).stream()
                .collect(Collectors.toMap(a -> a.agencyCode, a -> a.name));
    }

    private Measurement readable(UUID id) {
        return caller.readable(Measurement.<Measurement>findById(id), "measurement", id);
    }

    /**
     * The formula of an indicator, in Bahasa Indonesia: a predicate indicator's by its scale, else by its
     * polarity (lower-is-better: the agency's method, by default the official one).
     */
    static String formula(boolean predicate, Polarity polarity, CapaianSettings.LowerIsBetter method) {
        if (predicate) {
            return "nilai predikat realisasi / nilai predikat target × 100";
        }
        return switch (polarity) {
            case LOWER_IS_BETTER -> switch (method) {
                case OFFICIAL -> "(2 × target − realisasi) / target × 100";
                case RATIO -> "target / realisasi × 100";
                case REDUCTION -> "(target − realisasi) / target × 100";
            };
            case RANGE -> "100 bila realisasi dalam rentang target; di luar rentang dibandingkan dengan batas terdekat";
            case HIGHER_IS_BETTER -> "realisasi / target × 100";
        };
    }
}
