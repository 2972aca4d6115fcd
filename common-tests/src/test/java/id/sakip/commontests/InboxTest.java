package id.sakip.commontests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.InvalidEventException;
import id.sakip.common.event.v1.AgencyRegistered;
import id.sakip.common.inbox.Inbox;
import id.sakip.common.inbox.InboxGate;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * The inbox behind every consumer: an event is applied once per consumer however often it is
 * delivered, other types pass by unrecorded, an event not from its owning service (source or topic)
 * is refused unrecorded, a malformed record is refused, and a delivery whose effect rolled back is
 * applied when it comes again.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "commontests"))
class InboxTest {
    @Inject
    InboxGate gate;
    @Inject
    Inbox inbox;
    @Inject
    ObjectMapper mapper;

    ConsumerRecord<String, String> delivery(UUID id, String type, String json) {
        ProducerRecord<String, String> p = TestEvents.record(EventTypes.Topics.AGENCIES, id, type, "INB-A",
                new EventScope("INB-A", "3201", "32"), json);
        ConsumerRecord<String, String> r = new ConsumerRecord<>(p.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME,
                -1, -1, p.key(), p.value(), p.headers(), Optional.empty());
        return r;
    }

    ConsumerRecord<String, String> agencyRegistered(UUID id) throws Exception {
        return delivery(id, EventTypes.AGENCY_REGISTERED,
                mapper.writeValueAsString(new AgencyRegistered("INB-A", "3201", "32", "Kecamatan A", "KECAMATAN")));
    }

    Optional<InboxGate.Delivery<AgencyRegistered>> accept(String consumer, ConsumerRecord<String, String> r) {
        return QuarkusTransaction.requiringNew()
                .call(() -> gate.accept(consumer, r, EventTypes.AGENCY_REGISTERED, AgencyRegistered.class));
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOncePerConsumer() throws Exception {
        UUID id = UUID.randomUUID();
        ConsumerRecord<String, String> r = agencyRegistered(id);

        Optional<InboxGate.Delivery<AgencyRegistered>> first = accept("probe-consumer", r);
        assertThat(first).isPresent();
        assertThat(first.get().envelope().id()).isEqualTo(id);
        assertThat(first.get().data().agencyCode()).isEqualTo("INB-A");
        assertThat(accept("probe-consumer", r)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.count("probe-consumer", id))).isEqualTo(1);

        // each consumer keeps its own inbox
        assertThat(accept("another-consumer", r)).isPresent();
    }

    @Test
    void anotherTypeIsSkippedWithoutBeingRecorded() throws Exception {
        UUID id = UUID.randomUUID();
        ConsumerRecord<String, String> r = agencyRegistered(id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> gate.accept("probe-consumer", r,
                EventTypes.INDICATOR_DEFINED, AgencyRegistered.class))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.count("probe-consumer", id))).isZero();
    }

    @Test
    void aMalformedRecordIsRefusedAndNothingIsRecorded() {
        UUID id = UUID.randomUUID();
        ConsumerRecord<String, String> r = delivery(id, EventTypes.AGENCY_REGISTERED, "{\"agencyCode\": ");
        assertThatThrownBy(() -> accept("probe-consumer", r)).isInstanceOf(InvalidEventException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.count("probe-consumer", id))).isZero();
    }

    @Test
    void aDeliveryWhoseEffectRolledBackIsAppliedWhenItComesAgain() throws Exception {
        UUID id = UUID.randomUUID();
        ConsumerRecord<String, String> r = agencyRegistered(id);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(gate.accept("probe-consumer", r, EventTypes.AGENCY_REGISTERED, AgencyRegistered.class))
                    .isPresent();
            throw new IllegalStateException("the effect fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.count("probe-consumer", id))).isZero();
        assertThat(accept("probe-consumer", r)).isPresent();
    }

    @Test
    void anEventNotFromItsOwnerIsRefusedWithoutBeingRecorded() throws Exception {
        String json = mapper.writeValueAsString(new AgencyRegistered("INB-A", "3201", "32", "Kecamatan A", "KECAMATAN"));
        EventScope scope = new EventScope("INB-A", "3201", "32");
        UUID forged = UUID.randomUUID();
        ConsumerRecord<String, String> fromElsewhere = consumed(TestEvents.record(EventTypes.Topics.AGENCIES, forged,
                EventTypes.AGENCY_REGISTERED, "/sakip/collection-service", "INB-A", scope, json));
        assertThat(accept("probe-consumer", fromElsewhere)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.count("probe-consumer", forged))).isZero();

        // the owner's source on a topic that is not the owner's
        UUID misplaced = UUID.randomUUID();
        ConsumerRecord<String, String> onAnotherTopic = consumed(TestEvents.record(EventTypes.Topics.MEASUREMENTS, misplaced,
                EventTypes.AGENCY_REGISTERED, "INB-A", scope, json));
        assertThat(accept("probe-consumer", onAnotherTopic)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.count("probe-consumer", misplaced))).isZero();

        // the same event from its owner is applied
        assertThat(accept("probe-consumer", consumed(TestEvents.record(EventTypes.Topics.AGENCIES, forged,
                EventTypes.AGENCY_REGISTERED, "INB-A", scope, json)))).isPresent();
    }

    private static ConsumerRecord<String, String> consumed(ProducerRecord<String, String> p) {
        return new ConsumerRecord<>(p.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, -1, -1, p.key(), p.value(),
                p.headers(), Optional.empty());
    }
}
