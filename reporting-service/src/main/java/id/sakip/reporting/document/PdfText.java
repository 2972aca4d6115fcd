package id.sakip.reporting.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text measurement for {@link Pdf}: which characters a font shows (else their accent-less form, else
 * '?'), their widths (each measured once per font), and wrapping and cutting in time linear in the
 * text's length.
 */
final class PdfText {
    /** Per font: whether it can show a code point, and how wide it prints. */
    private final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();
    private final Map<PDFont, Map<Integer, Float>> widths = new HashMap<>();

    /** Width of the text in points: the sum of its characters' widths (each measured once per font). */
    float textWidth(String t, PDFont font, float size) {
        float units = 0;
        for (int i = 0; i < t.length();) {
            int cp = t.codePointAt(i);
            units += unitWidth(font, cp);
            i += Character.charCount(cp);
        }
        return units / 1000 * size;
    }

    /** Width of one character as printed (see {@link #printable}), in font units, measured once. */
    private float unitWidth(PDFont font, int codePoint) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, c -> {
            try {
                return font.getStringWidth(printable(new String(Character.toChars(c)), font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text cut to fit {@code max} points, ending in "..." when it was cut; linear in its length. */
    String truncate(String t, PDFont font, float size, float max) {
        if (textWidth(t, font, size) <= max) {
            return t;
        }
        float room = max - textWidth("...", font, size);
        return prefixWithin(t, font, size, room) + "...";
    }

    /** The longest prefix of {@code t} (whole characters) at most {@code max} points wide. */
    String prefixWithin(String t, PDFont font, float size, float max) {
        float width = 0;
        int end = 0;
        while (end < t.length()) {
            int cp = t.codePointAt(end);
            float w = unitWidth(font, cp) / 1000 * size;
            if (width + w > max) {
                break;
            }
            width += w;
            end += Character.charCount(cp);
        }
        return t.substring(0, end);
    }

    /**
     * Splits text into lines that fit {@code max} points; keeps explicit line breaks; a word wider than
     * a line is cut where it no longer fits. Linear in the text's length, whatever its words.
     */
    List<String> wrap(String text, PDFont font, float size, float max) {
        List<String> lines = new ArrayList<>();
        float space = textWidth(" ", font, size);
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : para.split(" ")) {
                float w = textWidth(word, font, size);
                if (line.isEmpty() ? w <= max : lineWidth + space + w <= max) {
                    if (!line.isEmpty()) {
                        line.append(' ');
                        lineWidth += space;
                    }
                    line.append(word);
                    lineWidth += w;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                String rest = word;
                while (textWidth(rest, font, size) > max && rest.length() > 1) {
                    String head = prefixWithin(rest, font, size, max);
                    if (head.isEmpty()) {
                        head = rest.substring(0, Character.charCount(rest.codePointAt(0)));
                    }
                    lines.add(head);
                    rest = rest.substring(head.length());
                }
                line.append(rest);
                lineWidth = textWidth(rest, font, size);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Text ready to wrap: line breaks kept (a CR LF pair is one), tabs and other control characters
     * as spaces; the characters themselves are mapped to the fonts when the text is written.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        String t = s.replace("\r\n", "\n");
        t.codePoints().forEach(c -> {
            if (c == '\n') {
                b.append('\n');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                b.append(' ');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /**
     * What {@code font} can show of one line: each character it has a glyph for, else the character
     * without its accents, else '?'; line breaks and control characters as spaces.
     */
    String printable(String text, PDFont font) {
        StringBuilder b = new StringBuilder(text.length());
        clean(text).replace('\n', ' ').codePoints().forEach(c -> {
            if (shows(font, c)) {
                b.appendCodePoint(c);
                return;
            }
            String plain = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            if (!plain.isEmpty() && plain.codePoints().allMatch(p -> shows(font, p))) {
                b.append(plain);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean shows(PDFont font, int codePoint) {
        return coverage.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
