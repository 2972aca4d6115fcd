package id.sakip.reporting.document;

import id.sakip.common.event.v1.IndicatorDefined.ScalePoint;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.problem.ProblemException;
import id.sakip.reporting.source.AgencyProfile;
import id.sakip.reporting.source.PkRecord;
import id.sakip.reporting.source.RoundRecord;
import id.sakip.reporting.summary.MeasurementSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the documents, in Bahasa Indonesia, from this service's read models: the collection report
 * of a round, the measurement report, the PK document and the LKjIP chapter III table. Each comes
 * as a model (JSON), a PDF and an XLSX. Callers check access; this class only renders.
 */
@ApplicationScoped
public class DocumentService {
    private final Map<String, String> regionNames;

    public DocumentService(@ConfigProperty(name = "sakip.reporting.region-names") Map<String, String> regionNames) {
        this.regionNames = regionNames;
    }

    /** Options of one rendering: who signs, the document number, the PK's counterparty. */
    public record Options(Signer signer, String documentNumber, Party counterparty) {
        public static Options none() {
            return new Options(null, null, null);
        }
    }

    /** A party of the PK. */
    public record Party(String name, String nip, String position) {
    }

    // ---------------------------------------------------------------- models (the JSON form)

    public record Header(String agencyCode, String agencyName, String government, int year, String period,
            String periodName, String documentNumber, Signer signer) {
    }

    public record CollectionModel(Header header, UUID roundId, int recapVersion, String approvedBy,
            OffsetDateTime approvedAt, List<CollectionUnit> units, List<RoundRecord.Return> returns,
            int indicatorCount, int lateUnits) {
    }

    public record CollectionUnit(String unitCode, String submittedBy, OffsetDateTime submittedAt,
            OffsetDateTime deadline, boolean late, List<RecapApproved.Row> rows) {
    }

    public record PeriodPoint(String period, BigDecimal target, BigDecimal realisasi) {
    }

    public record MeasurementModel(Header header, UUID measurementId, int measurementVersion,
            BigDecimal averageCapaian, String category, int achievedCount, int notAchievedCount,
            List<MeasurementComputed.IndicatorResult> indicators, List<MeasurementComputed.SasaranResult> sasaran,
            List<MeasurementComputed.TujuanResult> tujuan, List<MeasurementComputed.IndicatorResult> notAchieved,
            Map<String, List<PeriodPoint>> series) {
    }

    public record PkModel(Header header, UUID agreementId, int agreementVersion, String kind, Party firstParty,
            Party secondParty, List<PerformanceAgreementSigned.Item> items) {
    }

    public record LkjipRow(String indicatorCode, String indicatorName, String unitOfMeasure, BigDecimal target,
            BigDecimal realisasi, BigDecimal capaian, BigDecimal realisasiLastYear, BigDecimal capaianLastYear,
            BigDecimal realisasiTwoYearsAgo, BigDecimal endTarget, BigDecimal capaianOfRenstra,
            List<ScalePoint> predicateScale) {
    }

    public record LkjipSasaran(String sasaran, List<LkjipRow> rows, String causes, String solutions, String programs) {
    }

    public record LkjipModel(Header header, String basisPeriod, List<LkjipSasaran> sasaran) {
    }

    // ---------------------------------------------------------------- collection report

