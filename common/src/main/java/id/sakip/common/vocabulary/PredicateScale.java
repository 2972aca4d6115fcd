package id.sakip.common.vocabulary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A predicate indicator's scale (skala predikat), e.g. the audit opinion WTP = 4, WDP = 3, TW = 2,
 * TMP = 1: targets and realisasi are labels of the scale, stored and scored as the numbers they
 * count as. A number off the scale, or an unknown label, is not a value of the indicator.
 */
public record PredicateScale(List<ScalePoint> points) {

    /** The scale, or empty for an indicator without one. */
    public static Optional<PredicateScale> of(List<ScalePoint> points) {
        return points == null || points.isEmpty() ? Optional.empty() : Optional.of(new PredicateScale(List.copyOf(points)));
    }

    /** The number a label counts as (labels compare without regard to case and surrounding spaces). */
    public Optional<BigDecimal> valueOf(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.strip().toUpperCase(Locale.ROOT);
        return points.stream().filter(p -> p.label().strip().toUpperCase(Locale.ROOT).equals(wanted))
                .map(ScalePoint::value).findFirst();
    }

    /** The label of a number on the scale. */
    public Optional<String> labelOf(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        return points.stream().filter(p -> p.value().compareTo(value) == 0).map(ScalePoint::label).findFirst();
    }

    public boolean contains(BigDecimal value) {
        return labelOf(value).isPresent();
    }

    /** "WTP = 4, WDP = 3, TW = 2, TMP = 1", for messages. */
    public String describe() {
        return points.stream().map(p -> p.label() + " = " + p.value().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }

    /** The label of {@code value} on the scale of {@code points}, or null (no scale, or off it). */
    public static String label(List<ScalePoint> points, BigDecimal value) {
        return of(points).flatMap(s -> s.labelOf(value)).orElse(null);
    }
}
