package id.sakip.measurement.capaian;

import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Polarity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The capaian engine: plain Java, no framework, every rule decided and documented here.
 *
 * <p><b>Arithmetic.</b> BigDecimal throughout; intermediate quotients at 10 decimals, every
 * capaian and average rounded once to 2 decimals HALF_UP. No floating point.
 *
 * <p><b>Edge cases.</b> A realisasi that is not reported (null) has no capaian and is never read as
 * zero; averages and roll-ups leave it out and count it as not achieved. A target of 0:
 * higher-is-better scores 100 when realisasi ≥ 0; lower-is-better scores 100 when realisasi is 0,
 * else 0 (no ratio exists). Lower-is-better with realisasi 0 and a positive target scores 200 with
 * the official formula (twice the target's worth), 100 with REDUCTION, and the cap (or 100) with
 * RATIO. A negative result is floored at 0; a result above the agency's cap is cut to it.
 * A target range scores 100 inside [lower, upper] (bounds included), higher-is-better against the
 * lower bound below it and lower-is-better against the upper bound above it. A predicate
 * (e.g. WTP/WDP/TW/TMP) is scored through its numeric mapping.
 */
public final class CapaianEngine {
    static final int SCALE = 2;
    static final int WORK_SCALE = 10;
    private final CapaianSettings settings;

    public CapaianEngine(CapaianSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public static final CapaianEngine DEFAULT = new CapaianEngine(CapaianSettings.DEFAULT);

    public CapaianSettings settings() {
        return settings;
    }

    /** Capaian of a value against a single target (higher- or lower-is-better). */
    public BigDecimal score(Polarity polarity, BigDecimal target, BigDecimal realisasi) {
        if (polarity == Polarity.RANGE) {
            throw new IllegalArgumentException("a target range needs both bounds: use scoreRange");
        }
        if (realisasi == null || target == null) {
            return null;
        }
        BigDecimal raw;
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            raw = target.signum() == 0 ? Capaian.HUNDRED : ratio(realisasi, target);
        } else if (target.signum() == 0) {
            raw = realisasi.signum() == 0 ? Capaian.HUNDRED : BigDecimal.ZERO;
        } else {
            raw = switch (settings.lowerIsBetter()) {
                case OFFICIAL -> ratio(target.multiply(BigDecimal.valueOf(2)).subtract(realisasi), target);
                case REDUCTION -> ratio(target.subtract(realisasi), target);
                case RATIO -> realisasi.signum() == 0 ? (settings.cap() == null ? Capaian.HUNDRED : settings.cap())
                        : ratio(target, realisasi);
            };
        }
        return bound(raw);
    }

    /** Capaian against a target range [lower, upper]. */
    public BigDecimal scoreRange(BigDecimal lower, BigDecimal upper, BigDecimal realisasi) {
        if (realisasi == null || lower == null || upper == null) {
            return null;
        }
        if (upper.compareTo(lower) < 0) {
            throw new IllegalArgumentException("upper bound below lower bound");
        }
        if (realisasi.compareTo(lower) < 0) {
            return score(Polarity.HIGHER_IS_BETTER, lower, realisasi);
        }
        if (realisasi.compareTo(upper) > 0) {
            return new CapaianEngine(settings.withLowerIsBetter(CapaianSettings.LowerIsBetter.OFFICIAL))
                    .score(Polarity.LOWER_IS_BETTER, upper, realisasi);
        }
        return bound(Capaian.HUNDRED);
    }

    /** Capaian of a predicate (e.g. an audit opinion) through the indicator's label → number scale. */
    public BigDecimal scorePredicate(Polarity polarity, Map<String, BigDecimal> scale, String target,
            String realisasi) {
        if (realisasi == null) {
            return null;
        }
        BigDecimal t = scale.get(target);
        BigDecimal r = scale.get(realisasi);
        if (t == null || r == null) {
            throw new IllegalArgumentException("'" + (t == null ? target : realisasi) + "' is not on the scale " + scale.keySet());
        }
        return score(polarity, t, r);
    }

    /** The band of a capaian, or null when there is none. */
    public String category(BigDecimal capaian) {
        if (capaian == null) {
            return null;
        }
        for (CapaianSettings.Band b : settings.bands()) {
            if (capaian.compareTo(b.minimum()) >= 0) {
                return b.category();
            }
        }
        return settings.bands().get(settings.bands().size() - 1).category();
    }

    /** The SOP's success criterion: achieved when capaian ≥ 100. */
    public static boolean achieved(BigDecimal capaian) {
        return capaian != null && capaian.compareTo(Capaian.HUNDRED) >= 0;
    }

    /** Average of the values that exist, 2 decimals HALF_UP; null when none does. */
    public static BigDecimal average(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * An indicator measured for a period: against the period's target, and to date against the
     * annual target (kumulatif: sum of reported values; rata-rata: their average; posisi akhir: the
     * latest reported value).
     *
     * @param values  realisasi per period of the year up to and including the period (null = not reported)
     * @param targets target per period of the year (all periods)
     */
    public IndicatorResult indicator(Polarity polarity, Aggregation aggregation, BigDecimal annualTarget,
            List<BigDecimal> targets, List<BigDecimal> values) {
        int period = values.size() - 1;
        BigDecimal periodValue = values.get(period);
        BigDecimal periodCapaian = score(polarity, targets.get(period), periodValue);
        BigDecimal toDate = aggregation.toDate(values, WORK_SCALE);
        BigDecimal targetToDate = aggregation.toDate(targets.subList(0, values.size()), WORK_SCALE);
        BigDecimal capaianToDate = score(polarity, targetToDate, toDate);
        BigDecimal capaianYear = score(polarity, annualTarget, toDate);
        return new IndicatorResult(periodValue, periodCapaian, category(periodCapaian), achieved(periodCapaian), toDate,
                targetToDate, capaianToDate, capaianYear);
    }

    /** As {@link #indicator}, for a target range: targets are lower bounds, {@code upper...} the upper bounds. */
    public IndicatorResult indicatorRange(Aggregation aggregation, BigDecimal annualLower, BigDecimal annualUpper,
            List<BigDecimal> lowers, List<BigDecimal> uppers, List<BigDecimal> values) {
        int period = values.size() - 1;
        BigDecimal periodValue = values.get(period);
        BigDecimal periodCapaian = scoreRange(lowers.get(period), uppers.get(period), periodValue);
        BigDecimal toDate = aggregation.toDate(values, WORK_SCALE);
        BigDecimal lowerToDate = aggregation.toDate(lowers.subList(0, values.size()), WORK_SCALE);
        BigDecimal upperToDate = aggregation.toDate(uppers.subList(0, values.size()), WORK_SCALE);
        return new IndicatorResult(periodValue, periodCapaian, category(periodCapaian), achieved(periodCapaian), toDate,
                lowerToDate, scoreRange(lowerToDate, upperToDate, toDate), scoreRange(annualLower, annualUpper, toDate));
    }

    /**
     * @param realisasi       the period's value
     * @param capaian         against the period's target
     * @param realisasiToDate the year's value so far by the aggregation rule
     * @param targetToDate    the targets so far by the same rule
     * @param capaianToDate   realisasi to date against the target to date
     * @param capaianOfYear   realisasi to date against the annual target (how much of the year's goal is reached)
     */
    public record IndicatorResult(BigDecimal realisasi, BigDecimal capaian, String category, boolean achieved,
            BigDecimal realisasiToDate, BigDecimal targetToDate, BigDecimal capaianToDate, BigDecimal capaianOfYear) {
    }

    /** A node of the roll-up tree: an indicator (leaf, with its capaian) or a sasaran, tujuan or agency. */
    public record Node(String code, BigDecimal capaian, List<Node> children) {
        public static Node indicator(String code, BigDecimal capaian) {
            return new Node(code, capaian, List.of());
        }

        public static Node of(String code, Node... children) {
            return new Node(code, null, List.of(children));
        }
    }

    /** A rolled-up node: its capaian, category and the count of indicators achieved and not achieved below it. */
    public record RolledUp(String code, BigDecimal capaian, String category, int achieved, int notAchieved,
            List<RolledUp> children) {
    }

    /** Rolls capaian up the tree: sasaran from its indicators, tujuan from its sasaran, agency from its tujuan. */
    public RolledUp rollUp(Node node) {
        if (node.children().isEmpty()) {
            boolean ok = achieved(node.capaian());
            return new RolledUp(node.code(), node.capaian(), category(node.capaian()), ok ? 1 : 0, ok ? 0 : 1, List.of());
        }
        List<RolledUp> children = node.children().stream().map(this::rollUp).toList();
        BigDecimal capaian = settings.rollUp() == CapaianSettings.RollUp.AVERAGE_OF_CHILDREN
                ? average(children.stream().map(RolledUp::capaian).toList())
                : average(leaves(node));
        return new RolledUp(node.code(), capaian, category(capaian),
                children.stream().mapToInt(RolledUp::achieved).sum(),
                children.stream().mapToInt(RolledUp::notAchieved).sum(), children);
    }

    private static List<BigDecimal> leaves(Node node) {
        if (node.children().isEmpty()) {
            return Collections.singletonList(node.capaian());
        }
        List<BigDecimal> out = new ArrayList<>();
        node.children().forEach(c -> out.addAll(leaves(c)));
        return out;
    }

    /**
     * How far along the Renstra the value is: (realisasi − baseline) / (end target − baseline) × 100,
     * which works for both directions (a falling target has a negative denominator). Null when the
     * end target equals the baseline or a value is missing. Not floored or capped: a value behind the
     * baseline shows as negative.
     */
    public static BigDecimal planProgress(BigDecimal baseline, BigDecimal endTarget, BigDecimal realisasi) {
        if (baseline == null || endTarget == null || realisasi == null || endTarget.compareTo(baseline) == 0) {
            return null;
        }
        return realisasi.subtract(baseline).multiply(Capaian.HUNDRED)
                .divide(endTarget.subtract(baseline), SCALE, RoundingMode.HALF_UP);
    }

    /** Change against the same period of an earlier year, in capaian points (null when either is missing). */
    public static BigDecimal change(BigDecimal earlier, BigDecimal now) {
        return earlier == null || now == null ? null : now.subtract(earlier).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Year-end projection from the reported periods: kumulatif extends the average per reported
     * period to all periods; rata-rata keeps the average so far; posisi akhir extends the least-squares
     * line through the reported values to the last period. Null with nothing reported (and for
     * posisi akhir with fewer than two reported periods, the last value).
     */
    public static BigDecimal projectYearEnd(Aggregation aggregation, List<BigDecimal> values, int periodsInYear) {
        List<Integer> xs = new ArrayList<>();
        List<BigDecimal> ys = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                xs.add(i + 1);
                ys.add(values.get(i));
            }
        }
        if (ys.isEmpty()) {
            return null;
        }
        return switch (aggregation) {
            case CUMULATIVE -> ys.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .multiply(BigDecimal.valueOf(periodsInYear))
                    .divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
            case AVERAGE -> average(ys);
            case LAST -> {
                if (ys.size() < 2) {
                    yield ys.get(0).setScale(SCALE, RoundingMode.HALF_UP);
                }
                BigDecimal n = BigDecimal.valueOf(ys.size());
                BigDecimal sx = xs.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal sy = ys.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal sxy = BigDecimal.ZERO;
                BigDecimal sxx = BigDecimal.ZERO;
                for (int i = 0; i < ys.size(); i++) {
                    BigDecimal x = BigDecimal.valueOf(xs.get(i));
                    sxy = sxy.add(x.multiply(ys.get(i)));
                    sxx = sxx.add(x.multiply(x));
                }
                BigDecimal slope = n.multiply(sxy).subtract(sx.multiply(sy))
                        .divide(n.multiply(sxx).subtract(sx.multiply(sx)), WORK_SCALE, RoundingMode.HALF_UP);
                BigDecimal intercept = sy.subtract(slope.multiply(sx)).divide(n, WORK_SCALE, RoundingMode.HALF_UP);
                yield intercept.add(slope.multiply(BigDecimal.valueOf(periodsInYear))).setScale(SCALE, RoundingMode.HALF_UP);
            }
        };
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(Capaian.HUNDRED).divide(denominator, WORK_SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal bound(BigDecimal raw) {
        BigDecimal v = raw.signum() < 0 ? BigDecimal.ZERO : raw;
        if (settings.cap() != null && v.compareTo(settings.cap()) > 0) {
            v = settings.cap();
        }
        return v.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
