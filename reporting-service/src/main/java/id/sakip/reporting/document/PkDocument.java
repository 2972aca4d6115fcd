package id.sakip.reporting.document;

import static id.sakip.reporting.document.Letterhead.dots;
import static id.sakip.reporting.document.Letterhead.nz;

import id.sakip.common.event.v1.PerformanceAgreementSigned.Item;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.reporting.source.PkRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Perjanjian Kinerja document (SOP 001): the statement page signed by both parties and the
 * attachment table of indicators with their annual and quarterly targets.
 */
@ApplicationScoped
public class PkDocument implements DocumentRenderer {
    private final Letterhead letterhead;

    public PkDocument(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    @Schema(name = "PkDocument", description = "The data the document prints")
    public record Model(DocumentHeader header, UUID agreementId, int agreementVersion, AgreementKind kind, Party firstParty,
            Party secondParty, List<Item> items) {
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.PK;
    }

    @Override
    public String subjectNoun() {
        return "agreement";
    }

    @Override
    public Optional<DocumentSubject> subject(UUID subjectId, String agencyCode, Integer year) {
        PkRecord r = subjectId == null ? null : PkRecord.findById(subjectId);
        return Optional.ofNullable(r).map(x -> new DocumentSubject(kind(), x.agreementId, x.agencyCode,
                x.payload.provinceCode(), x.year, null));
    }

    @Override
    public String title(int year, String period) {
        return "Perjanjian Kinerja Tahun " + year;
    }

    @Override
    public Rendered render(DocumentSubject subject, RenderOptions o) {
        PkRecord r = PkRecord.findById(subject.id());
        PerformanceAgreementSigned e = r.payload;
        PerformanceAgreementSigned.Signatory s = e.signatory();
        Party first = new Party(s == null ? null : s.name(), s == null ? null : s.nip(), s == null ? null : s.position());
        Party second = o.counterparty() != null ? o.counterparty() : new Party(null, null, null);
        Signer signer = o.signer() != null ? o.signer()
                : new Signer(null, r.signedAt.atZoneSameInstant(Fmt.WIB).toLocalDate(), first.position(), first.name(),
                        first.nip());
        DocumentHeader h = letterhead.header(r.agencyCode, r.year, null,
                new RenderOptions(signer, o.documentNumber(), second), signer);
        Model m = new Model(h, r.agreementId, r.agreementVersion, r.kind, first, second, e.items());
        String title = title(r.year, null)
                + (r.agreementVersion > 1 ? " (Perubahan " + (r.agreementVersion - 1) + ")" : "");
        return new Rendered(title, "perjanjian-kinerja-" + r.agencyCode + "-" + r.year + "-v" + r.agreementVersion, m,
                pdf(m, title, signer), xlsx(m));
    }

    private byte[] pdf(Model m, String title, Signer signer) {
        DocumentHeader h = m.header();
        Party first = m.firstParty();
        Party second = m.secondParty();
        String[] left = { "PIHAK KEDUA", nz(second.position()), dots(second.name()), dots(second.nip()) };
        String[] right = { "PIHAK PERTAMA", nz(first.position()), dots(first.name()), dots(first.nip()) };
        try (Pdf p = letterhead.open(h, title, title + " - " + h.agencyName() + Letterhead.number(h))) {
            Letterhead.title(p, h, "PERJANJIAN KINERJA TAHUN " + h.year(), 13,
                    m.agreementVersion() > 1 ? "PERUBAHAN KE-" + (m.agreementVersion() - 1) : null, 11);
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
            p.centered("LAMPIRAN PERJANJIAN KINERJA TAHUN " + h.year(), p.bold, 12);
            p.centered(h.agencyName().toUpperCase(), p.bold, 11);
            p.gap(6);
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Item i : m.items()) {
                List<BigDecimal> q = quarters(i);
                rows.add(List.of(String.valueOf(n++), nz(i.sasaran()), i.indicatorCode() + " " + i.indicatorName(),
                        Fmt.value(i.annualTarget(), i.predicateScale()) + " " + nz(i.unitOfMeasure()),
                        quarter(q, 0, i), quarter(q, 1, i), quarter(q, 2, i), quarter(q, 3, i)));
            }
            p.table(List.of(Pdf.Column.number("No", 3), Pdf.Column.text("Sasaran Strategis", 18),
                    Pdf.Column.text("Indikator Kinerja", 24), Pdf.Column.text("Target", 10), Pdf.Column.number("TW I", 6),
                    Pdf.Column.number("TW II", 6), Pdf.Column.number("TW III", 6), Pdf.Column.number("TW IV", 6)), rows);
            p.paragraph("Program dan anggaran: tidak dicantumkan (data anggaran tidak tersedia di SAKIP).", p.regular, 8);
            p.twoSignatures(signer.placeAndDate(), left, right);
            return p.toBytes();
        }
    }

    private static byte[] xlsx(Model m) {
        try (Xlsx x = new Xlsx()) {
            List<List<Object>> rows = new ArrayList<>();
            int n = 1;
            for (Item i : m.items()) {
                List<BigDecimal> q = quarters(i);
                rows.add(Arrays.asList(n++, i.sasaran(), i.indicatorCode(), i.indicatorName(), i.unitOfMeasure(),
                        i.annualTarget(), at(q, 0), at(q, 1), at(q, 2), at(q, 3)));
            }
            x.sheet("Lampiran PK", List.of("LAMPIRAN PERJANJIAN KINERJA TAHUN " + m.header().year(), m.header().agencyName()),
                    List.of("No", "Sasaran Strategis", "Kode", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II",
                            "TW III", "TW IV"), rows);
            return x.toBytes();
        }
    }

    private static List<BigDecimal> quarters(Item i) {
        return i.quarterTargets() == null ? List.of() : i.quarterTargets();
    }

    private static BigDecimal at(List<BigDecimal> q, int k) {
        return q.size() > k ? q.get(k) : null;
    }

    private static String quarter(List<BigDecimal> q, int k, Item i) {
        return q.size() > k ? Fmt.value(q.get(k), i.predicateScale()) : "-";
    }
}
