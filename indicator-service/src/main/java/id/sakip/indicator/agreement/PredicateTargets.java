package id.sakip.indicator.agreement;

import id.sakip.common.problem.Problem;
import id.sakip.common.vocabulary.PredicateScale;
import id.sakip.indicator.indicator.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An item's targets as numbers: a predicate indicator's labels become the numbers they count as, and
 * its numbers must be on its scale; an indicator without a scale takes no labels. Every target an
 * item must have is there.
 */
final class PredicateTargets {
    private PredicateTargets() {
    }

    /** The item with numeric targets, or null when {@code errors} got a problem of it. */
    static AgreementDtos.ItemInput resolve(String field, Indicator ind, AgreementDtos.ItemInput in,
            List<Problem.FieldError> errors) {
        Optional<PredicateScale> scale = PredicateScale.of(ind.predicateScale);
        int before = errors.size();
        if (scale.isEmpty()) {
            if (in.annualTargetLabel() != null || in.quarterTargetLabels() != null || in.monthTargetLabels() != null) {
                errors.add(new Problem.FieldError(field + ".annualTargetLabel", ind.code
                        + " has no predicate scale: its targets are numbers"));
            }
        }
        BigDecimal annual = one(field + ".annualTarget", scale, in.annualTarget(), in.annualTargetLabel(), errors);
        List<BigDecimal> quarters = many(field + ".quarterTargets", scale, in.quarterTargets(), in.quarterTargetLabels(),
                errors, true);
        List<BigDecimal> months = many(field + ".monthTargets", scale, in.monthTargets(), in.monthTargetLabels(),
                errors, false);
        if (errors.size() > before) {
            return null;
        }
        return new AgreementDtos.ItemInput(in.indicatorId(), annual, quarters, months, in.annualTargetUpper(),
                in.quarterTargetsUpper(), in.monthTargetsUpper());
    }

    private static BigDecimal one(String field, Optional<PredicateScale> scale, BigDecimal number, String label,
            List<Problem.FieldError> errors) {
        if (label != null && scale.isPresent()) {
            Optional<BigDecimal> v = scale.get().valueOf(label);
            if (v.isEmpty()) {
                errors.add(new Problem.FieldError(field + "Label", "'" + label + "' is not on the scale "
                        + scale.get().describe()));
                return null;
            }
            if (number != null && number.compareTo(v.get()) != 0) {
                errors.add(new Problem.FieldError(field, "is " + number.toPlainString() + " but its label " + label
                        + " counts as " + v.get().toPlainString()));
            }
            return v.get();
        }
        if (number == null) {
            errors.add(new Problem.FieldError(field, scale.isPresent() ? "is required (a number or a label of the scale)"
                    : "is required"));
            return null;
        }
        if (scale.isPresent() && !scale.get().contains(number)) {
            errors.add(new Problem.FieldError(field, number.toPlainString() + " is not on the scale " + scale.get().describe()));
        }
        return number;
    }

    private static List<BigDecimal> many(String field, Optional<PredicateScale> scale, List<BigDecimal> numbers,
            List<String> labels, List<Problem.FieldError> errors, boolean required) {
        int size = labels != null ? labels.size() : numbers != null ? numbers.size() : 0;
        if (labels == null && numbers == null) {
            if (required) {
                errors.add(new Problem.FieldError(field, "are required"));
            }
            return null;
        }
        if (labels != null && numbers != null && labels.size() != numbers.size()) {
            errors.add(new Problem.FieldError(field, "and their labels differ in number"));
            return null;
        }
        List<BigDecimal> out = new ArrayList<>();
        for (int q = 0; q < size; q++) {
            out.add(one(field + "[" + q + "]", scale, numbers == null ? null : numbers.get(q),
                    labels == null || scale.isEmpty() ? null : labels.get(q), errors));
        }
        return out;
    }
}
