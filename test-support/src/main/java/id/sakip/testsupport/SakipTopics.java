package id.sakip.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the system's topics up front, as the KafkaTopic resources do in the cluster, with the
 * topic configuration (cleanup policy, retention) of each channel's Kafka binding in the AsyncAPI
 * document ({@code events/asyncapi.yaml}): the local run and the tests keep records exactly as long
 * as production does. One partition each (the cluster's counts are in the bindings too). A topic
 * that exists already gets the binding's configuration set. Creating up front also matters because
 * a consumer that subscribes to a topic that does not exist yet only sees it after its next metadata
 * refresh (up to five minutes), which would make a test wait for nothing.
 */
public final class SakipTopics {
    /** Every topic and its configuration, from the AsyncAPI document. */
    public static final Map<String, Map<String, String>> CONFIGS = read();
    public static final List<String> ALL = List.copyOf(CONFIGS.keySet());

    private SakipTopics() {
    }

    public static void ensure(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (Map.Entry<String, Map<String, String>> t : CONFIGS.entrySet()) {
                String topic = t.getKey();
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(t.getValue())))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("creating topic " + topic + " failed", e.getCause());
                    }
                    Collection<AlterConfigOp> ops = t.getValue().entrySet().stream()
                            .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                            .toList();
                    admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops))
                            .all().get(30, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("configuring the topics failed on " + bootstrap, e);
        }
    }

    private static Map<String, Map<String, String>> read() {
        JsonNode doc;
        try (InputStream in = SakipTopics.class.getResourceAsStream("/events/asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("no events/asyncapi.yaml on the class path (sakip-common)");
            }
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, String>> topics = new LinkedHashMap<>();
        doc.path("channels").forEach(channel -> {
            JsonNode kafka = channel.path("bindings").path("kafka");
            if (kafka.isMissingNode()) {
                throw new IllegalStateException("channel " + channel.path("address").asText() + " has no Kafka binding");
            }
            Map<String, String> config = new LinkedHashMap<>();
            kafka.path("topicConfiguration").fields().forEachRemaining(c -> config.put(c.getKey(),
                    c.getValue().isArray() ? String.join(",", toList(c.getValue())) : c.getValue().asText()));
            for (String address : addresses(channel)) {
                topics.put(address, Map.copyOf(config));
            }
        });
        return topics;
    }

    /** The channel's address, or one per value of its single parameter ({@code {service}.dlq}). */
    private static List<String> addresses(JsonNode channel) {
        String address = channel.path("address").asText();
        List<String> out = new ArrayList<>();
        if (!address.contains("{")) {
            out.add(address);
            return out;
        }
        String name = address.substring(address.indexOf('{') + 1, address.indexOf('}'));
        for (String value : toList(channel.path("parameters").path(name).path("enum"))) {
            out.add(address.replace("{" + name + "}", value));
        }
        return out;
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
