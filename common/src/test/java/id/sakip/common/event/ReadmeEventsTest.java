package id.sakip.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The root README says which topics and events each service produces and consumes, in its module
 * table and its diagram; the AsyncAPI document says it with send and receive operations tagged by
 * service. They must say the same.
 */
class ReadmeEventsTest {
    private static final Pattern TOPIC_LIST = Pattern.compile("`([a-z.-]+)`: ([A-Za-z, ]+)");
    private static Map<String, Map<String, Set<String>>> sent;
    private static Map<String, Map<String, Set<String>>> received;
    private static Map<String, Set<String>> channels;
    private static String readme;

    @BeforeAll
    static void read() throws IOException {
        JsonNode doc;
        try (InputStream in = ReadmeEventsTest.class.getResourceAsStream("/events/asyncapi.yaml")) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        channels = new TreeMap<>();
        Map<String, String> addressOf = new TreeMap<>();
        doc.path("channels").fields().forEachRemaining(c -> {
            addressOf.put(c.getKey(), c.getValue().path("address").asText());
            Set<String> names = new TreeSet<>();
            c.getValue().path("messages").fieldNames().forEachRemaining(names::add);
            channels.put(c.getValue().path("address").asText(), names);
        });
        sent = new TreeMap<>();
        received = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("operations").fields(); it.hasNext();) {
            JsonNode op = it.next().getValue();
            String service = op.path("tags").path(0).path("name").asText();
            String channel = op.path("channel").path("$ref").asText().replace("#/channels/", "");
            String address = addressOf.get(channel);
            Set<String> names = new TreeSet<>();
            if (op.has("messages")) {
                op.path("messages").forEach(m -> {
                    String ref = m.path("$ref").asText();
                    names.add(ref.substring(ref.lastIndexOf('/') + 1));
                });
            } else {
                names.addAll(channels.get(address));
            }
            Map<String, Map<String, Set<String>>> side = op.path("action").asText().equals("send") ? sent : received;
            side.computeIfAbsent(service, k -> new TreeMap<>()).computeIfAbsent(address, k -> new TreeSet<>()).addAll(names);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("README.md")) || !Files.readString(dir.resolve("README.md")).contains("## Architecture")) {
            dir = dir.getParent();
        }
        readme = Files.readString(dir.resolve("README.md"));
    }

    @Test
    void theModuleTableListsWhatEachServiceSendsAndReceives() {
        Map<String, Map<String, Set<String>>> tableOut = new TreeMap<>();
        Map<String, Map<String, Set<String>>> tableIn = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| \\[([a-z]+-service)]\\([^)]*\\) \\|[^|]*\\|[^|]*\\|([^|]*)\\|([^|]*)\\|$")
                .matcher(readme);
        while (row.find()) {
            tableOut.put(row.group(1), topics(row.group(2)));
            tableIn.put(row.group(1), topics(row.group(3)));
        }
        assertThat(tableOut.keySet()).containsExactly("collection-service", "indicator-service", "measurement-service",
                "reporting-service");
        tableOut.values().removeIf(Map::isEmpty);
        tableIn.values().removeIf(Map::isEmpty);
        assertThat(tableOut).as("events out, README against AsyncAPI send operations").isEqualTo(sent);
        assertThat(tableIn).as("events in, README against AsyncAPI receive operations").isEqualTo(received);
    }

    @Test
    void theDiagramShowsEveryTopicAndEvent() {
        String diagram = readme.substring(readme.indexOf("```mermaid"), readme.indexOf("```", readme.indexOf("```mermaid") + 3));
        channels.forEach((address, names) -> {
            if (!address.contains("{")) {
                assertThat(diagram).as("the diagram names topic " + address).contains(address);
                names.forEach(n -> assertThat(diagram).as("the diagram names " + n).contains(n));
            }
        });
    }

    @Test
    void everyEventInTheDocumentIsSentByExactlyOneService() {
        Map<String, Integer> senders = new TreeMap<>();
        sent.values().forEach(byTopic -> byTopic.values().forEach(names -> names.forEach(n -> senders.merge(n, 1, Integer::sum))));
        Set<String> all = new TreeSet<>();
        channels.forEach((address, names) -> all.addAll(names));
        assertThat(senders.keySet()).isEqualTo(all);
        assertThat(senders.values()).containsOnly(1);
        received.forEach((service, byTopic) -> byTopic.forEach((topic, names) -> assertThat(channels.get(topic))
                .as(service + " receives from " + topic).containsAll(names)));
    }

    private static Map<String, Set<String>> topics(String cell) {
        Map<String, Set<String>> out = new TreeMap<>();
        Matcher m = TOPIC_LIST.matcher(cell);
        while (m.find()) {
            out.put(m.group(1), new TreeSet<>(List.of(m.group(2).trim().split(",\\s*"))));
        }
        return out;
    }
}
