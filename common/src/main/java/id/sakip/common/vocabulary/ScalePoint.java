package id.sakip.common.vocabulary;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a predicate scale, e.g. WTP = 4. */
@Schema(description = "One label of a predicate scale and the number it counts as")
public record ScalePoint(String label, BigDecimal value) {
}
