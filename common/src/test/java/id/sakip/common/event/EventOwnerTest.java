package id.sakip.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventOwnerTest {
    @Test
    void theOwnerIsTheServiceNamedInTheType() {
        EventOwner owner = EventOwner.of(EventTypes.MEASUREMENT_COMPUTED).orElseThrow();
        assertThat(owner.service()).isEqualTo("measurement");
        assertThat(owner.source()).isEqualTo("/sakip/measurement-service");
        assertThat(owner.owns(EventTypes.Topics.MEASUREMENTS)).isTrue();
        assertThat(owner.owns(EventTypes.Topics.REPORTS)).isFalse();
        assertThat(owner.owns("sakip.measurementx.measurements")).isFalse();
        assertThat(EventOwner.of("id.sakip.Measurement.v1")).isEmpty();
        assertThat(EventOwner.of("com.example.measurement.MeasurementComputed.v1")).isEmpty();
        assertThat(EventOwner.of(null)).isEmpty();
    }

    @Test
    void everyPublishedTypeHasAnOwnerWhoseTopicAndSourceAreItsService() {
        for (String type : new String[] {EventTypes.AGENCY_REGISTERED, EventTypes.AGREEMENT_REVISED,
                EventTypes.FORM_SUBMITTED, EventTypes.RECAP_APPROVED, EventTypes.MEASUREMENT_SIGNED,
                EventTypes.REPORT_PUBLISHED}) {
            assertThat(EventOwner.of(type)).as(type).isPresent();
        }
        assertThat(EventOwner.refusal(EventTypes.RECAP_APPROVED, "/sakip/collection-service", EventTypes.Topics.ROUNDS))
                .isEmpty();
    }

    @Test
    void aForeignSourceOrTopicIsNamedInTheRefusal() {
        assertThat(EventOwner.refusal(EventTypes.MEASUREMENT_COMPUTED, "/sakip/reporting-service", EventTypes.Topics.MEASUREMENTS))
                .hasValueSatisfying(r -> assertThat(r).contains("/sakip/reporting-service").contains("/sakip/measurement-service"));
        assertThat(EventOwner.refusal(EventTypes.MEASUREMENT_COMPUTED, "/sakip/measurement-service", EventTypes.Topics.ROUNDS))
                .hasValueSatisfying(r -> assertThat(r).contains(EventTypes.Topics.ROUNDS));
        assertThat(EventOwner.refusal("id.sakip.Nothing", "/sakip/measurement-service", EventTypes.Topics.ROUNDS))
                .isEqualTo(Optional.of("type id.sakip.Nothing names no owning service"));
    }
}
