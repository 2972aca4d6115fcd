package id.sakip.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sakip.common.event.v1.IndicatorDefined;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.SubmissionDeadline;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.common.vocabulary.Polarity;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events know their routing; where one payload serves two types, the data says which. */
class DomainEventRoutingTest {
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 4, 10, 9, 0, 0, 0, ZoneOffset.UTC);

    static PerformanceAgreementSigned agreement(UUID supersedes, String unit) {
        return new PerformanceAgreementSigned(UUID.randomUUID(), "KAB-A", "3201", "32", 2026, supersedes == null ? 1 : 2,
                unit == null ? AgreementKind.HEAD : AgreementKind.INDIVIDUAL, unit, supersedes, NOW,
                new PerformanceAgreementSigned.Signatory("Bupati", "196501011990031001", "Kepala"), List.of());
    }

    @Test
    void aFirstAgreementIsSignedAndOneThatSupersedesIsRevisedOnTheKeyOfItsLineage() {
        DomainEvent.Routing first = agreement(null, null).routing();
        DomainEvent.Routing revised = agreement(UUID.randomUUID(), null).routing();
        assertThat(first.type()).isEqualTo(EventTypes.AGREEMENT_SIGNED);
        assertThat(revised.type()).isEqualTo(EventTypes.AGREEMENT_REVISED);
        assertThat(first.key()).isEqualTo("KAB-A/2026/HEAD").isEqualTo(revised.key());
        assertThat(agreement(null, "BID-1").routing().key()).isEqualTo("KAB-A/2026/INDIVIDUAL/BID-1");
        assertThat(first.topic()).isEqualTo(EventTypes.Topics.AGREEMENTS);
        assertThat(first.scope()).isEqualTo(new EventScope("KAB-A", "3201", "32"));
    }

    @Test
    void aNoticeBeforeTheDeadlineIsApproachingAndAtOrAfterItOverdue() {
        UUID round = UUID.randomUUID();
        UUID form = UUID.randomUUID();
        SubmissionDeadline before = new SubmissionDeadline(round, form, "KAB-A", "3201", "32", 2026, "Q1", "BID-1",
                NOW.plusHours(1), NOW);
        SubmissionDeadline at = new SubmissionDeadline(round, form, "KAB-A", "3201", "32", 2026, "Q1", "BID-1", NOW,
                NOW);
        assertThat(before.routing().type()).isEqualTo(EventTypes.SUBMISSION_DEADLINE_APPROACHING);
        assertThat(at.routing().type()).isEqualTo(EventTypes.SUBMISSION_OVERDUE);
        assertThat(at.routing().key()).isEqualTo(round.toString());
        assertThat(at.routing().subject()).isEqualTo("rounds/" + round + "/forms/" + form);
    }

    @Test
    void anAgreementWithoutAKindIsTheHeads() {
        assertThat(agreement(null, null).forTheHead()).isTrue();
        assertThat(agreement(null, "BID-1").forTheHead()).isFalse();
        PerformanceAgreementSigned old = agreement(null, null);
        assertThat(new PerformanceAgreementSigned(old.agreementId(), "KAB-A", "3201", "32", 2026, 1, null, null, null,
                NOW, old.signatory(), List.of()).forTheHead()).isTrue();
    }

    @Test
    void anIndicatorIsDefinedAtVersionZeroAndChangedAfter() {
        assertThat(indicator(0).routing().type()).isEqualTo(EventTypes.INDICATOR_DEFINED);
        assertThat(indicator(1).routing().type()).isEqualTo(EventTypes.INDICATOR_CHANGED);
        assertThat(indicator(7).routing().type()).isEqualTo(EventTypes.INDICATOR_CHANGED);
    }

    @Test
    void theRoutingIsNeverPartOfThePayload() throws Exception {
        String json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(agreement(null, null));
        assertThat(json).doesNotContain("routing").doesNotContain(EventTypes.Topics.AGREEMENTS)
                .doesNotContain("KAB-A/2026/HEAD").doesNotContain("forTheHead");
    }

    static IndicatorDefined indicator(long version) {
        UUID id = UUID.randomUUID();
        return new IndicatorDefined(id, "KAB-A", "3201", "32", "IKU-1", "Indeks", "IKU", "Sasaran", "%",
                Polarity.HIGHER_IS_BETTER, Aggregation.LAST, "QUARTERLY", "BID-1", null, null, null, null, null, null, null, null,
                version);
    }
}
