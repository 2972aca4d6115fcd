package id.sakip.indicator.agreement;

import id.sakip.common.problem.Problem;
import id.sakip.common.vocabulary.Aggregation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Consistency of period targets (quarters or months) with the annual target under the indicator's
 * aggregation rule: kumulatif: they add up to the annual target; posisi akhir: the last period's
 * equals it; rata-rata: their average equals it (to 2 decimals).
 */
public final class TargetRules {
    private TargetRules() {
    }

    /**
     * @param periods the targets of the quarters (4) or months (12) in order
     * @return the problem with this item's targets, or null when they are consistent
     */
    public static Problem.FieldError check(String field, Aggregation aggregation, BigDecimal annual,
            List<BigDecimal> periods) {
        if (annual.signum() < 0 || periods.stream().anyMatch(q -> q.signum() < 0)) {
            return new Problem.FieldError(field, "targets must not be negative");
        }
        return switch (aggregation) {
            case CUMULATIVE -> {
                BigDecimal sum = periods.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                yield sum.compareTo(annual) == 0 ? null
                        : new Problem.FieldError(field, "the period targets of a cumulative indicator add up to "
                                + sum.stripTrailingZeros().toPlainString() + ", not the annual target "
                                + annual.stripTrailingZeros().toPlainString());
            }
            case LAST -> periods.get(periods.size() - 1).compareTo(annual) == 0 ? null
                    : new Problem.FieldError(field, "the last period's target of a last-value indicator must equal the "
                            + "annual target " + annual.stripTrailingZeros().toPlainString());
            case AVERAGE -> {
                BigDecimal avg = periods.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(periods.size()), 2, RoundingMode.HALF_UP);
                yield avg.compareTo(annual.setScale(2, RoundingMode.HALF_UP)) == 0 ? null
                        : new Problem.FieldError(field, "the period targets of an average indicator average "
                                + avg.stripTrailingZeros().toPlainString() + ", not the annual target "
                                + annual.stripTrailingZeros().toPlainString());
            }
        };
    }

    /**
     * A RANGE indicator gives an upper bound for its annual target and for every period target (the
     * usual targets are the lower bounds); the bounds follow the same aggregation rule and no upper
     * bound lies below its lower bound. Other indicators give no upper bounds.
     */
    public static List<Problem.FieldError> checkRange(String field, boolean range, Aggregation aggregation,
            boolean monthly, AgreementDtos.ItemInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!range) {
            if (in.annualTargetUpper() != null || in.quarterTargetsUpper() != null || in.monthTargetsUpper() != null) {
                errors.add(new Problem.FieldError(field + ".annualTargetUpper", "only RANGE indicators have upper bounds"));
            }
            return errors;
        }
        if (in.annualTargetUpper() == null || in.quarterTargetsUpper() == null || (monthly && in.monthTargetsUpper() == null)) {
            errors.add(new Problem.FieldError(field + ".annualTargetUpper", "a RANGE indicator needs the upper bound of "
                    + "its annual target and of every " + (monthly ? "month" : "quarter")));
            return errors;
        }
        boolean belowLower = in.annualTargetUpper().compareTo(in.annualTarget()) < 0;
        for (int q = 0; q < 4; q++) {
            belowLower |= in.quarterTargetsUpper().get(q).compareTo(in.quarterTargets().get(q)) < 0;
        }
        if (belowLower) {
            errors.add(new Problem.FieldError(field + ".quarterTargetsUpper", "an upper bound lies below its lower bound"));
        }
        Problem.FieldError upper = check(field + ".quarterTargetsUpper", aggregation, in.annualTargetUpper(),
                in.quarterTargetsUpper());
        if (upper != null) {
            errors.add(upper);
        }
        if (monthly) {
            Problem.FieldError months = check(field + ".monthTargetsUpper", aggregation, in.annualTargetUpper(),
                    in.monthTargetsUpper());
            if (months != null) {
                errors.add(months);
            }
        }
        return errors;
    }
}
