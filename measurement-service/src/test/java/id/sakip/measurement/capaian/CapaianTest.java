package id.sakip.measurement.capaian;

import static id.sakip.common.vocabulary.Polarity.HIGHER_IS_BETTER;
import static id.sakip.common.vocabulary.Polarity.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapaianTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @ParameterizedTest(name = "higher-is-better target {0} realisasi {1} = {2}")
    @CsvSource({ "80, 80, 100.00", "80, 60, 75.00", "80, 100, 125.00", "3, 1, 33.33", "3, 2, 66.67", "0.5, 0.25, 50.00" })
    void higherIsBetterIsRealisasiOverTarget(String target, String realisasi, String expected) {
        assertThat(Capaian.of(HIGHER_IS_BETTER, bd(target), bd(realisasi))).isEqualTo(bd(expected));
    }

    @ParameterizedTest(name = "lower-is-better target {0} realisasi {1} = {2}")
    @CsvSource({ "10, 10, 100.00", "10, 8, 120.00", "10, 12, 80.00", "10, 25, 0.00", "3, 2, 133.33" })
    void lowerIsBetterUsesTheOfficialFormula(String target, String realisasi, String expected) {
        assertThat(Capaian.of(LOWER_IS_BETTER, bd(target), bd(realisasi))).isEqualTo(bd(expected));
    }

    @ParameterizedTest(name = "range [{0}, {1}] realisasi {2} = {3}")
    @CsvSource({
        "2, 4, 3, 100.00",     // inside
        "2, 4, 2, 100.00",     // on the lower bound
        "2, 4, 4, 100.00",     // on the upper bound
        "2, 4, 1, 50.00",      // below: 1 / 2 x 100
        "2, 4, 5, 75.00",      // above: (2 x 4 - 5) / 4 x 100
        "2, 4, 9, 0.00",       // far above: (8 - 9) / 4 < 0, floored at 0
    })
    void aTargetRangeScoresAHundredInsideAndAgainstTheNearerBoundOutside(String lower, String upper, String realisasi,
            String expected) {
        assertThat(Capaian.ofRange(bd(lower), bd(upper), bd(realisasi))).isEqualTo(bd(expected));
    }

    @Test
    void notReportedIsNotZero() {
        assertThat(Capaian.ofRange(bd("2"), bd("4"), null)).isNull();
        assertThat(Capaian.of(HIGHER_IS_BETTER, bd("80"), null)).isNull();
        assertThat(Capaian.achieved(null)).isFalse();
        assertThat(Capaian.category(null)).isNull();
    }

    @Test
    void aZeroTargetHasADefinedResult() {
        assertThat(Capaian.of(HIGHER_IS_BETTER, BigDecimal.ZERO, bd("3"))).isEqualTo(bd("100.00"));
        assertThat(Capaian.of(LOWER_IS_BETTER, BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(bd("100.00"));
        assertThat(Capaian.of(LOWER_IS_BETTER, BigDecimal.ZERO, bd("1"))).isEqualTo(bd("0.00"));
    }

    @Test
    void achievedMeansAtLeastAHundredPercent() {
        assertThat(Capaian.achieved(bd("100.00"))).isTrue();
        assertThat(Capaian.achieved(bd("99.99"))).isFalse();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "120, SANGAT_TINGGI", "91, SANGAT_TINGGI", "90.99, TINGGI", "76, TINGGI", "75.99, SEDANG", "66, SEDANG",
        "65.5, RENDAH", "51, RENDAH", "50.99, SANGAT_RENDAH", "0, SANGAT_RENDAH" })
    void categoriesFollowTheDefaultBands(String capaian, String category) {
        assertThat(Capaian.category(bd(capaian))).isEqualTo(category);
    }
}
