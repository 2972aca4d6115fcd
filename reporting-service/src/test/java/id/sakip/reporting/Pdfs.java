package id.sakip.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/** Reading documents back in tests: PDF text, pages, signatures; XLSX cells. */
final class Pdfs {
    private Pdfs() {
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // one space for any run of white space: wrapped cells and lines read as one text
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** The cell's text as Excel shows it; sheet by name, 0-based row and column. */
    static String cell(byte[] xlsx, String sheet, int row, int col) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet(sheet);
            var r = s.getRow(row);
            return r == null || r.getCell(col) == null ? "" : new DataFormatter().formatCellValue(r.getCell(col));
        }
    }

    /** Renders the first page as a PNG (for docs/ and for a look at what officers get). */
    static void firstPageAsPng(byte[] pdf, Path target) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Files.createDirectories(target.getParent());
            ImageIO.write(img, "png", target.toFile());
        }
    }

    /**
     * Whether the last signature of the PDF is valid: its byte range covers the whole file except
     * the signature value, the CMS signature verifies over those bytes, and it was made with {@code cert}.
     */
    static boolean signatureVerifies(byte[] pdf, X509Certificate cert) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            if (sig == null) {
                return false;
            }
            int[] range = sig.getByteRange();
            if (range[0] != 0 || range[2] + range[3] != pdf.length) {
                return false;
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(pdf)),
                    sig.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            try {
                return holder.equals(new X509CertificateHolder(cert.getEncoded()))
                        && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
                return false; // the bytes are not the ones that were signed
            }
        }
    }

    static String subFilter(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getLastSignatureDictionary().getSubFilter();
        }
    }
}
