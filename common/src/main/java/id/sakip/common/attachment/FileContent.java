package id.sakip.common.attachment;

import id.sakip.common.vocabulary.MediaTypes;
import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks that a file is what its type says, with a real parser over the whole file, not its first
 * bytes: a PDF must open in PDFBox with at least one page and a proper trailer; an image must
 * decode, within a pixel budget; an Office document must be a ZIP package with the parts of its
 * kind, within an uncompressed-size budget. A file that starts with {@code %PDF-} and holds HTML is
 * refused.
 */
final class FileContent {
    /** Largest image accepted: 50 megapixels (a 600 dpi A3 scan is about 70; bukti dukung are far smaller). */
    private static final long MAX_PIXELS = 50_000_000L;
    /** Largest unpacked Office document: far above any form or minutes, far below a zip bomb. */
    private static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    private static final int MAX_PARTS = 10_000;

    private FileContent() {
    }

    /** Why the bytes are not a file of the type, or empty when they are. */
    static Optional<String> problem(String type, byte[] bytes) {
        try {
            return switch (type) {
                case MediaTypes.PDF -> pdf(bytes);
                case MediaTypes.PNG -> image(bytes, "png");
                case MediaTypes.JPEG -> image(bytes, "jpeg");
                case MediaTypes.XLSX -> office(bytes, "xl/workbook.xml");
                case MediaTypes.DOCX -> office(bytes, "word/document.xml");
                default -> Optional.empty();
            };
        } catch (IOException | RuntimeException e) {
            return Optional.of("it cannot be read as a " + type + " file");
        }
    }

    private static Optional<String> pdf(byte[] bytes) throws IOException {
        if (!startsWith(bytes, "%PDF-") || !tail(bytes, 2048).contains("%%EOF")) {
            return Optional.of("it is not a PDF file (no PDF header or end-of-file marker)");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() < 1) {
                return Optional.of("the PDF has no pages");
            }
            // touches every page's tree entry: a damaged page tree fails here, not in a reader's viewer
            doc.getPages().forEach(p -> p.getMediaBox());
        }
        return Optional.empty();
    }

    private static Optional<String> image(byte[] bytes, String format) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return Optional.of("it is not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (!reader.getFormatName().toLowerCase(Locale.ROOT).equals(format)) {
                    return Optional.of("it is a " + reader.getFormatName() + " image, not " + format);
                }
                Dimension d = new Dimension(reader.getWidth(0), reader.getHeight(0));
                if ((long) d.width * d.height > MAX_PIXELS) {
                    return Optional.of("the image has more than " + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> office(byte[] bytes, String mainPart) throws IOException {
        Set<String> parts = new HashSet<>();
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (parts.size() >= MAX_PARTS) {
                    return Optional.of("the document has too many parts");
                }
                parts.add(e.getName());
                for (int n = read(zip, buffer); n > 0; n = read(zip, buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        return Optional.of("the document unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB");
                    }
                }
            }
        }
        if (!parts.contains("[Content_Types].xml") || !parts.contains(mainPart)) {
            return Optional.of("it is not an Office document of this kind (no " + mainPart + ")");
        }
        return Optional.empty();
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer);
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String tail(byte[] b, int n) {
        int from = Math.max(0, b.length - n);
        return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    }
}
