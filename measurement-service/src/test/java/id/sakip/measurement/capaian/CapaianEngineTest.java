package id.sakip.measurement.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.measurement.capaian.CapaianEngine.IndicatorResult;
import id.sakip.measurement.capaian.CapaianEngine.Node;
import id.sakip.measurement.capaian.CapaianEngine.RolledUp;
import id.sakip.measurement.capaian.CapaianSettings.LowerIsBetter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven tests of the engine; every expected value is worked out by hand in the comments. */
class CapaianEngineTest {
    private static final CapaianEngine ENGINE = CapaianEngine.DEFAULT;

    private static BigDecimal bd(String s) {
        return s == null || s.equals("-") ? null : new BigDecimal(s);
    }

    private static List<BigDecimal> list(String s) {
        return Arrays.stream(s.trim().split(" ")).map(CapaianEngineTest::bd).toList();
    }

    /**
     * Every polarity × aggregation, measured in Q2 (two quarters reported). Columns: polarity,
     * aggregation, annual target, quarterly targets, Q1..Q2 values, then expected: capaian of Q2
     * against its target, realisasi to date, target to date, capaian to date, capaian against the year.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // Q2: 30/25 = 120.00; to date 20+30 = 50 vs 15+25 = 40 -> 125.00; vs annual 100 -> 50.00
        "HIGHER_IS_BETTER | CUMULATIVE | 100 | 15 25 30 30 | 20 30 | 120.00 | 50  | 40 | 125.00 | 50.00",
        // Q2: 84/82 = 102.44 (102.439..); to date avg(80, 84) = 82 vs avg(80, 82) = 81 -> 101.23 (101.234..); vs 82 -> 100.00
        "HIGHER_IS_BETTER | AVERAGE    | 82  | 80 82 83 83 | 80 84 | 102.44 | 82  | 81 | 101.23 | 100.00",
        // Q2: 45/50 = 90.00; to date latest 45 vs Q2 target 50 -> 90.00; vs annual 90 -> 50.00
        "HIGHER_IS_BETTER | LAST       | 90  | 25 50 75 90 | 20 45 | 90.00  | 45  | 50 | 90.00  | 50.00",
        // Q2: (2x3-2)/3 = 133.33; to date 5+2 = 7 vs 3+3 = 6 -> (12-7)/6 = 83.33; vs 12 -> (24-7)/12 = 141.67
        "LOWER_IS_BETTER  | CUMULATIVE | 12  | 3 3 3 3     | 5 2   | 133.33 | 7   | 6  | 83.33  | 141.67",
        // Q2: (2x10-12)/10 = 80.00; to date avg(8, 12) = 10 vs 10 -> 100.00; vs annual 9 -> (18-10)/9 = 88.89
        "LOWER_IS_BETTER  | AVERAGE    | 9   | 10 10 8 8   | 8 12  | 80.00  | 10  | 10 | 100.00 | 88.89",
        // Q2: (2x4-3)/4 = 125.00; to date latest 3 vs Q2 target 4 -> 125.00; vs annual 2 -> (4-3)/2 = 50.00
        "LOWER_IS_BETTER  | LAST       | 2   | 5 4 3 2     | 6 3   | 125.00 | 3   | 4  | 125.00 | 50.00",
    })
    void polarityTimesAggregation(Polarity polarity, Aggregation aggregation, String annual, String targets,
            String values, String capaian, String toDate, String targetToDate, String capaianToDate, String ofYear) {
        IndicatorResult r = ENGINE.indicator(polarity, aggregation, bd(annual), list(targets), list(values));
        assertThat(r.capaian()).isEqualTo(bd(capaian));
        assertThat(r.realisasiToDate()).isEqualByComparingTo(bd(toDate));
        assertThat(r.targetToDate()).isEqualByComparingTo(bd(targetToDate));
        assertThat(r.capaianToDate()).isEqualTo(bd(capaianToDate));
        assertThat(r.capaianOfYear()).isEqualTo(bd(ofYear));
        assertThat(r.achieved()).isEqualTo(r.capaian().compareTo(Capaian.HUNDRED) >= 0);
    }

    @ParameterizedTest(name = "RANGE {0}")
    @CsvSource(delimiter = '|', value = {
        // range [2,4] each quarter; Q2 value 5 is above: (2x4-5)/4 = 75.00; to date 3+5 = 8 vs [2+2, 4+4] = [4, 8]
        // -> on the upper bound, 100.00; vs annual [8, 16] -> on the lower bound, 100.00
        "CUMULATIVE | 8 16 | 2 2 2 2 | 4 4 4 4 | 3 5 | 75.00  | 100.00 | 100.00",
        // Q2 value 1 below 2: 1/2 = 50.00; to date avg(3, 1) = 2 vs [2, 4] -> 100.00; vs annual [2, 4] -> 100.00
        "AVERAGE    | 2 4  | 2 2 2 2 | 4 4 4 4 | 3 1 | 50.00  | 100.00 | 100.00",
        // Q2 value 3 inside [2, 4] -> 100.00; to date latest 3 -> 100.00; vs annual [2.5, 3.5] -> 100.00
        "LAST       | 2.5 3.5 | 2 2 2 2.5 | 4 4 4 3.5 | 9 3 | 100.00 | 100.00 | 100.00",
    })
    void targetRangeTimesAggregation(Aggregation aggregation, String annual, String lowers, String uppers, String values,
            String capaian, String capaianToDate, String ofYear) {
        List<BigDecimal> bounds = list(annual);
        IndicatorResult r = ENGINE.indicatorRange(aggregation, bounds.get(0), bounds.get(1), list(lowers), list(uppers),
                list(values));
        assertThat(r.capaian()).isEqualTo(bd(capaian));
        assertThat(r.capaianToDate()).isEqualTo(bd(capaianToDate));
        assertThat(r.capaianOfYear()).isEqualTo(bd(ofYear));
    }

    @Test
    void cumulativeRangeAgainstTheYear() {
        // annual range [16, 32]; to date 3+5 = 8 is below 16: 8/16 = 50.00
        IndicatorResult r = ENGINE.indicatorRange(Aggregation.CUMULATIVE, bd("16"), bd("32"), list("4 4 4 4"),
                list("8 8 8 8"), list("3 5"));
        assertThat(r.capaianOfYear()).isEqualTo(bd("50.00"));
    }

    @ParameterizedTest(name = "{0}: target {1} realisasi {2} = {3}")
    @CsvSource({
        // target 0: higher-is-better has no ratio, any non-negative value meets it
        "target 0 higher, HIGHER_IS_BETTER, 0, 5, 100.00",
        // target 0, lower-is-better: only 0 meets it
        "target 0 lower met, LOWER_IS_BETTER, 0, 0, 100.00",
        "target 0 lower missed, LOWER_IS_BETTER, 0, 1, 0.00",
        // realisasi 0, lower-is-better, official: (2x5-0)/5 = 200.00
        "realisasi 0 lower, LOWER_IS_BETTER, 5, 0, 200.00",
        // below 0 is floored: (2x5-12)/5 = -40 -> 0.00
        "floored at 0, LOWER_IS_BETTER, 5, 12, 0.00",
        // far above target, no cap: 300/100 = 300.00
        "no cap, HIGHER_IS_BETTER, 100, 300, 300.00",
        // rounding HALF_UP at 2 decimals: 2/3 = 66.666.. -> 66.67; 1/8 = 12.5 exactly
        "rounding up, HIGHER_IS_BETTER, 3, 2, 66.67",
        "exact half, HIGHER_IS_BETTER, 8, 1, 12.50",
        // 0.1 + 0.2 style decimals stay exact: 0.3/0.3 = 100.00
        "decimals, HIGHER_IS_BETTER, 0.3, 0.30, 100.00",
    })
    void edgeCases(String name, Polarity polarity, String target, String realisasi, String expected) {
        assertThat(ENGINE.score(polarity, bd(target), bd(realisasi))).isEqualTo(bd(expected));
    }

    @Test
    void notReportedIsNotZero() {
        assertThat(ENGINE.score(Polarity.HIGHER_IS_BETTER, bd("80"), null)).isNull();
        // to date leaves the unreported quarter out: avg(80, -, 84) = 82, not 54.67
        IndicatorResult r = ENGINE.indicator(Polarity.HIGHER_IS_BETTER, Aggregation.AVERAGE, bd("82"),
                list("80 82 83 83"), Arrays.asList(bd("80"), null, bd("84")));
        assertThat(r.realisasiToDate()).isEqualByComparingTo("82");
        IndicatorResult none = ENGINE.indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE, bd("10"),
                list("5 5 0 0"), Arrays.asList((BigDecimal) null));
        assertThat(none.capaian()).isNull();
        assertThat(none.achieved()).isFalse();
        assertThat(none.capaianOfYear()).isNull();
    }

    @ParameterizedTest(name = "{0}: target 10 realisasi {1} = {2}")
    @CsvSource({
        // official (2x10-8)/10 = 120.00; ratio 10/8 = 125.00; reduction (10-8)/10 = 20.00
        "OFFICIAL, 8, 120.00", "RATIO, 8, 125.00", "REDUCTION, 8, 20.00",
        // on target every method but REDUCTION gives 100
        "OFFICIAL, 10, 100.00", "RATIO, 10, 100.00", "REDUCTION, 10, 0.00",
        // ratio with realisasi 0 gives the cap, or 100 without one
        "RATIO, 0, 100.00",
    })
    void lowerIsBetterMethodIsAnAgencySetting(LowerIsBetter method, String realisasi, String expected) {
        CapaianEngine engine = new CapaianEngine(CapaianSettings.DEFAULT.withLowerIsBetter(method));
        assertThat(engine.score(Polarity.LOWER_IS_BETTER, bd("10"), bd(realisasi))).isEqualTo(bd(expected));
    }

    @Test
    void aCapLimitsTheResult() {
        CapaianEngine capped = new CapaianEngine(CapaianSettings.DEFAULT.withCap(bd("120")));
        // 300/100 = 300 -> 120.00; 110/100 = 110.00 stays
        assertThat(capped.score(Polarity.HIGHER_IS_BETTER, bd("100"), bd("300"))).isEqualTo(bd("120.00"));
        assertThat(capped.score(Polarity.HIGHER_IS_BETTER, bd("100"), bd("110"))).isEqualTo(bd("110.00"));
        assertThatThrownBy(() -> CapaianSettings.DEFAULT.withCap(bd("90"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void predicatesAreScoredThroughTheirScale() {
        Map<String, BigDecimal> opinions = Map.of("WTP", bd("4"), "WDP", bd("3"), "TW", bd("2"), "TMP", bd("1"));
        // target WTP (4), got WDP (3): 3/4 = 75.00; got WTP: 100.00
        assertThat(ENGINE.scorePredicate(Polarity.HIGHER_IS_BETTER, opinions, "WTP", "WDP")).isEqualTo(bd("75.00"));
        assertThat(ENGINE.scorePredicate(Polarity.HIGHER_IS_BETTER, opinions, "WTP", "WTP")).isEqualTo(bd("100.00"));
        assertThat(ENGINE.scorePredicate(Polarity.HIGHER_IS_BETTER, opinions, "WTP", null)).isNull();
        assertThatThrownBy(() -> ENGINE.scorePredicate(Polarity.HIGHER_IS_BETTER, opinions, "WTP", "BAIK"))
                .hasMessageContaining("BAIK");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "120, SANGAT_TINGGI", "91, SANGAT_TINGGI", "90.99, TINGGI", "76, TINGGI", "75.99, SEDANG",
        "75.5, SEDANG", "66, SEDANG", "65.99, RENDAH", "51, RENDAH", "50.99, SANGAT_RENDAH", "50, SANGAT_RENDAH",
        "0, SANGAT_RENDAH" })
    void bandBoundaries(String capaian, String category) {
        assertThat(ENGINE.category(bd(capaian))).isEqualTo(category);
    }

    @Test
    void theBandTableIsConfigurable() {
        CapaianEngine engine = new CapaianEngine(new CapaianSettings(LowerIsBetter.OFFICIAL, null, List.of(
                new CapaianSettings.Band(bd("0"), "TIDAK_TERCAPAI"), new CapaianSettings.Band(bd("100"), "TERCAPAI")),
                CapaianSettings.RollUp.AVERAGE_OF_CHILDREN));
        assertThat(engine.category(bd("99.99"))).isEqualTo("TIDAK_TERCAPAI");
        assertThat(engine.category(bd("100"))).isEqualTo("TERCAPAI");
    }

    @Test
    void rollUpsAverageTheirChildrenAndCountAchievedIndicators() {
        Node agency = Node.of("AGENCY",
                Node.of("T1",
                        Node.of("S1", Node.indicator("IKU-01", bd("120.00")), Node.indicator("IKU-02", bd("80.00"))),
                        Node.of("S2", Node.indicator("IKU-03", bd("90.00")))),
                Node.of("T2",
                        Node.of("S3", Node.indicator("IKU-04", bd("100.00")), Node.indicator("IKU-05", null))));
        RolledUp r = ENGINE.rollUp(agency);
        // S1 = (120 + 80) / 2 = 100.00; S2 = 90.00; T1 = (100 + 90) / 2 = 95.00
        // S3 = 100.00 (IKU-05 not reported is left out); T2 = 100.00; agency = (95 + 100) / 2 = 97.50
        assertThat(r.capaian()).isEqualTo(bd("97.50"));
        assertThat(r.children().get(0).capaian()).isEqualTo(bd("95.00"));
        assertThat(r.category()).isEqualTo("SANGAT_TINGGI");
        // achieved: IKU-01, IKU-04; not: IKU-02, IKU-03, IKU-05 (not reported)
        assertThat(r.achieved()).isEqualTo(2);
        assertThat(r.notAchieved()).isEqualTo(3);
        // per indicator instead: (120 + 80 + 90 + 100) / 4 = 97.50 here too; T1 differs: (120+80+90)/3 = 96.67
        RolledUp byIndicator = new CapaianEngine(CapaianSettings.DEFAULT
                .withRollUp(CapaianSettings.RollUp.AVERAGE_OF_INDICATORS)).rollUp(agency);
        assertThat(byIndicator.children().get(0).capaian()).isEqualTo(bd("96.67"));
    }

    @ParameterizedTest(name = "baseline {0} end {1} now {2} = {3}")
    @CsvSource({
        // rising: (70 - 60) / (85 - 60) = 40.00 % of the way
        "60, 85, 70, 40.00",
        // falling target (poverty rate 12 -> 8), now 10: (10 - 12) / (8 - 12) = 50.00
        "12, 8, 10, 50.00",
        // behind the baseline shows negative: (55 - 60) / 25 = -20.00
        "60, 85, 55, -20.00",
    })
    void progressAlongTheRenstra(String baseline, String end, String now, String expected) {
        assertThat(CapaianEngine.planProgress(bd(baseline), bd(end), bd(now))).isEqualTo(bd(expected));
    }

    @Test
    void comparisonWithEarlierYearsAndAYearEndProjection() {
        // same period last year 95.50, now 102.44: +6.94 points
        assertThat(CapaianEngine.change(bd("95.50"), bd("102.44"))).isEqualTo(bd("6.94"));
        assertThat(CapaianEngine.change(null, bd("102.44"))).isNull();
        // kumulatif: 20 + 30 in 2 of 4 quarters -> 50 x 4 / 2 = 100.00
        assertThat(CapaianEngine.projectYearEnd(Aggregation.CUMULATIVE, list("20 30"), 4)).isEqualTo(bd("100.00"));
        // rata-rata: average so far (80 + 84) / 2 = 82.00
        assertThat(CapaianEngine.projectYearEnd(Aggregation.AVERAGE, list("80 84"), 4)).isEqualTo(bd("82.00"));
        // posisi akhir: line through (1, 20), (2, 45), (3, 70): slope 25, intercept -5 -> at 4: 95.00
        assertThat(CapaianEngine.projectYearEnd(Aggregation.LAST, list("20 45 70"), 4)).isEqualTo(bd("95.00"));
        assertThat(CapaianEngine.projectYearEnd(Aggregation.LAST, Arrays.asList((BigDecimal) null), 4)).isNull();
    }
}
