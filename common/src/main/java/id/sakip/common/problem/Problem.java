package id.sakip.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details. {@code type} is a stable URI naming the problem, {@code errors} lists
 * the offending fields for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://sakip.id/problems/validation") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "422") int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://sakip.id/problems/";

    /** One offending field: a JSON path such as {@code items[2].annualTarget} and what is wrong with it. */
    @Schema(name = "FieldError", description = "One offending field and what is wrong with it")
    public record FieldError(@Schema(example = "items[0].annualTarget") String field,
            @Schema(example = "must not be null") String message) {
    }
}
