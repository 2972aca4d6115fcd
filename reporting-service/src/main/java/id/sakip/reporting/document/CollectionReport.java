package id.sakip.reporting.document;

import static id.sakip.reporting.document.Letterhead.nz;

import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.problem.ProblemException;
import id.sakip.common.security.Person;
import id.sakip.reporting.source.RoundRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Laporan hasil pengumpulan data kinerja of a round (SOP 002's last step): per unit the targets,
 * realisasi and Keterangan with who submitted when, and the forms returned with their reasons.
 */
@ApplicationScoped
public class CollectionReport implements DocumentRenderer {
    private final Letterhead letterhead;

    public CollectionReport(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    @Schema(name = "CollectionReportDocument", description = "The data the document prints")
    public record Model(DocumentHeader header, UUID roundId, int recapVersion,
            @Schema(description = "Login of the Sekretaris who approved") String approvedBy,
            @Schema(description = "Full name of who approved, titles included") String approvedByName,
            @Schema(description = "NIP of who approved (18 digits)") String approvedByNip,
            OffsetDateTime approvedAt, List<Unit> units, List<RoundRecord.Return> returns, int indicatorCount,
            int lateUnits) {
        /** Who approved, as the document prints it: name and NIP, else the login. */
        String approver() {
            return new Person(approvedBy, approvedByName, approvedByNip).display();
        }
    }

    @Schema(name = "CollectionReportUnit")
    public record Unit(String unitCode, @Schema(description = "Login of who submitted") String submittedBy,
            @Schema(description = "Full name of who submitted, titles included") String submittedByName,
            @Schema(description = "NIP of who submitted (18 digits)") String submittedByNip,
            OffsetDateTime submittedAt, OffsetDateTime deadline, boolean late, List<RecapApproved.Row> rows) {
        /** Who submitted, as the document prints it: name and NIP, else the login. */
        String submitter() {
            return new Person(submittedBy, submittedByName, submittedByNip).display();
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.COLLECTION_REPORT;
    }

    @Override
    public String subjectNoun() {
        return "round";
    }

    @Override
    public Optional<DocumentSubject> subject(UUID subjectId, String agencyCode, Integer year) {
        RoundRecord r = subjectId == null ? null : RoundRecord.findById(subjectId);
        return Optional.ofNullable(r)
                .map(x -> new DocumentSubject(kind(), x.roundId, x.agencyCode, x.provinceCode, x.year, x.period));
    }

    @Override
    public String title(int year, String period) {
        return "Laporan Hasil Pengumpulan Data Kinerja " + Fmt.period(period) + " Tahun " + year;
    }

    @Override
    public Rendered render(DocumentSubject subject, RenderOptions o) {
        RoundRecord r = RoundRecord.findById(subject.id());
        if (r.rows == null) {
            throw ProblemException.conflict("round " + r.roundId + " has no approved recap yet");
        }
        DocumentHeader h = letterhead.header(r.agencyCode, r.year, r.period, o, null);
        Map<String, List<RecapApproved.Row>> byUnit = new LinkedHashMap<>();
        r.rows.forEach(row -> byUnit.computeIfAbsent(row.unitCode(), k -> new ArrayList<>()).add(row));
        List<Unit> units = new ArrayList<>();
        byUnit.forEach((unit, rows) -> {
            RoundRecord.Unit u = r.units.get(unit);
            units.add(u == null ? new Unit(unit, null, null, null, null, null, false, rows)
                    : new Unit(unit, u.submittedBy(), u.submittedByName(), u.submittedByNip(), u.submittedAt(),
                            u.deadline(), u.late(), rows));
        });
        Model m = new Model(h, r.roundId, r.recapVersion, r.approvedBy, r.approvedByName, r.approvedByNip, r.approvedAt, units, r.returns, r.rows.size(),
                (int) units.stream().filter(Unit::late).count());
        String title = title(r.year, r.period);
        String footer = "Laporan Hasil Pengumpulan Data Kinerja - " + h.agencyName() + " - " + h.periodName() + " "
                + h.year() + Letterhead.number(h);
        return new Rendered(title, "laporan-pengumpulan-" + r.agencyCode + "-" + r.year + "-" + r.period, m,
                pdf(m, title, footer), xlsx(m));
    }

    private byte[] pdf(Model m, String title, String footer) {
        DocumentHeader h = m.header();
        try (Pdf p = letterhead.open(h, title, footer)) {
            Letterhead.title(p, h, "LAPORAN HASIL PENGUMPULAN DATA KINERJA", 12,
                    h.periodName().toUpperCase() + " TAHUN " + h.year(), 11);
            p.gap(8);
            p.fields(List.of(new String[] { "Instansi", h.agencyName() },
                    new String[] { "Periode", h.periodName() + " " + h.year() },
                    new String[] { "Rekapitulasi", "versi " + m.recapVersion() + ", disetujui oleh " + nz(m.approver())
                            + " pada " + Fmt.dateTime(m.approvedAt()) },
                    new String[] { "Jumlah indikator", String.valueOf(m.indicatorCount()) },
                    new String[] { "Unit kerja", m.units().size() + " unit, " + m.lateUnits() + " terlambat menyampaikan" }),
                    110);
            p.heading("A. Data Kinerja per Unit Kerja");
            List<List<String>> rows = new ArrayList<>();
            for (Unit u : m.units()) {
                rows.add(List.of("§" + u.unitCode() + " - disampaikan oleh " + nz(u.submitter()) + " pada "
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
            p.table(List.of(Pdf.Column.number("No", 3), Pdf.Column.text("Sasaran", 14),
                    Pdf.Column.text("Indikator Kinerja", 22), Pdf.Column.text("Satuan", 7),
                    Pdf.Column.number("Target Tahunan", 8), Pdf.Column.number("Target " + h.periodName(), 8),
                    Pdf.Column.number("Realisasi", 8), Pdf.Column.text("Keterangan", 18)), rows);
            p.heading("B. Formulir yang Dikembalikan");
            if (m.returns().isEmpty()) {
                p.paragraph("Tidak ada formulir yang dikembalikan.", p.regular, 10);
            } else {
                p.table(List.of(Pdf.Column.text("Unit Kerja", 12), Pdf.Column.text("Dikembalikan oleh", 14),
                        Pdf.Column.text("Tanggal", 12), Pdf.Column.text("Alasan", 30)),
                        m.returns().stream()
                                .map(x -> List.of(nz(x.unitCode()), nz(x.by()), Fmt.dateTime(x.at()), nz(x.reason())))
                                .toList());
            }
            Letterhead.sign(p, h);
            return p.toBytes();
        }
    }

    private static byte[] xlsx(Model m) {
        DocumentHeader h = m.header();
        try (Xlsx x = new Xlsx()) {
            List<List<Object>> rows = new ArrayList<>();
            for (Unit u : m.units()) {
                for (RecapApproved.Row row : u.rows()) {
                    rows.add(Arrays.asList(u.unitCode(), row.sasaran(), row.indicatorCode(), row.indicatorName(),
                            row.unitOfMeasure(), row.annualTarget(), row.periodTarget(), row.realisasi(), row.keterangan(),
                            nz(u.submitter()), Fmt.dateTime(u.submittedAt()), u.late() ? "Terlambat" : "Tepat waktu"));
                }
            }
            x.sheet("Data Kinerja", List.of("LAPORAN HASIL PENGUMPULAN DATA KINERJA", h.agencyName(),
                    h.periodName() + " Tahun " + h.year()), List.of("Unit Kerja", "Sasaran", "Kode", "Indikator Kinerja",
                            "Satuan", "Target Tahunan", "Target " + h.periodName(), "Realisasi", "Keterangan",
                            "Disampaikan oleh", "Disampaikan pada", "Ketepatan"), rows);
            x.sheet("Pengembalian", List.of("FORMULIR YANG DIKEMBALIKAN"), List.of("Unit Kerja", "Oleh", "Tanggal", "Alasan"),
                    m.returns().stream().map(ret -> Arrays.<Object>asList(ret.unitCode(), ret.by(),
                            Fmt.dateTime(ret.at()), ret.reason())).toList());
            return x.toBytes();
        }
    }
}
