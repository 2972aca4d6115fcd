package id.sakip.reporting.document;

import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.reporting.ReportingConfig;
import id.sakip.reporting.source.AgencyProfile;
import id.sakip.reporting.source.PkRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * What all documents share: the header (agency, government by region, period, number, signer),
 * the letterhead, the signature block and the cover letter (surat pengantar) that sends a signed report.
 */
@ApplicationScoped
public class Letterhead {
    private final ReportingConfig config;

    public Letterhead(ReportingConfig config) {
        this.config = config;
    }

    /** The header of a document; the signer from the options, else {@code fallback}, else the head named by the PK. */
    public DocumentHeader header(String agencyCode, int year, String period, RenderOptions o, Signer fallback) {
        AgencyProfile a = AgencyProfile.findById(agencyCode);
        Signer signer = o.signer() != null ? o.signer() : fallback != null ? fallback : headSigner(agencyCode, year);
        return new DocumentHeader(agencyCode, a == null ? agencyCode : a.name, government(a), year, period,
                Fmt.period(period), o.documentNumber(), signer);
    }

    /** Opens a PDF with the letterhead of the header's agency. */
    public Pdf open(DocumentHeader h, String title, String footer) {
        Pdf p = new Pdf(title, footer);
        p.letterhead(h.government(), h.agencyName(), "Kode instansi " + h.agencyCode());
        return p;
    }

    /** The centred title lines and, when there is one, the document number. */
    public static void title(Pdf p, DocumentHeader h, String line1, int size1, String line2, int size2) {
        p.centered(line1, p.bold, size1);
        if (line2 != null) {
            p.centered(line2, p.bold, size2);
        }
        if (h.documentNumber() != null) {
            p.centered("Nomor: " + h.documentNumber(), p.regular, 10);
        }
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
        String name = config.regionNames().get(a.regionCode);
        return name != null ? "PEMERINTAH " + name : "PEMERINTAH DAERAH (KODE WILAYAH " + a.regionCode + ")";
    }

    /** The cover letter (surat pengantar) that sends a signed report, with its number. */
    public byte[] coverLetter(String agencyCode, String title, String number, String recipient, Signer signer,
            String sha256) {
        DocumentHeader h = header(agencyCode, LocalDate.now(Fmt.WIB).getYear(), null,
                new RenderOptions(signer, number, null), signer);
        try (Pdf p = open(h, "Surat Pengantar " + number, "Surat Pengantar - " + h.agencyName() + " - Nomor " + number)) {
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

    /** The signature block of the header's signer. */
    public static void sign(Pdf p, DocumentHeader h) {
        Signer s = h.signer();
        p.signature(s.placeAndDate(), nz(s.position()), dots(s.name()), dots(s.nip()));
    }

    /** " - Nomor X" for footers, or nothing. */
    public static String number(DocumentHeader h) {
        return h.documentNumber() == null ? "" : " - Nomor " + h.documentNumber();
    }

    /** A value or "-". */
    public static String nz(String s) {
        return s == null ? "-" : s;
    }

    /** A narrative text or "(belum diisi)". */
    public static String dash(String s) {
        return s == null || s.isBlank() ? "(belum diisi)" : s;
    }

    /** A name or NIP, or the dotted line to write it on. */
    public static String dots(String s) {
        return s == null || s.isBlank() ? "................................" : s;
    }
}
