package id.sakip.common.input;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The rules every accepted string follows, so that whatever we accept we can store, compare and
 * print in a document: Unicode NFC; no control characters (line breaks and tabs only in
 * {@link MultiLine} fields, a CR LF pair becoming LF); no lone surrogates or noncharacters; no
 * invisible characters that change how text reads or compares (zero-width spaces, word joiner, byte
 * order mark, bidirectional embeddings, overrides, isolates and marks). The joiners U+200C and
 * U+200D stay: scripts and emoji need them.
 */
public final class Text {
    private Text() {
    }

    /** The value in canonical form, or why it is refused. */
    public static Result check(String value, boolean multiLine) {
        if (value == null) {
            return new Result(null, null);
        }
        String s = multiLine ? value.replace("\r\n", "\n") : value;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = s.codePointAt(i);
                    if (isNonCharacter(cp)) {
                        return refused("must not contain the noncharacter " + hex(cp));
                    }
                    i++;
                    continue;
                }
                return refused("must not contain a lone surrogate " + hex(c));
            }
            if (Character.isLowSurrogate(c)) {
                return refused("must not contain a lone surrogate " + hex(c));
            }
            Optional<String> why = why(c, multiLine);
            if (why.isPresent()) {
                return refused(why.get());
            }
        }
        return new Result(Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC),
                null);
    }

    private static Optional<String> why(char c, boolean multiLine) {
        if (c == '\n' || c == '\t') {
            return multiLine ? Optional.empty()
                    : Optional.of("must be a single line: " + hex(c) + (c == '\n' ? " (line feed)" : " (tab)")
                            + " is not allowed here");
        }
        if (Character.getType(c) == Character.CONTROL) {
            return Optional.of("must not contain the control character " + hex(c));
        }
        if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E') {
            return Optional.of("must not contain the invisible character " + hex(c));
        }
        if (c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')) {
            return Optional.of("must not contain the bidirectional control " + hex(c));
        }
        if (isNonCharacter(c) || (c >= '\u2028' && c <= '\u2029')) {
            return Optional.of("must not contain " + hex(c));
        }
        return Optional.empty();
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    static String hex(int cp) {
        return String.format("U+%04X", cp);
    }

    private static Result refused(String why) {
        return new Result(null, why);
    }

    /** The canonical value, or (when {@code problem} is set) the reason it was refused. */
    public record Result(String value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }
}
