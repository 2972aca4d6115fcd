package id.sakip.reporting.document;

import static id.sakip.reporting.document.Letterhead.nz;

import id.sakip.common.event.v1.MeasurementComputed.IndicatorResult;
import id.sakip.common.event.v1.MeasurementComputed.SasaranResult;
import id.sakip.common.event.v1.MeasurementComputed.TujuanResult;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.problem.ProblemException;
import id.sakip.reporting.summary.MeasurementSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Laporan hasil pengukuran kinerja (SOP 003): the worksheet, the roll-up per sasaran and tujuan,
 * charts of target against realisasi, and the indicators not achieved with their reasons.
 */
@ApplicationScoped
public class MeasurementReport implements DocumentRenderer {
    private final Letterhead letterhead;

    public MeasurementReport(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    public record PeriodPoint(String period, BigDecimal target, BigDecimal realisasi) {
    }

    @Schema(name = "MeasurementReportDocument", description = "The data the document prints")
    public record Model(DocumentHeader header, UUID measurementId, int measurementVersion, BigDecimal averageCapaian,
            String category, int achievedCount, int notAchievedCount, List<IndicatorResult> indicators,
            List<SasaranResult> sasaran, List<TujuanResult> tujuan, List<IndicatorResult> notAchieved,
            Map<String, List<PeriodPoint>> series) {
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.MEASUREMENT_REPORT;
    }

    @Override
    public String subjectNoun() {
        return "measurement";
    }

    @Override
    public Optional<DocumentSubject> subject(UUID subjectId, String agencyCode, Integer year) {
        MeasurementSummary s = subjectId == null ? null : MeasurementSummary.findById(subjectId);
        return Optional.ofNullable(s).map(
                x -> new DocumentSubject(kind(), x.measurementId, x.agencyCode, x.provinceCode, x.year, x.period));
    }

    @Override
    public String title(int year, String period) {
        return "Laporan Hasil Pengukuran Kinerja " + Fmt.period(period) + " Tahun " + year;
    }

    @Override
    public Rendered render(DocumentSubject subject, RenderOptions o) {
        MeasurementSummary s = MeasurementSummary.findById(subject.id());
        MeasurementComputed e = s.payload;
        if (e == null) {
            throw ProblemException.conflict("measurement " + s.measurementId + " was received before documents were kept");
        }
        DocumentHeader h = letterhead.header(s.agencyCode, s.year, s.period, o, null);
        List<IndicatorResult> notAchieved = e.indicators().stream().filter(i -> !i.achieved()).toList();
        Model m = new Model(h, s.measurementId, s.measurementVersion, e.averageCapaian(), e.category(),
                e.achievedCount(), e.notAchievedCount(), e.indicators(), e.sasaran(),
                e.tujuan() == null ? List.of() : e.tujuan(), notAchieved, series(s));
        String title = title(s.year, s.period);
        String footer = "Laporan Hasil Pengukuran Kinerja - " + h.agencyName() + " - " + h.periodName() + " " + h.year()
                + " - versi " + s.measurementVersion + Letterhead.number(h);
        return new Rendered(title, "laporan-pengukuran-" + s.agencyCode + "-" + s.year + "-" + s.period + "-v"
                + s.measurementVersion, m, pdf(m, title, footer), xlsx(m));
    }

    private byte[] pdf(Model m, String title, String footer) {
        DocumentHeader h = m.header();
        try (Pdf p = letterhead.open(h, title, footer)) {
            Letterhead.title(p, h, "LAPORAN HASIL PENGUKURAN KINERJA", 12,
                    h.periodName().toUpperCase() + " TAHUN " + h.year(), 11);
            p.gap(8);
            p.fields(List.of(new String[] { "Instansi", h.agencyName() },
                    new String[] { "Periode", h.periodName() + " " + h.year() + " (pengukuran versi "
                            + m.measurementVersion() + ")" },
                    new String[] { "Capaian rata-rata", Fmt.pct(m.averageCapaian()) + " % (" + Fmt.category(m.category()) + ")" },
                    new String[] { "Indikator", m.indicators().size() + " indikator: " + m.achievedCount() + " tercapai, "
                            + m.notAchievedCount() + " tidak tercapai" }), 110);
            p.heading("A. Kertas Kerja Pengukuran Kinerja");
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (IndicatorResult i : m.indicators()) {
                rows.add(List.of(String.valueOf(n++), nz(i.sasaran()), i.indicatorCode() + " " + i.indicatorName(),
                        Fmt.value(i.target(), i.targetLabel()), Fmt.value(i.realisasi(), i.realisasiLabel()),
                        Fmt.pct(i.capaian()), Fmt.category(i.category()), Fmt.pct(i.capaianToDate()),
                        Fmt.pct(i.capaianOfYear())));
            }
            p.table(List.of(Pdf.Column.number("No", 3), Pdf.Column.text("Sasaran", 14), Pdf.Column.text("Indikator Kinerja", 22),
                    Pdf.Column.number("Target", 7), Pdf.Column.number("Realisasi", 7), Pdf.Column.number("Capaian (%)", 7),
                    Pdf.Column.text("Kategori", 9), Pdf.Column.number("Capaian s.d. Periode (%)", 8),
                    Pdf.Column.number("Capaian thd Target Tahunan (%)", 8)), rows);
            rollUp(p, m);
            charts(p, m);
            p.heading("C. Indikator yang Tidak Tercapai");
            if (m.notAchieved().isEmpty()) {
                p.paragraph("Seluruh indikator mencapai target.", p.regular, 10);
            } else {
                int k = 1;
                List<List<String>> na = new ArrayList<>();
                for (IndicatorResult i : m.notAchieved()) {
                    na.add(List.of(String.valueOf(k++), i.indicatorCode() + " " + i.indicatorName(), Fmt.pct(i.capaian()),
                            nz(i.responsibleUnit()), i.realisasi() == null ? "Belum dilaporkan" : nz(i.keterangan())));
                }
                p.table(List.of(Pdf.Column.number("No", 3), Pdf.Column.text("Indikator Kinerja", 25),
                        Pdf.Column.number("Capaian (%)", 8), Pdf.Column.text("Unit Kerja", 10),
                        Pdf.Column.text("Keterangan (penyebab)", 30)), na);
            }
            Letterhead.sign(p, h);
            return p.toBytes();
        }
    }

    private static void rollUp(Pdf p, Model m) {
        p.heading("B. Capaian per Sasaran" + (m.tujuan().isEmpty() ? "" : " dan Tujuan"));
        List<List<String>> roll = new ArrayList<>();
        for (TujuanResult t : m.tujuan()) {
            roll.add(List.of("§Tujuan: " + t.tujuan() + " - capaian " + Fmt.pct(t.capaian()) + " % ("
                    + Fmt.category(t.category()) + ")"));
            m.sasaran().stream().filter(x -> t.tujuan().equals(x.tujuan())).forEach(x -> roll.add(sasaranRow(x)));
        }
        if (m.tujuan().isEmpty()) {
            m.sasaran().forEach(x -> roll.add(sasaranRow(x)));
        }
        roll.add(List.of("Rata-rata instansi", Fmt.pct(m.averageCapaian()), Fmt.category(m.category()),
                String.valueOf(m.achievedCount()), String.valueOf(m.notAchievedCount())));
        p.table(List.of(Pdf.Column.text("Sasaran", 30), Pdf.Column.number("Capaian (%)", 8), Pdf.Column.text("Kategori", 9),
                Pdf.Column.number("Tercapai", 7), Pdf.Column.number("Tidak tercapai", 7)), roll);
    }

    private static void charts(Pdf p, Model m) {
        p.barChart("Grafik 1. Capaian per sasaran (%)", m.sasaran().stream().map(SasaranResult::sasaran).toList(),
                m.sasaran().stream().map(x -> x.capaian() == null ? null : x.capaian().doubleValue()).toList(), 100);
        int shown = 0;
        for (Map.Entry<String, List<PeriodPoint>> se : m.series().entrySet()) {
            if (shown++ == 4) {
                break;
            }
            p.targetVsRealisasi("Grafik " + (shown + 1) + ". Realisasi dan target " + se.getKey() + " per periode tahun "
                    + m.header().year(), se.getValue().stream().map(pp -> Fmt.period(pp.period())).toList(),
                    se.getValue().stream().map(pp -> pp.target() == null ? null : pp.target().doubleValue()).toList(),
                    se.getValue().stream().map(pp -> pp.realisasi() == null ? null : pp.realisasi().doubleValue()).toList());
        }
    }

    private static byte[] xlsx(Model m) {
        DocumentHeader h = m.header();
        try (Xlsx x = new Xlsx()) {
            List<List<Object>> rows = new ArrayList<>();
            int n = 1;
            for (IndicatorResult i : m.indicators()) {
                rows.add(Arrays.asList(n++, i.tujuan(), i.sasaran(), i.indicatorCode(), i.indicatorName(), i.target(),
                        i.realisasi(), i.capaian(), Fmt.category(i.category()), i.realisasiToDate(), i.capaianToDate(),
                        i.capaianOfYear(), i.responsibleUnit(), i.keterangan()));
            }
            x.sheet("Kertas Kerja", List.of("LAPORAN HASIL PENGUKURAN KINERJA", h.agencyName(), h.periodName() + " Tahun " + h.year()),
                    List.of("No", "Tujuan", "Sasaran", "Kode", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)",
                            "Kategori", "Realisasi s.d. Periode", "Capaian s.d. Periode (%)", "Capaian thd Target Tahunan (%)",
                            "Unit Kerja", "Keterangan"), rows);
            List<List<Object>> roll = new ArrayList<>();
            m.sasaran().forEach(sr -> roll.add(Arrays.asList(sr.tujuan(), sr.sasaran(), sr.capaian(),
                    Fmt.category(sr.category()), sr.achievedCount(), sr.notAchievedCount())));
            roll.add(Arrays.asList(null, "Rata-rata instansi", m.averageCapaian(), Fmt.category(m.category()),
                    m.achievedCount(), m.notAchievedCount()));
            x.sheet("Capaian per Sasaran", List.of("CAPAIAN PER SASARAN"), List.of("Tujuan", "Sasaran", "Capaian (%)",
                    "Kategori", "Tercapai", "Tidak tercapai"), roll);
            return x.toBytes();
        }
    }

