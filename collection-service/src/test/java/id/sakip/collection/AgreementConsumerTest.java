package id.sakip.collection;

import static id.sakip.collection.CollectionFixtures.as;
import static id.sakip.collection.CollectionFixtures.newAgencyCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.collection.CollectionFixtures.AgreementEvent;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.inbox.Inbox;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "collection"))
class AgreementConsumerTest {
    @Inject
    ObjectMapper mapper;
    @Inject
    Inbox inbox;

    String bootstrap() {
        return SharedKafka.bootstrapServers();
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String agency = newAgencyCode();
        AgreementEvent event = new AgreementEvent(agency)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .item("IKU-02", "orang", "HIGHER_IS_BETTER", "SEKSI-PEM", "40", "10", "10", "10", "10");
        event.send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=2026").then().statusCode(200).body("total", equalTo(1)));

        // the broker delivers the same event again (a relay retry, a consumer restart...)
        event.send(mapper);
        // then a second agreement behind it on the same partition: once it is applied, so was the duplicate
        AgreementEvent marker = new AgreementEvent(agency).year(2027)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "95", "20", "25", "25", "25");
        TopicReader.send(bootstrap(), marker.recordWithKey(mapper, event.agreementId.toString()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=2027").then().statusCode(200).body("total", equalTo(1)));

        given().auth().oauth2(as("tim-sakip", agency)).get("/agreements?year=2026")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].targets.size()", equalTo(2));
        assertThat(inbox.count(AgreementConsumerTest.consumerName(), event.eventId)).isEqualTo(1);
        assertThat(TopicReader.all(bootstrap(), "sakip.collection.dlq",
                r -> event.eventId.toString().equals(TopicReader.header(r, CloudEventHeaders.ID)), Duration.ofSeconds(2)))
                .isEmpty();
    }

    @Test
    void aRecordThatCannotBeProcessedGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
        String agency = newAgencyCode();
        AgreementEvent broken = new AgreementEvent(agency)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25");
        ProducerRecord<String, String> bad = broken.record(mapper);
        bad.headers().remove(CloudEventHeaders.TIME);
        bad.headers().add(CloudEventHeaders.TIME, "yesterday".getBytes());
        TopicReader.send(bootstrap(), bad);

        ProducerRecord<String, String> notJson = new AgreementEvent(agency).record(mapper);
        ProducerRecord<String, String> garbage = new ProducerRecord<>(notJson.topic(), null, notJson.key(), "{not json",
                notJson.headers());
        TopicReader.send(bootstrap(), garbage);

        AgreementEvent good = new AgreementEvent(agency)
                .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25");
        good.send(mapper);

        List<ConsumerRecord<String, String>> dead = TopicReader.await(bootstrap(), "sakip.collection.dlq",
                r -> agency.equals(TopicReader.header(r, CloudEventHeaders.AGENCY)), 2, Duration.ofSeconds(20));
        assertThat(dead).hasSize(2);
        assertThat(dead.stream().map(r -> TopicReader.header(r, "dead-letter-reason")))
                .anyMatch(reason -> reason.contains("ce_time"));
        assertThat(dead.stream().map(r -> TopicReader.header(r, "dead-letter-reason")))
                .anyMatch(reason -> reason.contains("not valid JSON"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=2026").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].agreementId", equalTo(good.agreementId.toString())));
    }

    static String consumerName() {
        return "collection.agreements";
    }
}
