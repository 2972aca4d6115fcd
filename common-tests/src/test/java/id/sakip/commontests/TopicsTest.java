package id.sakip.commontests;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SakipTopics;
import id.sakip.testsupport.SharedKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** The test broker's topics are created with the AsyncAPI bindings' configuration, as in the cluster. */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "commontests"))
class TopicsTest {
    @Test
    void eventTopicsKeepEverythingAndDeadLettersThirtyDays() throws Exception {
        assertThat(SakipTopics.ALL).contains(EventTypes.Topics.AGENCIES, EventTypes.Topics.REPORTS, "sakip.collection.dlq",
                "sakip.measurement.dlq", "sakip.reporting.dlq");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers()))) {
            ConfigResource agencies = new ConfigResource(ConfigResource.Type.TOPIC, EventTypes.Topics.AGENCIES);
            ConfigResource dlq = new ConfigResource(ConfigResource.Type.TOPIC, "sakip.measurement.dlq");
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(agencies, dlq)).all().get();
            assertThat(configs.get(agencies).get("retention.ms").value()).isEqualTo("-1");
            assertThat(configs.get(agencies).get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(configs.get(dlq).get("retention.ms").value()).isEqualTo("2592000000");
        }
    }
}
