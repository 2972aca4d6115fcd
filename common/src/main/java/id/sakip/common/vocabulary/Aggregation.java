package id.sakip.common.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** How an indicator's period values combine over the year: kumulatif, rata-rata, posisi akhir. */
public enum Aggregation {
    /** kumulatif: the sum of the reported periods. */
    CUMULATIVE,
    /** rata-rata: the average of the reported periods. */
    AVERAGE,
    /** posisi akhir: the latest reported value. */
    LAST;

    /** The value to date of the periods so far (unreported ones skipped), an average to {@code scale} decimals; null when none is reported. */
    public BigDecimal toDate(List<BigDecimal> values, int scale) {
        List<BigDecimal> reported = values.stream().filter(Objects::nonNull).toList();
        if (reported.isEmpty()) {
            return null;
        }
        return switch (this) {
            case CUMULATIVE -> reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(reported.size()), scale, RoundingMode.HALF_UP).stripTrailingZeros();
            case LAST -> reported.get(reported.size() - 1);
        };
    }
}
