package id.sakip.common.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void parsesQuartersAndMonthsAndPrintsThemBack() {
        assertThat(Period.parse("Q3")).isEqualTo(new Period(true, 3));
        assertThat(Period.parse("M07").toString()).isEqualTo("M07");
        assertThat(Period.parse("Q4").index()).isEqualTo(3);
        assertThat(Period.parse("M12").index()).isEqualTo(11);
    }

    @Test
    void refusesEverythingElse() {
        for (String bad : List.of("Q0", "Q5", "M00", "M13", "M1", "q1", " Q1", "Q1 ", "Q01", "", "Y2026")) {
            assertThat(Period.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(false, 13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMonthKnowsItsQuarter() {
        assertThat(Period.parse("M01").quarter()).isEqualTo(1);
        assertThat(Period.parse("M03").quarter()).isEqualTo(1);
        assertThat(Period.parse("M04").quarter()).isEqualTo(2);
        assertThat(Period.parse("M12").quarter()).isEqualTo(4);
        assertThat(Period.parse("Q2").quarter()).isEqualTo(2);
    }

    @Test
    void periodsOrderByTheMonthTheyEndIn() {
        List<Period> all = new ArrayList<>(List.of(Period.parse("M04"), Period.parse("Q2"), Period.parse("M06"),
                Period.parse("Q1"), Period.parse("M01"), Period.parse("M03")));
        Collections.sort(all);
        assertThat(all).extracting(Period::toString).containsExactly("M01", "Q1", "M03", "M04", "Q2", "M06");
    }

    @Test
    void namesThePeriodInBahasaIndonesia() {
        assertThat(Period.parse("Q1").indonesianName()).isEqualTo("Triwulan I");
        assertThat(Period.parse("Q4").indonesianName()).isEqualTo("Triwulan IV");
        assertThat(Period.parse("M08").indonesianName()).isEqualTo("Bulan Agustus");
    }
}