    public Rendered collectionReport(RoundRecord r, Options o) {
        if (r.rows == null) {
            throw ProblemException.conflict("round " + r.roundId + " has no approved recap yet");
        }
        Header h = header(r.agencyCode, r.year, r.period, o, null);
        Map<String, List<RecapApproved.Row>> byUnit = new LinkedHashMap<>();
        r.rows.forEach(row -> byUnit.computeIfAbsent(row.unitCode(), k -> new ArrayList<>()).add(row));
        List<CollectionUnit> units = new ArrayList<>();
        byUnit.forEach((unit, rows) -> {
            RoundRecord.Unit u = r.units.get(unit);
            units.add(new CollectionUnit(unit, u == null ? null : u.submittedBy(), u == null ? null : u.submittedAt(),
                    u == null ? null : u.deadline(), u != null && u.late(), rows));
        });
        CollectionModel m = new CollectionModel(h, r.roundId, r.recapVersion, r.approvedBy, r.approvedAt, units,
                r.returns, r.rows.size(), (int) units.stream().filter(CollectionUnit::late).count());
        String title = "Laporan Hasil Pengumpulan Data Kinerja " + h.periodName() + " Tahun " + h.year();
        String footer = "Laporan Hasil Pengumpulan Data Kinerja - " + h.agencyName() + " - " + h.periodName() + " "
                + h.year() + number(h);
        byte[] pdf;
        try (Pdf p = new Pdf(title, footer)) {
            p.letterhead(h.government(), h.agencyName(), subline(r.agencyCode));
            p.centered("LAPORAN HASIL PENGUMPULAN DATA KINERJA", p.bold, 12);
            p.centered(h.periodName().toUpperCase() + " TAHUN " + h.year(), p.bold, 11);
            if (h.documentNumber() != null) {
                p.centered("Nomor: " + h.documentNumber(), p.regular, 10);
            }
            p.gap(8);
            p.fields(List.of(new String[] { "Instansi", h.agencyName() }, new String[] { "Periode", h.periodName() + " " + h.year() },
                    new String[] { "Rekapitulasi", "versi " + m.recapVersion() + ", disetujui oleh " + nz(m.approvedBy())
                            + " pada " + Fmt.dateTime(m.approvedAt()) },
                    new String[] { "Jumlah indikator", String.valueOf(m.indicatorCount()) },
                    new String[] { "Unit kerja", units.size() + " unit, " + m.lateUnits() + " terlambat menyampaikan" }), 110);
            p.heading("A. Data Kinerja per Unit Kerja");
            List<List<String>> rows = new ArrayList<>();
            for (CollectionUnit u : units) {
                rows.add(List.of("§" + u.unitCode() + " - disampaikan oleh " + nz(u.submittedBy()) + " pada "
                        + Fmt.dateTime(u.submittedAt()) + (u.deadline() == null ? ""
                                : " (batas " + Fmt.dateTime(u.deadline()) + (u.late() ? ", TERLAMBAT)" : ", tepat waktu)"))));
                int n = 1;
                for (RecapApproved.Row row : u.rows()) {
                    rows.add(List.of(String.valueOf(n++), nz(row.sasaran()), row.indicatorCode() + " " + row.indicatorName(),
                            nz(row.unitOfMeasure()), Fmt.value(row.annualTarget(), row.predicateScale()),
                            Fmt.value(row.periodTarget(), row.predicateScale()),
                            Fmt.value(row.realisasi(), row.predicateScale()), nz(row.keterangan())));
                }
            }
            p.table(List.of(Pdf.Column.number("No", 3), Pdf.Column.text("Sasaran", 14), Pdf.Column.text("Indikator Kinerja", 22),
                    Pdf.Column.text("Satuan", 7), Pdf.Column.number("Target Tahunan", 8),
                    Pdf.Column.number("Target " + h.periodName(), 8), Pdf.Column.number("Realisasi", 8),
                    Pdf.Column.text("Keterangan", 18)), rows);
            p.heading("B. Formulir yang Dikembalikan");
            if (r.returns.isEmpty()) {
                p.paragraph("Tidak ada formulir yang dikembalikan.", p.regular, 10);
            } else {
                p.table(List.of(Pdf.Column.text("Unit Kerja", 12), Pdf.Column.text("Dikembalikan oleh", 14),
                        Pdf.Column.text("Tanggal", 12), Pdf.Column.text("Alasan", 30)),
                        r.returns.stream().map(x -> List.of(nz(x.unitCode()), nz(x.by()), Fmt.dateTime(x.at()), nz(x.reason())))
                                .toList());
            }
            sign(p, h);
            pdf = p.toBytes();
        }
        byte[] xlsx;
        try (Xlsx x = new Xlsx()) {
            List<List<Object>> rows = new ArrayList<>();
            for (CollectionUnit u : units) {
                for (RecapApproved.Row row : u.rows()) {
                    rows.add(Arrays.asList(u.unitCode(), row.sasaran(), row.indicatorCode(), row.indicatorName(),
                            row.unitOfMeasure(), row.annualTarget(), row.periodTarget(), row.realisasi(), row.keterangan(),
                            nz(u.submittedBy()), Fmt.dateTime(u.submittedAt()), u.late() ? "Terlambat" : "Tepat waktu"));
                }
            }
            x.sheet("Data Kinerja", List.of("LAPORAN HASIL PENGUMPULAN DATA KINERJA", h.agencyName(),
                    h.periodName() + " Tahun " + h.year()), List.of("Unit Kerja", "Sasaran", "Kode", "Indikator Kinerja",
                            "Satuan", "Target Tahunan", "Target " + h.periodName(), "Realisasi", "Keterangan",
                            "Disampaikan oleh", "Disampaikan pada", "Ketepatan"), rows);
            x.sheet("Pengembalian", List.of("FORMULIR YANG DIKEMBALIKAN"), List.of("Unit Kerja", "Oleh", "Tanggal", "Alasan"),
                    r.returns.stream().map(ret -> Arrays.<Object>asList(ret.unitCode(), ret.by(),
                            Fmt.dateTime(ret.at()), ret.reason())).toList());
            xlsx = x.toBytes();
        }
        return new Rendered(title, "laporan-pengumpulan-" + r.agencyCode + "-" + r.year + "-" + r.period, m, pdf, xlsx);
    }