    private static List<String> sasaranRow(SasaranResult x) {
        return List.of(x.sasaran(), Fmt.pct(x.capaian()), Fmt.category(x.category()), String.valueOf(x.achievedCount()),
                String.valueOf(x.notAchievedCount()));
    }

    /** Target and realisasi of each indicator over the periods of the year so far (current versions). */
    private static Map<String, List<PeriodPoint>> series(MeasurementSummary s) {
        List<MeasurementSummary> year = MeasurementSummary.list(
                "agencyCode = ?1 and year = ?2 and superseded = false and period <= ?3 and substring(period, 1, 1) = ?4 order by period",
                s.agencyCode, s.year, s.period, s.period.substring(0, 1));
        Map<String, List<PeriodPoint>> out = new LinkedHashMap<>();
        for (IndicatorResult i : s.payload.indicators()) {
            out.put(i.indicatorCode(), new ArrayList<>());
        }
        for (MeasurementSummary m : year) {
            MeasurementSummary src = m.period.equals(s.period) ? s : m;
            if (src.payload == null) {
                continue;
            }
            for (IndicatorResult i : src.payload.indicators()) {
                List<PeriodPoint> pts = out.get(i.indicatorCode());
                if (pts != null) {
                    pts.add(new PeriodPoint(src.period, i.target(), i.realisasi()));
                }
            }
        }
        return out;
    }
}
