package id.sakip.commontests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.AgencyRegistered;
import id.sakip.common.outbox.Outbox;
import id.sakip.common.outbox.OutboxEvent;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The outbox: an event is written where its own routing says, in the transaction of the change, and
 * the relay delivers it with its CloudEvents headers; a rolled-back change leaves no event.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "commontests"))
class OutboxTest {
    @Inject
    Outbox outbox;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;

    static AgencyRegistered agency(String code) {
        return new AgencyRegistered(code, "3201", "32", "Kecamatan " + code, "KECAMATAN");
    }

    @Test
    void anEventIsQueuedByItsRoutingAndDeliveredWithItsHeadersKeyAndPayloadOnly() throws Exception {
        String code = "OBX-" + UUID.randomUUID().toString().substring(0, 8);
        AgencyRegistered event = agency(code);
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(event));

        OutboxEvent row = QuarkusTransaction.requiringNew().call(() -> em.find(OutboxEvent.class, id));
        assertThat(row.topic).isEqualTo(EventTypes.Topics.AGENCIES);
        assertThat(row.key).isEqualTo(code);
        assertThat(row.type).isEqualTo(EventTypes.AGENCY_REGISTERED);
        assertThat(row.subject).isEqualTo("agencies/" + code);
        assertThat(row.source).isEqualTo("/sakip/common-tests");
        assertThat(List.of(row.agencyCode, row.regionCode, row.provinceCode)).containsExactly(code, "3201", "32");

        List<ConsumerRecord<String, String>> delivered = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.AGENCIES, r -> id.toString().equals(TopicReader.header(r, CloudEventHeaders.ID)), 1,
                Duration.ofSeconds(30));
        ConsumerRecord<String, String> r = delivered.get(0);
        assertThat(r.key()).isEqualTo(code);
        assertThat(TopicReader.header(r, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.AGENCY_REGISTERED);
        assertThat(TopicReader.header(r, CloudEventHeaders.SUBJECT)).isEqualTo("agencies/" + code);
        assertThat(TopicReader.header(r, CloudEventHeaders.SOURCE)).isEqualTo("/sakip/common-tests");
        assertThat(TopicReader.header(r, CloudEventHeaders.AGENCY)).isEqualTo(code);
        assertThat(TopicReader.header(r, CloudEventHeaders.PROVINCE)).isEqualTo("32");
        JsonNode data = mapper.readTree(r.value());
        List<String> fields = new ArrayList<>();
        for (Iterator<String> names = data.fieldNames(); names.hasNext();) {
            fields.add(names.next());
        }
        // the routing is not payload: the data is the record's components, as its JSON Schema says
        assertThat(fields).containsExactly("agencyCode", "regionCode", "provinceCode", "name", "type");
        assertThat(mapper.treeToValue(data, AgencyRegistered.class)).isEqualTo(event);
    }

    @Test
    void aRolledBackChangeLeavesNoEventAndTheNextOneOfTheSameKeyStillArrives() {
        String code = "OBX-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(new AgencyRegistered(code, "3201", "32", "rolled back", "KECAMATAN"));
            throw new IllegalStateException("the change fails after its event was queued");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(e) from OutboxEvent e where e.key = :key", Long.class).setParameter("key", code)
                .getSingleResult())).isZero();

        // same key, same partition: once the later event is there, an earlier one would have been too
        UUID later = QuarkusTransaction.requiringNew().call(() -> outbox.publish(agency(code)));
        TopicReader.await(SharedKafka.bootstrapServers(), EventTypes.Topics.AGENCIES,
                r -> later.toString().equals(TopicReader.header(r, CloudEventHeaders.ID)), 1, Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> ofKey = TopicReader.all(SharedKafka.bootstrapServers(),
                EventTypes.Topics.AGENCIES, r -> code.equals(r.key()), Duration.ofSeconds(2));
        assertThat(ofKey).extracting(r -> TopicReader.header(r, CloudEventHeaders.ID)).containsExactly(later.toString());
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(agency("OBX-NOTX"))).isInstanceOf(TransactionalException.class);
    }
}
