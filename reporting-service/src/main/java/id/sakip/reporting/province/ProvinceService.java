package id.sakip.reporting.province;

import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.reporting.document.Fmt;
import id.sakip.reporting.document.Xlsx;
import id.sakip.reporting.source.AgencyProfile;
import id.sakip.reporting.source.RoundRecord;
import id.sakip.reporting.summary.MeasurementSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province's view: every agency's headline capaian and the timeliness of its units' submissions. */
@ApplicationScoped
public class ProvinceService {
    private final CallerContext caller;

    public ProvinceService(CallerContext caller) {
        this.caller = caller;
    }

    @Schema(name = "ProvinceAgencyRow", description = "One agency's headline for a period")
    public record Row(String agencyCode, String agencyName, String regionCode, BigDecimal averageCapaian, String category,
            Integer achievedCount, Integer notAchievedCount, Integer measurementVersion,
            @Schema(description = "Units that had to submit") int units, int submitted,
            @Schema(description = "Submitted by their deadline") int onTime, int late,
            @Schema(description = "Share of units that submitted on time, %") BigDecimal timeliness) {
    }

    /** One row per agency with a measurement or a round in the period; provinsi reads its own province only (404). */
    @Transactional
    public List<Row> overview(String province, int year, String period) {
        if (!caller.isAdmin() && !province.equals(caller.provinceCode())) {
            throw ProblemException.notFound("province", province);
        }
        Map<String, MeasurementSummary> measurements = MeasurementSummary.<MeasurementSummary>list(
                "provinceCode = ?1 and year = ?2 and period = ?3 and superseded = false", province, year, period)
                .stream().collect(Collectors.toMap(m -> m.agencyCode, Function.identity(), (a, b) -> a));
        Map<String, RoundRecord> rounds = RoundRecord.<RoundRecord>list(
                "provinceCode = ?1 and year = ?2 and period = ?3", province, year, period)
                .stream().collect(Collectors.toMap(r -> r.agencyCode, Function.identity(), (a, b) -> b));
        TreeMap<String, String> regions = new TreeMap<>();
        measurements.values().forEach(m -> regions.put(m.agencyCode, m.regionCode));
        rounds.values().forEach(r -> regions.putIfAbsent(r.agencyCode, r.regionCode));
        Map<String, String> names = regions.isEmpty() ? Map.of()
                : AgencyProfile.<AgencyProfile>list("agencyCode in ?1", List.copyOf(regions.keySet())).stream()
                        .collect(Collectors.toMap(a -> a.agencyCode, a -> a.name));
        List<Row> rows = new ArrayList<>();
        regions.forEach((agency, region) -> rows.add(row(agency, names.getOrDefault(agency, agency), region,
                measurements.get(agency), rounds.get(agency))));
        return rows;
    }

    /** The overview as a workbook, in Bahasa Indonesia. */
    public byte[] workbook(String province, int year, String period, List<Row> rows) {
        try (Xlsx x = new Xlsx()) {
            x.sheet("Provinsi " + province, List.of("CAPAIAN KINERJA DAN KETEPATAN WAKTU PENYAMPAIAN DATA",
                    "Provinsi " + province + " - " + Fmt.period(period) + " Tahun " + year),
                    List.of("Kode Instansi", "Nama Instansi", "Kode Wilayah", "Capaian Rata-rata (%)", "Kategori",
                            "Tercapai", "Tidak Tercapai", "Versi Pengukuran", "Unit", "Menyampaikan", "Tepat Waktu",
                            "Terlambat", "Ketepatan Waktu (%)"),
                    rows.stream().map(r -> Arrays.<Object>asList(r.agencyCode(), r.agencyName(), r.regionCode(),
                            r.averageCapaian(), Fmt.category(r.category()), r.achievedCount(), r.notAchievedCount(),
                            r.measurementVersion(), r.units(), r.submitted(), r.onTime(), r.late(), r.timeliness()))
                            .toList());
            return x.toBytes();
        }
    }

    private static Row row(String agency, String name, String region, MeasurementSummary m, RoundRecord r) {
        int units = r == null ? 0 : r.units.size();
        int submitted = r == null ? 0 : (int) r.units.values().stream().filter(u -> u.submittedAt() != null).count();
        int late = r == null ? 0 : (int) r.units.values().stream().filter(RoundRecord.Unit::late).count();
        int onTime = submitted - late;
        return new Row(agency, name, region, m == null ? null : m.averageCapaian, m == null ? null : m.category,
                m == null ? null : m.achievedCount, m == null ? null : m.notAchievedCount,
                m == null ? null : m.measurementVersion, units, submitted, onTime, late,
                units == 0 ? null : BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP));
    }
}
