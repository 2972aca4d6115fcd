package id.sakip.indicator.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.common.problem.Problem;
import id.sakip.common.vocabulary.Aggregation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetRulesTest {

    private static List<BigDecimal> periods(String s) {
        return Arrays.stream(s.split(" ")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0} annual {1} periods [{2}] consistent={3}")
    @CsvSource({
        // kumulatif: the periods add up to the annual target
        "CUMULATIVE, 100, 25 25 25 25, true",
        "CUMULATIVE, 100, 25 25 25 20, false",
        "CUMULATIVE, 12, 1 1 1 1 1 1 1 1 1 1 1 1, true",
        "CUMULATIVE, 12, 1 1 1 1 1 1 1 1 1 1 1 2, false",
        "CUMULATIVE, 10.5, 2.5 2.5 2.5 3.0, true",
        // posisi akhir: the last period equals the annual target, whatever came before
        "LAST, 90, 60 70 80 90, true",
        "LAST, 90, 90 90 90 85, false",
        "LAST, 100, 10 20 30 40 50 60 70 80 90 95 98 100, true",
        // rata-rata: the average of the periods equals the annual target (2 decimals)
        "AVERAGE, 82, 80 82 83 83, true",
        "AVERAGE, 82, 80 82 83 84, false",
        "AVERAGE, 3.33, 3 3 4 4, false",
        "AVERAGE, 3.33, 3 3 4 3.33, true", // 13.33 / 4 = 3.3325, which is 3.33 to 2 decimals
        "AVERAGE, 3.33, 3.33 3.33 3.33 3.33, true",
    })
    void periodTargetsMustMatchTheAnnualTargetUnderTheAggregation(Aggregation aggregation, String annual,
            String targets, boolean consistent) {
        Problem.FieldError error = TargetRules.check("items[0].quarterTargets", aggregation, new BigDecimal(annual),
                periods(targets));
        assertThat(error == null).isEqualTo(consistent);
        if (error != null) {
            assertThat(error.field()).isEqualTo("items[0].quarterTargets");
        }
    }

    @org.junit.jupiter.api.Test
    void negativeTargetsAreRejected() {
        assertThat(TargetRules.check("f", Aggregation.CUMULATIVE, BigDecimal.ONE, periods("-1 1 1 0"))).isNotNull();
    }
}
