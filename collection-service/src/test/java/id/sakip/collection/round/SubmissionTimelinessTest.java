package id.sakip.collection.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.common.event.v1.FormSubmitted;
import id.sakip.common.security.Person;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** FormSubmitted says whether the unit kept its deadline: on it is on time, after it late, without one unknown. */
class SubmissionTimelinessTest {
    private static final OffsetDateTime DEADLINE = OffsetDateTime.of(2026, 4, 10, 16, 0, 0, 0, ZoneOffset.UTC);
    private static final Person UNIT = new Person("dewi.lestari", "Dewi Lestari, S.A.P.", "198502102009022001");

    private static FormSubmitted submit(OffsetDateTime deadline, OffsetDateTime at) {
        CollectionRound round = new CollectionRound();
        round.id = UUID.randomUUID();
        round.agencyCode = "1506-KEC-KUALA-BETARA";
        round.regionCode = "1506";
        round.provinceCode = "15";
        round.year = 2026;
        round.period = "Q1";
        CollectionForm form = new CollectionForm();
        form.id = UUID.randomUUID();
        form.roundId = round.id;
        form.unitCode = "SEKRETARIAT";
        form.status = FormStatus.DRAFT;
        form.deadline = deadline;
        return form.submit(round, UNIT, at);
    }

    @Test
    void onTheDeadlineIsOnTimeAfterItLateAndWithoutOneUnknown() {
        assertThat(submit(DEADLINE, DEADLINE).late()).isFalse();
        assertThat(submit(DEADLINE, DEADLINE.minusDays(1)).late()).isFalse();
        FormSubmitted late = submit(DEADLINE, DEADLINE.plusMinutes(1));
        assertThat(late.late()).isTrue();
        assertThat(late.deadline()).isEqualTo(DEADLINE);
        FormSubmitted none = submit(null, DEADLINE);
        assertThat(none.late()).isNull();
        assertThat(none.deadline()).isNull();
    }
}
