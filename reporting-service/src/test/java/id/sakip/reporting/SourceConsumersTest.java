package id.sakip.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.FormSubmitted;
import id.sakip.reporting.source.RoundRecord;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestAgencies;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The copies reporting keeps of collection's rounds believe only collection-service, and never go back in time. */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class SourceConsumersTest {
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 4, 6, 2, 0, 0, 0, ZoneOffset.UTC);
    @Inject
    ObjectMapper mapper;

    @Test
    void aStaleOrForgedSubmissionDoesNotReplaceTheOneKept() throws Exception {
        String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
        UUID round = UUID.randomUUID();
        // in order on the round's partition: the submission kept, an earlier one delivered late, a later
        // one from a source that is not collection-service, and another unit's (after which all were consumed)
        submit(agency, round, "SEKRETARIAT", "dewi.lestari", T.plusHours(2), null);
        submit(agency, round, "SEKRETARIAT", "ahmad.fauzi", T.plusHours(1), null);
        submit(agency, round, "SEKRETARIAT", "mallory", T.plusHours(3), "/sakip/reporting-service");
        submit(agency, round, "SEKSI-PEM", "m.yusuf", T, null);

        await().atMost(Duration.ofSeconds(20)).until(() -> units(round) != null && units(round).containsKey("SEKSI-PEM"));
        RoundRecord.Unit kept = units(round).get("SEKRETARIAT");
        assertThat(kept.submittedBy()).isEqualTo("dewi.lestari");
        assertThat(kept.submittedAt()).isEqualTo(T.plusHours(2));
    }

    private Map<String, RoundRecord.Unit> units(UUID round) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RoundRecord r = RoundRecord.findById(round);
            return r == null ? null : r.units;
        });
    }

    private void submit(String agency, UUID round, String unit, String by, OffsetDateTime at, String source) throws Exception {
        FormSubmitted e = new FormSubmitted(round, UUID.randomUUID(), agency, "1506", "15", 2026, "Q1", unit, by, at, List.of());
        EventScope scope = new EventScope(agency, "1506", "15");
        String json = mapper.writeValueAsString(e);
        TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.ROUNDS, UUID.randomUUID(),
                EventTypes.FORM_SUBMITTED, source, round.toString(), scope, json));
    }
}
