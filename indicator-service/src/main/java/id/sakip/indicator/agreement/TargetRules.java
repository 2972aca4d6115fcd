package id.sakip.indicator.agreement;

import id.sakip.common.problem.Problem;
import id.sakip.indicator.indicator.IndicatorEnums;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Consistency of quarterly targets with the annual target under the indicator's aggregation rule:
 * kumulatif: the quarters add up to the annual target; posisi akhir: Q4 equals it; rata-rata: the
 * average of the quarters equals it (to 2 decimals).
 */
public final class TargetRules {
    private TargetRules() {
    }

    /** @return the problem with this item's targets, or null when they are consistent */
    public static Problem.FieldError check(String field, IndicatorEnums.Aggregation aggregation, BigDecimal annual,
            List<BigDecimal> quarters) {
        if (annual.signum() < 0 || quarters.stream().anyMatch(q -> q.signum() < 0)) {
            return new Problem.FieldError(field, "targets must not be negative");
        }
        return switch (aggregation) {
            case CUMULATIVE -> {
                BigDecimal sum = quarters.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                yield sum.compareTo(annual) == 0 ? null
                        : new Problem.FieldError(field, "quarterly targets of a cumulative indicator add up to "
                                + sum.stripTrailingZeros().toPlainString() + ", not the annual target "
                                + annual.stripTrailingZeros().toPlainString());
            }
            case LAST -> quarters.get(3).compareTo(annual) == 0 ? null
                    : new Problem.FieldError(field, "the Q4 target of a last-value indicator must equal the annual target "
                            + annual.stripTrailingZeros().toPlainString());
            case AVERAGE -> {
                BigDecimal avg = quarters.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(quarters.size()), 2, RoundingMode.HALF_UP);
                yield avg.compareTo(annual.setScale(2, RoundingMode.HALF_UP)) == 0 ? null
                        : new Problem.FieldError(field, "the quarterly targets of an average indicator average "
                                + avg.stripTrailingZeros().toPlainString() + ", not the annual target "
                                + annual.stripTrailingZeros().toPlainString());
            }
        };
    }
}
