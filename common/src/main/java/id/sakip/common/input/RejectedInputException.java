package id.sakip.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that is well-formed JSON but breaks an input rule ({@link Text}, {@link Numbers}); Jackson
 * adds the path of the field, and the problem mapper answers 422 naming it.
 */
public class RejectedInputException extends JsonMappingException {
    private final String rule;

    public RejectedInputException(JsonParser parser, String rule) {
        super(parser, rule);
        this.rule = rule;
    }

    /** What is wrong, without the field (the path names it). */
    public String rule() {
        return rule;
    }
}
