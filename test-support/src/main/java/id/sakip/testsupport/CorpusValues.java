package id.sakip.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The values {@link SchemaCorpus} sends: malformed parameters, numbers at the limits of BigDecimal
 * and PostgreSQL numeric, and every Unicode class; fixed edge cases in round 0, seeded random ones after.
 */
final class CorpusValues {
    private final Random random;

    CorpusValues(Random random) {
        this.random = random;
    }

    /** Malformed values of a parameter for its schema: fixed edge cases, and random ones after round 0. */
    List<String> malformed(String name, JsonNode schema, int round) {
        List<String> v = new ArrayList<>();
        String type = OpenApiSchemas.type(schema);
        String format = schema.path("format").asText();
        if (round == 0) {
            switch (type) {
                case "integer", "number" -> v.addAll(List.of("abc", "1.5", "", " ", "99999999999999999999", "-99999999999",
                        "0x1F", "1e3", "\u0661\u0662", "12abc", "NaN", "+-1"));
                case "boolean" -> v.addAll(List.of("yes", "1", "", "TRUE "));
                default -> {
                    if (schema.has("enum")) {
                        String first = schema.path("enum").path(0).asText();
                        v.addAll(List.of("open", first.toLowerCase(), "", first + " ", "X".repeat(300)));
                    } else if (format.equals("uuid")) {
                        v.addAll(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g",
                                "{" + UUID.randomUUID() + "}", UUID.randomUUID() + "x"));
                    } else if (format.equals("date")) {
                        v.addAll(List.of("2026-13-45", "abc", "0000-00-00"));
                    } else {
                        v.addAll(List.of("\u0000", "a\u0001b", "\uD800", "x".repeat(5000), ",", ";", "'", "%", "\\",
                                "\u202Eevil", "\u200B", "..", "null"));
                    }
                }
            }
            if (name.equals("sort")) {
                v.addAll(List.of(",", ",,", "code,", ",desc", "code,up", "code,desc,extra", "   ", "code;desc",
                        "year,DESC", "(select 1)"));
            }
        } else {
            for (int i = 0; i < 3; i++) {
                v.add(randomText(1 + random.nextInt(40)));
            }
        }
        return v;
    }

    /** Number tokens at the limits of BigDecimal and PostgreSQL numeric; more random ones in later rounds. */
    List<String> numbers(int round) {
        if (round == 0) {
            return List.of("1e-1000000", "1e1000000", "-0", "-0.0", "0e-999", "1e-7", "12.3456789", "0.0000004",
                    "99999999999999999999", "1234567890123456", "123456789012345.123456", "1" + "0".repeat(400),
                    "0." + "0".repeat(400) + "1", "-1e-400", "1E+2", "4.9e-324", "1.7976931348623157e308",
                    "9223372036854775808", "-9223372036854775809", "2147483648");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            StringBuilder digits = new StringBuilder();
            int n = 1 + random.nextInt(random.nextBoolean() ? 12 : 120);
            for (int d = 0; d < n; d++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            String mantissa = random.nextBoolean() ? digits.toString()
                    : digits.insert(Math.max(1, random.nextInt(digits.length())), '.').toString();
            String exponent = switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> "e" + (random.nextInt(40) - 20);
                case 2 -> "e" + (random.nextBoolean() ? "" : "-") + random.nextInt(2_000_000);
                default -> "E+" + random.nextInt(400);
            };
            out.add((random.nextInt(4) == 0 ? "-" : "") + mantissa + exponent);
        }
        return out;
    }

    /** The Unicode classes, as JSON string tokens (escapes where the text could not be written raw). */
    Map<String, String> unicode(int round) {
        Map<String, String> u = new LinkedHashMap<>();
        if (round == 0) {
            u.put("control NUL", quote("a\u0000b"));
            u.put("control BEL", quote("a\u0007b"));
            u.put("control ESC", quote("\u001B[31m"));
            u.put("control DEL", quote("a\u007Fb"));
            u.put("control C1 NEL", quote("a\u0085b"));
            u.put("line feed", quote("baris satu\nbaris dua"));
            u.put("tab", quote("a\tb"));
            u.put("carriage return", quote("a\rb"));
            u.put("line separator", quote("a\u2028b"));
            u.put("lone high surrogate", "\"x\\uD800\"");
            u.put("lone low surrogate", "\"\\uDFFFx\"");
            u.put("reversed surrogates", "\"\\uDE00\\uD83D\"");
            u.put("right-to-left override", quote("\u202Etxt.exe"));
            u.put("bidi isolate", quote("a\u2066b\u2069"));
            u.put("right-to-left mark", quote("a\u200Fb"));
            u.put("zero-width space", quote("IKU\u200B-01"));
            u.put("byte order mark", quote("\uFEFFabc"));
            u.put("word joiner", quote("a\u2060b"));
            u.put("soft hyphen", quote("a\u00ADb"));
            u.put("fullwidth", quote("\uFF29\uFF2B\uFF35-01"));
            u.put("combining", quote("e\u0301 " + "a" + "\u0301".repeat(40)));
            u.put("noncharacter", quote("a\uFFFFb"));
            u.put("noncharacter FDD0", quote("a\uFDD0b"));
            u.put("emoji", quote("\uD83D\uDE00\uD83C\uDDEE\uD83C\uDDE9 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"));
            u.put("arabic", quote("\u0645\u0631\u062D\u0628\u0627"));
            u.put("javanese", quote("\uA9A7\uA9B8\uA9A9"));
            u.put("private use", quote("\uE000\uF8FF"));
            u.put("long", quote("Ä".repeat(5000)));
            u.put("blank", quote("   "));
        } else {
            for (int i = 0; i < 6; i++) {
                u.put("random " + round + "." + i, quote(randomText(1 + random.nextInt(60))));
            }
        }
        return u;
    }

    /** Random text drawn from every class above, mixed with plain letters. */
    String randomText(int length) {
        int[][] ranges = { { 'a', 'z' }, { 'A', 'Z' }, { 0x00, 0x1F }, { 0x7F, 0x9F }, { 0x200B, 0x200F },
            { 0x202A, 0x202E }, { 0x2066, 0x2069 }, { 0xFF01, 0xFF5E }, { 0x0300, 0x036F }, { 0xFDD0, 0xFDEF },
            { 0x1F600, 0x1F64F }, { 0x0600, 0x06FF }, { 0xE000, 0xE0FF }, { 0xD800, 0xDFFF } };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] r = ranges[random.nextInt(ranges.length)];
            sb.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
        }
        return sb.toString();
    }

    /** A JSON string token for the text, escaping what a raw token cannot hold (lone surrogates included). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c >= 0x7F) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
