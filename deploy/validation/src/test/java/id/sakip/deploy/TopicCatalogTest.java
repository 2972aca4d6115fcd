package id.sakip.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The topics in the cluster are the channels of the AsyncAPI document, with the partitions and the
 * topic configuration (cleanup policy, retention) of each channel's Kafka binding, the same bindings
 * the local run and the tests create their topics from: one retention policy everywhere.
 */
class TopicCatalogTest {
    static final Path ASYNCAPI = Path.of(System.getProperty("sakip.asyncapi",
            "../../common/src/main/resources/events/asyncapi.yaml")).toAbsolutePath().normalize();

    /** What a topic must be: its partitions in production, its cleanup policy and retention. */
    record Topic(int partitions, String cleanupPolicy, long retentionMs) {
    }

    static Map<String, Topic> catalog() throws IOException {
        JsonNode doc = ManifestValidator.parse(Files.readString(ASYNCAPI)).get(0);
        Map<String, Topic> topics = new TreeMap<>();
        doc.path("channels").forEach(channel -> {
            JsonNode kafka = channel.path("bindings").path("kafka");
            List<String> policy = new ArrayList<>();
            kafka.path("topicConfiguration").path("cleanup.policy").forEach(p -> policy.add(p.asText()));
            Topic t = new Topic(kafka.path("partitions").asInt(), String.join(",", policy),
                    kafka.path("topicConfiguration").path("retention.ms").asLong());
            String address = channel.path("address").asText();
            if (address.contains("{")) {
                String name = address.substring(address.indexOf('{') + 1, address.indexOf('}'));
                channel.path("parameters").path(name).path("enum")
                        .forEach(v -> topics.put(address.replace("{" + name + "}", v.asText()), t));
            } else {
                topics.put(address, t);
            }
        });
        return topics;
    }

    @ParameterizedTest(name = "overlays/{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyKafkaTopicIsAChannelWithItsBindingsConfiguration(String overlay) throws Exception {
        Map<String, Topic> catalog = catalog();
        assertThat(catalog).as("channels of " + ASYNCAPI).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy((name, t) -> assertThat(t.partitions()).as(name + " partitions").isPositive());
        Map<String, Topic> rendered = new TreeMap<>();
        for (JsonNode d : ManifestValidator.parse(KustomizeOverlaysTest.render(KustomizeOverlaysTest.K8S.resolve("overlays/" + overlay)))) {
            if (d.path("kind").asText().equals("KafkaTopic")) {
                JsonNode spec = d.path("spec");
                rendered.put(spec.path("topicName").asText(), new Topic(spec.path("partitions").asInt(),
                        spec.path("config").path("cleanup.policy").asText(), spec.path("config").path("retention.ms").asLong()));
            }
        }
        assertThat(rendered).isEqualTo(catalog);
    }
}