    // ---------------------------------------------------------------- measurement report

    public Rendered measurementReport(MeasurementSummary s, Options o) {
        MeasurementComputed e = s.payload;
        if (e == null) {
            throw ProblemException.conflict("measurement " + s.measurementId + " was received before documents were kept");
        }
        Header h = header(s.agencyCode, s.year, s.period, o, null);
        List<MeasurementComputed.IndicatorResult> notAchieved = e.indicators().stream().filter(i -> !i.achieved()).toList();
        Map<String, List<PeriodPoint>> series = series(s);
        MeasurementModel m = new MeasurementModel(h, s.measurementId, s.measurementVersion, e.averageCapaian(),
                e.category(), e.achievedCount(), e.notAchievedCount(), e.indicators(), e.sasaran(),
                e.tujuan() == null ? List.of() : e.tujuan(), notAchieved, series);
        String title = "Laporan Hasil Pengukuran Kinerja " + h.periodName() + " Tahun " + h.year();
        String footer = "Laporan Hasil Pengukuran Kinerja - " + h.agencyName() + " - " + h.periodName() + " " + h.year()
                + " - versi " + s.measurementVersion + number(h);
        byte[] pdf;
        try (Pdf p = new Pdf(title, footer)) {
            p.letterhead(h.government(), h.agencyName(), subline(s.agencyCode));
            p.centered("LAPORAN HASIL PENGUKURAN KINERJA", p.bold, 12);
            p.centered(h.periodName().toUpperCase() + " TAHUN " + h.year(), p.bold, 11);
            if (h.documentNumber() != null) {
                p.centered("Nomor: " + h.documentNumber(), p.regular, 10);
            }
            p.gap(8);
            p.fields(List.of(new String[] { "Instansi", h.agencyName() },
                    new String[] { "Periode", h.periodName() + " " + h.year() + " (pengukuran versi " + s.measurementVersion + ")" },
                    new String[] { "Capaian rata-rata", Fmt.pct(e.averageCapaian()) + " % (" + Fmt.category(e.category()) + ")" },
                    new String[] { "Indikator", e.indicators().size() + " indikator: " + e.achievedCount() + " tercapai, "
                            + e.notAchievedCount() + " tidak tercapai" }), 110);
            p.heading("A. Kertas Kerja Pengukuran Kinerja");
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (MeasurementComputed.IndicatorResult i : e.indicators()) {
                rows.add(List.of(String.valueOf(n++), nz(i.sasaran()), i.indicatorCode() + " " + i.indicatorName(),
                        Fmt.value(i.target(), i.targetLabel()), Fmt.value(i.realisasi(), i.realisasiLabel()),
                        Fmt.pct(i.capaian()), Fmt.category(i.category()), Fmt.pct(i.capaianToDate()),
                        Fmt.pct(i.capaianOfYear())));
            }
            p.table(List.of(Pdf.Column.number("No", 3), Pdf.Column.text("Sasaran", 14), Pdf.Column.text("Indikator Kinerja", 22),
                    Pdf.Column.number("Target", 7), Pdf.Column.number("Realisasi", 7), Pdf.Column.number("Capaian (%)", 7),
                    Pdf.Column.text("Kategori", 9), Pdf.Column.number("Capaian s.d. Periode (%)", 8),
                    Pdf.Column.number("Capaian thd Target Tahunan (%)", 8)), rows);
            p.heading("B. Capaian per Sasaran" + (m.tujuan().isEmpty() ? "" : " dan Tujuan"));
            List<List<String>> roll = new ArrayList<>();
            for (MeasurementComputed.TujuanResult t : m.tujuan()) {
                roll.add(List.of("§Tujuan: " + t.tujuan() + " - capaian " + Fmt.pct(t.capaian()) + " % ("
                        + Fmt.category(t.category()) + ")"));
                e.sasaran().stream().filter(x -> t.tujuan().equals(x.tujuan())).forEach(x -> roll.add(sasaranRow(x)));
            }
            if (m.tujuan().isEmpty()) {
                e.sasaran().forEach(x -> roll.add(sasaranRow(x)));
            }
            roll.add(List.of("Rata-rata instansi", Fmt.pct(e.averageCapaian()), Fmt.category(e.category()),
                    String.valueOf(e.achievedCount()), String.valueOf(e.notAchievedCount())));
            p.table(List.of(Pdf.Column.text("Sasaran", 30), Pdf.Column.number("Capaian (%)", 8), Pdf.Column.text("Kategori", 9),
                    Pdf.Column.number("Tercapai", 7), Pdf.Column.number("Tidak tercapai", 7)), roll);
            p.barChart("Grafik 1. Capaian per sasaran (%)", e.sasaran().stream().map(MeasurementComputed.SasaranResult::sasaran).toList(),
                    e.sasaran().stream().map(x -> x.capaian() == null ? null : x.capaian().doubleValue()).toList(), 100);
            int shown = 0;
            for (Map.Entry<String, List<PeriodPoint>> se : series.entrySet()) {
                if (shown++ == 4) {
                    break;
                }
                p.targetVsRealisasi("Grafik " + (shown + 1) + ". Realisasi dan target " + se.getKey() + " per periode tahun " + h.year(),
                        se.getValue().stream().map(pp -> Fmt.period(pp.period())).toList(),
                        se.getValue().stream().map(pp -> pp.target() == null ? null : pp.target().doubleValue()).toList(),
                        se.getValue().stream().map(pp -> pp.realisasi() == null ? null : pp.realisasi().doubleValue()).toList());
            }
            p.heading("C. Indikator yang Tidak Tercapai");
            if (notAchieved.isEmpty()) {
                p.paragraph("Seluruh indikator mencapai target.", p.regular, 10);
            } else {
                int k = 1;
                List<List<String>> na = new ArrayList<>();
                for (MeasurementComputed.IndicatorResult i : notAchieved) {
                    na.add(List.of(String.valueOf(k++), i.indicatorCode() + " " + i.indicatorName(), Fmt.pct(i.capaian()),
                            nz(i.responsibleUnit()), i.realisasi() == null ? "Belum dilaporkan" : nz(i.keterangan())));
                }
                p.table(List.of(Pdf.Column.number("No", 3), Pdf.Column.text("Indikator Kinerja", 25),
                        Pdf.Column.number("Capaian (%)", 8), Pdf.Column.text("Unit Kerja", 10),
                        Pdf.Column.text("Keterangan (penyebab)", 30)), na);
            }
            sign(p, h);
            pdf = p.toBytes();
        }
        byte[] xlsx;
        try (Xlsx x = new Xlsx()) {
            x.sheet("Kertas Kerja", List.of("LAPORAN HASIL PENGUKURAN KINERJA", h.agencyName(), h.periodName() + " Tahun " + h.year()),
                    List.of("No", "Tujuan", "Sasaran", "Kode", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)",
                            "Kategori", "Realisasi s.d. Periode", "Capaian s.d. Periode (%)", "Capaian thd Target Tahunan (%)",
                            "Unit Kerja", "Keterangan"),
                    indexed(e.indicators()).stream().map(p -> Arrays.<Object>asList(p.n(), p.i().tujuan(),
                            p.i().sasaran(), p.i().indicatorCode(), p.i().indicatorName(), p.i().target(), p.i().realisasi(),
                            p.i().capaian(), Fmt.category(p.i().category()), p.i().realisasiToDate(), p.i().capaianToDate(),
                            p.i().capaianOfYear(), p.i().responsibleUnit(), p.i().keterangan())).toList());
            List<List<Object>> roll = new ArrayList<>();
            e.sasaran().forEach(sr -> roll.add(Arrays.asList(sr.tujuan(), sr.sasaran(), sr.capaian(),
                    Fmt.category(sr.category()), sr.achievedCount(), sr.notAchievedCount())));
            roll.add(Arrays.asList(null, "Rata-rata instansi", e.averageCapaian(), Fmt.category(e.category()),
                    e.achievedCount(), e.notAchievedCount()));
            x.sheet("Capaian per Sasaran", List.of("CAPAIAN PER SASARAN"), List.of("Tujuan", "Sasaran", "Capaian (%)",
                    "Kategori", "Tercapai", "Tidak tercapai"), roll);
            xlsx = x.toBytes();
        }
        return new Rendered(title, "laporan-pengukuran-" + s.agencyCode + "-" + s.year + "-" + s.period + "-v"
                + s.measurementVersion, m, pdf, xlsx);
    }

    private record Indexed(int n, MeasurementComputed.IndicatorResult i) {
    }

    private static List<Indexed> indexed(List<MeasurementComputed.IndicatorResult> list) {
        List<Indexed> out = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            out.add(new Indexed(k + 1, list.get(k)));
        }
        return out;
    }

    private static List<String> sasaranRow(MeasurementComputed.SasaranResult x) {
        return List.of(x.sasaran(), Fmt.pct(x.capaian()), Fmt.category(x.category()), String.valueOf(x.achievedCount()),
                String.valueOf(x.notAchievedCount()));
    }

    /** Target and realisasi of each indicator over the periods of the year so far (current versions). */
    private static Map<String, List<PeriodPoint>> series(MeasurementSummary s) {
        List<MeasurementSummary> year = MeasurementSummary.list(
                "agencyCode = ?1 and year = ?2 and superseded = false and period <= ?3 and substring(period, 1, 1) = ?4 order by period",
                s.agencyCode, s.year, s.period, s.period.substring(0, 1));
        Map<String, List<PeriodPoint>> out = new LinkedHashMap<>();
        for (MeasurementComputed.IndicatorResult i : s.payload.indicators()) {
            out.put(i.indicatorCode(), new ArrayList<>());
        }
        for (MeasurementSummary m : year) {
            MeasurementSummary src = m.period.equals(s.period) ? s : m;
            if (src.payload == null) {
                continue;
            }
            for (MeasurementComputed.IndicatorResult i : src.payload.indicators()) {
                List<PeriodPoint> pts = out.get(i.indicatorCode());
                if (pts != null) {
                    pts.add(new PeriodPoint(src.period, i.target(), i.realisasi()));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- PK

    public Rendered pk(PkRecord r, Options o) {
        PerformanceAgreementSigned e = r.payload;
        Party first = new Party(e.signatory() == null ? null : e.signatory().name(),
                e.signatory() == null ? null : e.signatory().nip(), e.signatory() == null ? null : e.signatory().position());
        Party second = o.counterparty() != null ? o.counterparty() : new Party(null, null, null);
        Signer signer = o.signer() != null ? o.signer()
                : new Signer(null, r.signedAt.atZoneSameInstant(Fmt.WIB).toLocalDate(), first.position(), first.name(), first.nip());
        Header h = header(r.agencyCode, r.year, null, new Options(signer, o.documentNumber(), second), signer);
        PkModel m = new PkModel(h, r.agreementId, r.agreementVersion, r.kind, first, second, e.items());
        String title = "Perjanjian Kinerja Tahun " + r.year + (r.agreementVersion > 1 ? " (Perubahan " + (r.agreementVersion - 1) + ")" : "");
        String footer = title + " - " + h.agencyName() + number(h);
        String[] left = { "PIHAK KEDUA", nz(second.position()), dots(second.name()), dots(second.nip()) };
        String[] right = { "PIHAK PERTAMA", nz(first.position()), dots(first.name()), dots(first.nip()) };
        byte[] pdf;
        try (Pdf p = new Pdf(title, footer)) {
            p.letterhead(h.government(), h.agencyName(), subline(r.agencyCode));
            p.centered(("PERJANJIAN KINERJA TAHUN " + r.year).toUpperCase(), p.bold, 13);
            if (r.agreementVersion > 1) {
                p.centered("PERUBAHAN KE-" + (r.agreementVersion - 1), p.bold, 11);
            }
            if (h.documentNumber() != null) {
                p.centered("Nomor: " + h.documentNumber(), p.regular, 10);
            }
            p.gap(10);
            p.paragraph("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta "
                    + "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:", p.regular, 10);
            p.gap(4);
            p.fields(List.of(new String[] { "Nama", dots(first.name()) }, new String[] { "Jabatan", nz(first.position()) }), 80);
            p.paragraph("selanjutnya disebut pihak pertama.", p.regular, 10);
            p.gap(4);
            p.fields(List.of(new String[] { "Nama", dots(second.name()) }, new String[] { "Jabatan", dots(second.position()) }), 80);
            p.paragraph("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", p.regular, 10);
            p.gap(6);
            p.paragraph("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian "
                    + "ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen "
                    + "perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
                    p.regular, 10);
            p.gap(4);
            p.paragraph("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian "
                    + "kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan "
                    + "dan sanksi.", p.regular, 10);
            p.twoSignatures(signer.placeAndDate(), left, right);
            p.ensure(10_000); // the attachment starts on a new page
            p.centered("LAMPIRAN PERJANJIAN KINERJA TAHUN " + r.year, p.bold, 12);
            p.centered(h.agencyName().toUpperCase(), p.bold, 11);
            p.gap(6);
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (PerformanceAgreementSigned.Item i : e.items()) {
                List<BigDecimal> q = i.quarterTargets() == null ? List.of() : i.quarterTargets();
                rows.add(List.of(String.valueOf(n++), nz(i.sasaran()), i.indicatorCode() + " " + i.indicatorName(),
                        Fmt.value(i.annualTarget(), i.predicateScale()) + " " + nz(i.unitOfMeasure()),
                        q.size() > 0 ? Fmt.value(q.get(0), i.predicateScale()) : "-",
                        q.size() > 1 ? Fmt.value(q.get(1), i.predicateScale()) : "-",
                        q.size() > 2 ? Fmt.value(q.get(2), i.predicateScale()) : "-",
                        q.size() > 3 ? Fmt.value(q.get(3), i.predicateScale()) : "-"));
            }
            p.table(List.of(Pdf.Column.number("No", 3), Pdf.Column.text("Sasaran Strategis", 18),
                    Pdf.Column.text("Indikator Kinerja", 24), Pdf.Column.text("Target", 10), Pdf.Column.number("TW I", 6),
                    Pdf.Column.number("TW II", 6), Pdf.Column.number("TW III", 6), Pdf.Column.number("TW IV", 6)), rows);
            p.paragraph("Program dan anggaran: tidak dicantumkan (data anggaran tidak tersedia di SAKIP).", p.regular, 8);
            p.twoSignatures(signer.placeAndDate(), left, right);
            pdf = p.toBytes();
        }
        byte[] xlsx;
        try (Xlsx x = new Xlsx()) {
            x.sheet("Lampiran PK", List.of("LAMPIRAN PERJANJIAN KINERJA TAHUN " + r.year, h.agencyName()),
                    List.of("No", "Sasaran Strategis", "Kode", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II",
                            "TW III", "TW IV"),
                    indexedItems(e.items()));
            xlsx = x.toBytes();
        }
        return new Rendered(title, "perjanjian-kinerja-" + r.agencyCode + "-" + r.year + "-v" + r.agreementVersion, m, pdf,
                xlsx);
    }

    private static List<List<Object>> indexedItems(List<PerformanceAgreementSigned.Item> items) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (PerformanceAgreementSigned.Item i : items) {
            List<BigDecimal> q = i.quarterTargets() == null ? List.of() : i.quarterTargets();
            rows.add(Arrays.asList(n++, i.sasaran(), i.indicatorCode(), i.indicatorName(), i.unitOfMeasure(),
                    i.annualTarget(), q.size() > 0 ? q.get(0) : null, q.size() > 1 ? q.get(1) : null,
                    q.size() > 2 ? q.get(2) : null, q.size() > 3 ? q.get(3) : null));
        }
        return rows;
    }

    // ---------------------------------------------------------------- LKjIP chapter III

    public Rendered lkjip(String agencyCode, int year, Options o) {
        MeasurementSummary basis = latestOfYear(agencyCode, year);
        if (basis == null || basis.payload == null) {
            throw ProblemException.conflict("agency " + agencyCode + " has no measurement for " + year + " yet");
        }
        MeasurementSummary lastYear = latestOfYear(agencyCode, year - 1);
        MeasurementSummary twoYearsAgo = latestOfYear(agencyCode, year - 2);
        PkRecord pk = PkRecord.headOf(agencyCode, year);
        Header h = header(agencyCode, year, null, o, null);
        Map<String, List<LkjipRow>> bySasaran = new LinkedHashMap<>();
        for (MeasurementComputed.IndicatorResult i : basis.payload.indicators()) {
            PerformanceAgreementSigned.Item item = pk == null ? null : pk.payload.items().stream()
                    .filter(x -> x.indicatorCode().equals(i.indicatorCode())).findFirst().orElse(null);
            MeasurementComputed.IndicatorResult prev = find(lastYear, i.indicatorCode());
            MeasurementComputed.IndicatorResult prev2 = find(twoYearsAgo, i.indicatorCode());
            BigDecimal realisasi = yearValue(i);
            BigDecimal endTarget = item == null ? null : item.endTarget();
            bySasaran.computeIfAbsent(nz(i.sasaran()), k -> new ArrayList<>()).add(new LkjipRow(i.indicatorCode(),
                    i.indicatorName(), item == null ? null : item.unitOfMeasure(),
                    i.annualTarget() != null ? i.annualTarget() : item == null ? null : item.annualTarget(), realisasi,
                    i.capaianOfYear() != null ? i.capaianOfYear() : i.capaian(), yearValue(prev),
                    prev == null ? null : prev.capaianOfYear() != null ? prev.capaianOfYear() : prev.capaian(),
                    yearValue(prev2), endTarget, ratio(realisasi, endTarget), item == null ? null : item.predicateScale()));
        }
        List<LkjipSasaran> sasaran = new ArrayList<>();
        bySasaran.forEach((name, rows) -> {
            NarrativeEntity n = NarrativeEntity.find("agencyCode = ?1 and year = ?2 and sasaran = ?3", agencyCode, year, name)
                    .firstResult();
            sasaran.add(new LkjipSasaran(name, rows, n == null ? null : n.causes, n == null ? null : n.solutions,
                    n == null ? null : n.programs));
        });
        LkjipModel m = new LkjipModel(h, basis.period, sasaran);
        String title = "LKjIP Tahun " + year + " - Bab III Akuntabilitas Kinerja";
        String footer = "Laporan Kinerja Instansi Pemerintah Tahun " + year + " - " + h.agencyName() + number(h);
        byte[] pdf;
        try (Pdf p = new Pdf(title, footer)) {
            p.letterhead(h.government(), h.agencyName(), subline(agencyCode));
            p.centered("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN " + year, p.bold, 12);
            p.centered("BAB III AKUNTABILITAS KINERJA", p.bold, 11);
            if (h.documentNumber() != null) {
                p.centered("Nomor: " + h.documentNumber(), p.regular, 10);
            }
            p.gap(6);
            p.paragraph("A. Capaian Kinerja Organisasi. Realisasi tahun " + year + " adalah realisasi sampai dengan "
                    + Fmt.period(basis.period) + " menurut cara agregasi tiap indikator; capaian terhadap target tahunan.",
                    p.regular, 9);
            int t = 1;
            for (LkjipSasaran sa : sasaran) {
                p.heading("Tabel 3." + t++ + " Sasaran: " + sa.sasaran());
                List<List<String>> rows = new ArrayList<>();
                int n = 1;
                for (LkjipRow r : sa.rows()) {
                    rows.add(List.of(String.valueOf(n++), r.indicatorCode() + " " + r.indicatorName(), nz(r.unitOfMeasure()),
                            Fmt.value(r.target(), r.predicateScale()), Fmt.value(r.realisasi(), r.predicateScale()),
                            Fmt.pct(r.capaian()), Fmt.value(r.realisasiLastYear(), r.predicateScale()),
                            Fmt.pct(r.capaianLastYear()), Fmt.value(r.realisasiTwoYearsAgo(), r.predicateScale()),
                            Fmt.value(r.endTarget(), r.predicateScale()),
                            Fmt.pct(r.capaianOfRenstra())));
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
            sign(p, h);
            pdf = p.toBytes();
        }
        byte[] xlsx;
        try (Xlsx x = new Xlsx()) {
            List<List<Object>> rows = new ArrayList<>();
            for (LkjipSasaran sa : sasaran) {
                for (LkjipRow r : sa.rows()) {
                    rows.add(Arrays.asList(sa.sasaran(), r.indicatorCode(), r.indicatorName(), r.unitOfMeasure(),
                            r.target(), r.realisasi(), r.capaian(), r.realisasiLastYear(), r.capaianLastYear(),
                            r.realisasiTwoYearsAgo(), r.endTarget(), r.capaianOfRenstra()));
                }
            }
            x.sheet("Bab III", List.of("LKjIP TAHUN " + year + " - BAB III AKUNTABILITAS KINERJA", h.agencyName()),
                    List.of("Sasaran", "Kode", "Indikator Kinerja", "Satuan", "Target " + year, "Realisasi " + year,
                            "Capaian " + year + " (%)", "Realisasi " + (year - 1), "Capaian " + (year - 1) + " (%)",
                            "Realisasi " + (year - 2), "Target Akhir Renstra", "Capaian thd Renstra (%)"), rows);
            x.sheet("Narasi", List.of("NARASI PER SASARAN"), List.of("Sasaran", "Penyebab", "Solusi", "Program pendukung"),
                    sasaran.stream().map(sa -> Arrays.<Object>asList(sa.sasaran(), sa.causes(), sa.solutions(),
                            sa.programs())).toList());
            xlsx = x.toBytes();
        }
        return new Rendered(title, "lkjip-bab3-" + agencyCode + "-" + year, m, pdf, xlsx);
    }

    /** The latest period's current measurement of a year. */
    public static MeasurementSummary latestOfYear(String agencyCode, int year) {
        return MeasurementSummary.find("agencyCode = ?1 and year = ?2 and superseded = false order by period desc",
                agencyCode, year).firstResult();
    }

    private static MeasurementComputed.IndicatorResult find(MeasurementSummary s, String code) {
        if (s == null || s.payload == null) {
            return null;
        }
        return s.payload.indicators().stream().filter(i -> i.indicatorCode().equals(code)).findFirst().orElse(null);
    }

    private static BigDecimal yearValue(MeasurementComputed.IndicatorResult i) {
        return i == null ? null : i.realisasiToDate() != null ? i.realisasiToDate() : i.realisasi();
    }

    private static BigDecimal ratio(BigDecimal value, BigDecimal target) {
        if (value == null || target == null || target.signum() == 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
    }

    /** The title of a document kind for a year and period. */
    public String title(DocumentKind kind, int year, String period) {
        return switch (kind) {
            case COLLECTION_REPORT -> "Laporan Hasil Pengumpulan Data Kinerja " + Fmt.period(period) + " Tahun " + year;
            case MEASUREMENT_REPORT -> "Laporan Hasil Pengukuran Kinerja " + Fmt.period(period) + " Tahun " + year;
            case PK -> "Perjanjian Kinerja Tahun " + year;
            case LKJIP -> "LKjIP Tahun " + year + " - Bab III Akuntabilitas Kinerja";
        };
    }

    /** The cover letter (surat pengantar) that sends a signed report, with its number. */
    public byte[] coverLetter(String agencyCode, String title, String number, String recipient, Signer signer,
            String sha256) {
        Header h = header(agencyCode, LocalDate.now(Fmt.WIB).getYear(), null, new Options(signer, number, null), signer);
        try (Pdf p = new Pdf("Surat Pengantar " + number, "Surat Pengantar - " + h.agencyName() + " - Nomor " + number)) {
            p.letterhead(h.government(), h.agencyName(), subline(agencyCode));
            p.fields(List.of(new String[] { "Nomor", number }, new String[] { "Sifat", "Biasa" },
                    new String[] { "Lampiran", "1 (satu) berkas" }, new String[] { "Perihal", "Penyampaian " + title }), 70);
            p.gap(8);
            p.paragraph("Kepada Yth. " + (recipient == null || recipient.isBlank() ? "................" : recipient), p.regular, 10);
            p.paragraph("di tempat", p.regular, 10);
            p.gap(8);
            p.paragraph("Bersama ini kami sampaikan " + title + " " + h.agencyName() + " yang telah ditandatangani secara "
                    + "elektronik, untuk dipergunakan sebagaimana mestinya. Keaslian dokumen dapat diperiksa melalui tanda "
                    + "tangan elektroniknya; sidik jari SHA-256 dokumen: " + sha256 + ".", p.regular, 10);
            p.gap(4);
            p.paragraph("Demikian disampaikan, atas perhatiannya diucapkan terima kasih.", p.regular, 10);
            sign(p, h);
            return p.toBytes();
        }
    }

    // ---------------------------------------------------------------- shared parts

    private Header header(String agencyCode, int year, String period, Options o, Signer fallback) {
        AgencyProfile a = AgencyProfile.findById(agencyCode);
        Signer signer = o.signer() != null ? o.signer() : fallback != null ? fallback : headSigner(agencyCode, year);
        return new Header(agencyCode, a == null ? agencyCode : a.name, government(a), year, period,
                Fmt.period(period), o.documentNumber(), signer);
    }

    /** The head as the PK of the year names them, signing today. */
    private static Signer headSigner(String agencyCode, int year) {
        PkRecord pk = PkRecord.headOf(agencyCode, year);
        PerformanceAgreementSigned.Signatory s = pk == null ? null : pk.payload.signatory();
        return new Signer(null, LocalDate.now(Fmt.WIB), s == null ? "Kepala" : s.position(), s == null ? null : s.name(),
                s == null ? null : s.nip());
    }

    private String government(AgencyProfile a) {
        if (a == null || a.regionCode == null) {
            return "PEMERINTAH DAERAH";
        }
        String name = regionNames.get(a.regionCode);
        return name != null ? "PEMERINTAH " + name : "PEMERINTAH DAERAH (KODE WILAYAH " + a.regionCode + ")";
    }

    private static String subline(String agencyCode) {
        return "Kode instansi " + agencyCode;
    }

    private static void sign(Pdf p, Header h) {
        Signer s = h.signer();
        p.signature(s.placeAndDate(), nz(s.position()), dots(s.name()), dots(s.nip()));
    }

    private static String number(Header h) {
        return h.documentNumber() == null ? "" : " - Nomor " + h.documentNumber();
    }

    static String nz(String s) {
        return s == null ? "-" : s;
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "(belum diisi)" : s;
    }

    private static String dots(String s) {
        return s == null || s.isBlank() ? "................................" : s;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
