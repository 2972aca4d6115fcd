package id.sakip.reporting.document;

import static id.sakip.reporting.document.Letterhead.dash;
import static id.sakip.reporting.document.Letterhead.nz;

import id.sakip.common.event.v1.MeasurementComputed.IndicatorResult;
import id.sakip.common.event.v1.PerformanceAgreementSigned.Item;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.vocabulary.ScalePoint;
import id.sakip.reporting.narrative.NarrativeEntity;
import id.sakip.reporting.source.PkRecord;
import id.sakip.reporting.summary.MeasurementSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * LKjIP chapter III (akuntabilitas kinerja): per sasaran the year's realisasi against its target,
 * the two years before, the Renstra end target, and the agency's narrative.
 */
@ApplicationScoped
public class LkjipDocument implements DocumentRenderer {
    private final Letterhead letterhead;

    public LkjipDocument(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    @Schema(name = "LkjipRow")
    public record Row(String indicatorCode, String indicatorName, String unitOfMeasure, BigDecimal target,
            BigDecimal realisasi, BigDecimal capaian, BigDecimal realisasiLastYear, BigDecimal capaianLastYear,
            BigDecimal realisasiTwoYearsAgo, BigDecimal endTarget, BigDecimal capaianOfRenstra,
            List<ScalePoint> predicateScale) {
    }

    @Schema(name = "LkjipSasaran")
    public record Sasaran(String sasaran, List<Row> rows, String causes, String solutions, String programs) {
    }

    @Schema(name = "LkjipDocument", description = "The data the document prints")
    public record Model(DocumentHeader header, String basisPeriod, List<Sasaran> sasaran) {
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.LKJIP;
    }

    @Override
    public String subjectNoun() {
        return "agency";
    }

    /** An agency's year; the province from its latest measurement (none yet: the agency's own scope decides). */
    @Override
    public Optional<DocumentSubject> subject(UUID subjectId, String agencyCode, Integer year) {
        if (agencyCode == null || year == null) {
            throw ProblemException.unprocessable("year", "an LKjIP needs agencyCode and year");
        }
        MeasurementSummary any = MeasurementSummary.latestOfYear(agencyCode, year);
        return Optional.of(new DocumentSubject(kind(), null, agencyCode, any == null ? null : any.provinceCode, year,
                null));
    }

    @Override
    public String title(int year, String period) {
        return "LKjIP Tahun " + year + " - Bab III Akuntabilitas Kinerja";
    }

    @Override
    public Rendered render(DocumentSubject subject, RenderOptions o) {
        String agencyCode = subject.agencyCode();
        int year = subject.year();
        MeasurementSummary basis = MeasurementSummary.latestOfYear(agencyCode, year);
        if (basis == null || basis.payload == null) {
            throw ProblemException.conflict("agency " + agencyCode + " has no measurement for " + year + " yet");
        }
        MeasurementSummary lastYear = MeasurementSummary.latestOfYear(agencyCode, year - 1);
        MeasurementSummary twoYearsAgo = MeasurementSummary.latestOfYear(agencyCode, year - 2);
        PkRecord pk = PkRecord.headOf(agencyCode, year);
        Map<String, List<Row>> bySasaran = new LinkedHashMap<>();
        for (IndicatorResult i : basis.payload.indicators()) {
            Item item = pk == null ? null : pk.payload.items().stream()
                    .filter(x -> x.indicatorCode().equals(i.indicatorCode())).findFirst().orElse(null);
            IndicatorResult prev = find(lastYear, i.indicatorCode());
            IndicatorResult prev2 = find(twoYearsAgo, i.indicatorCode());
            BigDecimal realisasi = yearValue(i);
            BigDecimal endTarget = item == null ? null : item.endTarget();
            bySasaran.computeIfAbsent(nz(i.sasaran()), k -> new ArrayList<>()).add(new Row(i.indicatorCode(),
                    i.indicatorName(), item == null ? null : item.unitOfMeasure(),
                    i.annualTarget() != null ? i.annualTarget() : item == null ? null : item.annualTarget(), realisasi,
                    i.capaianOfYear() != null ? i.capaianOfYear() : i.capaian(), yearValue(prev),
                    prev == null ? null : prev.capaianOfYear() != null ? prev.capaianOfYear() : prev.capaian(),
                    yearValue(prev2), endTarget, ratio(realisasi, endTarget), item == null ? null : item.predicateScale()));
        }
        List<Sasaran> sasaran = new ArrayList<>();
        bySasaran.forEach((name, rows) -> {
            NarrativeEntity n = NarrativeEntity.find("agencyCode = ?1 and year = ?2 and sasaran = ?3", agencyCode, year, name)
                    .firstResult();
            sasaran.add(new Sasaran(name, rows, n == null ? null : n.causes, n == null ? null : n.solutions,
                    n == null ? null : n.programs));
        });
        DocumentHeader h = letterhead.header(agencyCode, year, null, o, null);
        Model m = new Model(h, basis.period, sasaran);
        String title = title(year, null);
        String footer = "Laporan Kinerja Instansi Pemerintah Tahun " + year + " - " + h.agencyName() + Letterhead.number(h);
        return new Rendered(title, "lkjip-bab3-" + agencyCode + "-" + year, m, pdf(m, title, footer), xlsx(m));
    }

    private byte[] pdf(Model m, String title, String footer) {
        DocumentHeader h = m.header();
        int year = h.year();
        try (Pdf p = letterhead.open(h, title, footer)) {
            Letterhead.title(p, h, "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN " + year, 12,
                    "BAB III AKUNTABILITAS KINERJA", 11);
            p.gap(6);
            p.paragraph("A. Capaian Kinerja Organisasi. Realisasi tahun " + year + " adalah realisasi sampai dengan "
                    + Fmt.period(m.basisPeriod()) + " menurut cara agregasi tiap indikator; capaian terhadap target tahunan.",
                    p.regular, 9);
            int t = 1;
            for (Sasaran sa : m.sasaran()) {
                p.heading("Tabel 3." + t++ + " Sasaran: " + sa.sasaran());
                List<List<String>> rows = new ArrayList<>();
                int n = 1;
                for (Row r : sa.rows()) {
                    rows.add(List.of(String.valueOf(n++), r.indicatorCode() + " " + r.indicatorName(), nz(r.unitOfMeasure()),
                            Fmt.value(r.target(), r.predicateScale()), Fmt.value(r.realisasi(), r.predicateScale()),
                            Fmt.pct(r.capaian()), Fmt.value(r.realisasiLastYear(), r.predicateScale()),
                            Fmt.pct(r.capaianLastYear()), Fmt.value(r.realisasiTwoYearsAgo(), r.predicateScale()),
                            Fmt.value(r.endTarget(), r.predicateScale()), Fmt.pct(r.capaianOfRenstra())));
                }
                p.table(List.of(Pdf.Column.number("No", 3), Pdf.Column.text("Indikator Kinerja", 14),
                        Pdf.Column.text("Satuan", 6), Pdf.Column.number("Target " + year, 8),
                        Pdf.Column.number("Realisasi " + year, 8), Pdf.Column.number("Capaian " + year + " (%)", 8),
                        Pdf.Column.number("Realisasi " + (year - 1), 8), Pdf.Column.number("Capaian " + (year - 1) + " (%)", 8),
                        Pdf.Column.number("Realisasi " + (year - 2), 8), Pdf.Column.number("Target Akhir Renstra", 8),
                        Pdf.Column.number("Capaian thd Renstra (%)", 8)), rows);
                p.paragraph("Penyebab keberhasilan/kegagalan: " + dash(sa.causes()), p.regular, 9);
                p.paragraph("Solusi: " + dash(sa.solutions()), p.regular, 9);
                p.paragraph("Program/kegiatan pendukung: " + dash(sa.programs()), p.regular, 9);
            }
            Letterhead.sign(p, h);
            return p.toBytes();
        }
    }

    private static byte[] xlsx(Model m) {
        int year = m.header().year();
        try (Xlsx x = new Xlsx()) {
            List<List<Object>> rows = new ArrayList<>();
            for (Sasaran sa : m.sasaran()) {
                for (Row r : sa.rows()) {
                    rows.add(Arrays.asList(sa.sasaran(), r.indicatorCode(), r.indicatorName(), r.unitOfMeasure(),
                            r.target(), r.realisasi(), r.capaian(), r.realisasiLastYear(), r.capaianLastYear(),
                            r.realisasiTwoYearsAgo(), r.endTarget(), r.capaianOfRenstra()));
                }
            }
            x.sheet("Bab III", List.of("LKjIP TAHUN " + year + " - BAB III AKUNTABILITAS KINERJA", m.header().agencyName()),
                    List.of("Sasaran", "Kode", "Indikator Kinerja", "Satuan", "Target " + year, "Realisasi " + year,
                            "Capaian " + year + " (%)", "Realisasi " + (year - 1), "Capaian " + (year - 1) + " (%)",
                            "Realisasi " + (year - 2), "Target Akhir Renstra", "Capaian thd Renstra (%)"), rows);
            x.sheet("Narasi", List.of("NARASI PER SASARAN"), List.of("Sasaran", "Penyebab", "Solusi", "Program pendukung"),
                    m.sasaran().stream().map(sa -> Arrays.<Object>asList(sa.sasaran(), sa.causes(), sa.solutions(),
                            sa.programs())).toList());
            return x.toBytes();
        }
    }

    private static IndicatorResult find(MeasurementSummary s, String code) {
        if (s == null || s.payload == null) {
            return null;
        }
        return s.payload.indicators().stream().filter(i -> i.indicatorCode().equals(code)).findFirst().orElse(null);
    }

    private static BigDecimal yearValue(IndicatorResult i) {
        return i == null ? null : i.realisasiToDate() != null ? i.realisasiToDate() : i.realisasi();
    }

    private static BigDecimal ratio(BigDecimal value, BigDecimal target) {
        if (value == null || target == null || target.signum() == 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
    }
}
