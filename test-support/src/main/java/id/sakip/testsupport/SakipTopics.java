package id.sakip.testsupport;

import id.sakip.common.event.EventTypes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the system's topics up front, as the KafkaTopic resources do in the cluster: a consumer
 * that subscribes to a topic that does not exist yet only sees it after its next metadata refresh
 * (up to five minutes), which would make a test wait for nothing.
 */
public final class SakipTopics {
    public static final List<String> ALL = List.of(EventTypes.Topics.AGENCIES, EventTypes.Topics.INDICATORS,
            EventTypes.Topics.AGREEMENTS, EventTypes.Topics.ROUNDS, EventTypes.Topics.MEASUREMENTS,
            EventTypes.Topics.REPORTS, "sakip.collection.dlq", "sakip.measurement.dlq", "sakip.reporting.dlq");

    private SakipTopics() {
    }

    public static void ensure(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (String topic : ALL) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("creating topic " + topic + " failed", e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("creating the topics timed out on " + bootstrap, e);
        }
    }
}
