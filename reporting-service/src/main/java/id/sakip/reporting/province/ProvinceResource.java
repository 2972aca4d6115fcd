package id.sakip.reporting.province;

import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.CallerContext;
import id.sakip.common.security.Roles;
import id.sakip.reporting.document.Fmt;
import id.sakip.reporting.document.Xlsx;
import id.sakip.reporting.source.AgencyProfile;
import id.sakip.reporting.source.RoundRecord;
import id.sakip.reporting.summary.MeasurementSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/provinces")
@Tag(name = "Province views", description = "Every agency of a province: headline capaian and submission timeliness")
public class ProvinceResource {
    private final CallerContext caller;

    public ProvinceResource(CallerContext caller) {
        this.caller = caller;
    }

    @Schema(name = "ProvinceAgencyRow", description = "One agency's headline for a period")
    public record Row(String agencyCode, String agencyName, String regionCode, BigDecimal averageCapaian, String category,
            Integer achievedCount, Integer notAchievedCount, Integer measurementVersion,
            @Schema(description = "Units that had to submit") int units, int submitted,
            @Schema(description = "Submitted by their deadline") int onTime, int late,
            @Schema(description = "Share of units that submitted on time, %") BigDecimal timeliness) {
    }

    @GET
    @Path("/{code}/overview")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI })
    @Transactional
    @Operation(summary = "Every agency's headline capaian and submission timeliness for a period",
            description = "format=json (default) or xlsx. Provinsi reads its own province only (another answers 404).")
    public Response overview(@PathParam("code") @Pattern(regexp = "\\d{2}") String code,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("period") @NotNull @Pattern(regexp = "Q[1-4]|M(0[1-9]|1[0-2])") String period,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|xlsx") String format) {
        if (!caller.isAdmin() && !code.equals(caller.provinceCode())) {
            throw ProblemException.notFound("province", code);
        }
        Map<String, Row> rows = new TreeMap<>();
        List<MeasurementSummary> measurements = MeasurementSummary.list(
                "provinceCode = ?1 and year = ?2 and period = ?3 and superseded = false", code, year, period);
        List<RoundRecord> rounds = RoundRecord.list("provinceCode = ?1 and year = ?2 and period = ?3", code, year, period);
        for (MeasurementSummary m : measurements) {
            rows.put(m.agencyCode, row(m.agencyCode, m.regionCode, m, null));
        }
        for (RoundRecord r : rounds) {
            Row existing = rows.get(r.agencyCode);
            MeasurementSummary m = measurements.stream().filter(x -> x.agencyCode.equals(r.agencyCode)).findFirst()
                    .orElse(null);
            rows.put(r.agencyCode, row(r.agencyCode, existing == null ? r.regionCode : existing.regionCode(), m, r));
        }
        List<Row> list = new ArrayList<>(rows.values());
        if ("xlsx".equals(format)) {
            try (Xlsx x = new Xlsx()) {
                x.sheet("Provinsi " + code, List.of("CAPAIAN KINERJA DAN KETEPATAN WAKTU PENYAMPAIAN DATA",
                        "Provinsi " + code + " - " + Fmt.period(period) + " Tahun " + year),
                        List.of("Kode Instansi", "Nama Instansi", "Kode Wilayah", "Capaian Rata-rata (%)", "Kategori",
                                "Tercapai", "Tidak Tercapai", "Versi Pengukuran", "Unit", "Menyampaikan", "Tepat Waktu",
                                "Terlambat", "Ketepatan Waktu (%)"),
                        list.stream().map(r -> Arrays.<Object>asList(r.agencyCode(), r.agencyName(), r.regionCode(),
                                r.averageCapaian(), Fmt.category(r.category()), r.achievedCount(), r.notAchievedCount(),
                                r.measurementVersion(), r.units(), r.submitted(), r.onTime(), r.late(), r.timeliness()))
                                .toList());
                return Response.ok(x.toBytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .header("Content-Disposition", "attachment; filename=\"provinsi-" + code + "-" + year + "-" + period
                                + ".xlsx\"").build();
            }
        }
        return Response.ok(list, MediaType.APPLICATION_JSON).build();
    }

    private static Row row(String agency, String region, MeasurementSummary m, RoundRecord r) {
        AgencyProfile a = AgencyProfile.findById(agency);
        int units = r == null ? 0 : r.units.size();
        int submitted = r == null ? 0 : (int) r.units.values().stream().filter(u -> u.submittedAt() != null).count();
        int late = r == null ? 0 : (int) r.units.values().stream().filter(RoundRecord.Unit::late).count();
        int onTime = submitted - late;
        return new Row(agency, a == null ? agency : a.name, region, m == null ? null : m.averageCapaian,
                m == null ? null : m.category, m == null ? null : m.achievedCount, m == null ? null : m.notAchievedCount,
                m == null ? null : m.measurementVersion, units, submitted, onTime, late,
                units == 0 ? null : BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP));
    }
}
