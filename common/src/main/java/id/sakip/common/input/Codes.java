package id.sakip.common.input;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form of identifying codes: compatibility-normalised (NFKC: fullwidth {@code ＩＫＵ} is
 * {@code IKU}), trimmed, then letters and digits in groups joined by single {@code -}, {@code _} or
 * {@code .} ({@code 1506-KEC-KUALA-BETARA}, {@code IKU-01}, {@code S1.2}); nothing invisible, no
 * spaces, no leading or trailing punctuation.
 */
public final class Codes {
    public static final String PATTERN = "[A-Za-z0-9]+([._-][A-Za-z0-9]+)*";
    private static final Pattern FORM = Pattern.compile(PATTERN);

    private Codes() {
    }

    /** The canonical code, or (when {@code problem} is set) why the value is not a code. */
    public static Text.Result check(String raw) {
        if (raw == null) {
            return new Text.Result(null, null);
        }
        Text.Result text = Text.check(raw, false);
        if (!text.ok()) {
            return text;
        }
        String s = Normalizer.normalize(text.value(), Normalizer.Form.NFKC).strip();
        if (!FORM.matcher(s).matches()) {
            return new Text.Result(null, "must be letters and digits in groups joined by single -, _ or . "
                    + "(no spaces, no leading or trailing punctuation)");
        }
        return new Text.Result(s, null);
    }
}
