package id.sakip.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.common.UnknownPropertyPreserving;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates rendered Kubernetes manifests offline: core kinds through the typed models of the
 * official Java client (which reject unknown fields and wrong types), Strimzi kinds through
 * Strimzi's API model (no unknown properties anywhere), CloudNativePG clusters by explicit
 * assertions, then the project's policies. Returns every problem found; empty means valid.
 */
final class ManifestValidator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    private static final Map<String, Function<String, Object>> CORE = Map.of(
            "Deployment", ManifestValidator::deployment,
            "Service", s -> call(() -> V1Service.fromJson(s)),
            "ServiceAccount", s -> call(() -> V1ServiceAccount.fromJson(s)),
            "ConfigMap", s -> call(() -> V1ConfigMap.fromJson(s)),
            "Secret", s -> call(() -> V1Secret.fromJson(s)),
            "PodDisruptionBudget", s -> call(() -> V1PodDisruptionBudget.fromJson(s)),
            "HorizontalPodAutoscaler", s -> call(() -> V2HorizontalPodAutoscaler.fromJson(s)),
            "NetworkPolicy", s -> call(() -> V1NetworkPolicy.fromJson(s)));
    private static final Map<String, Class<?>> STRIMZI = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class);
    private static final Set<String> CNPG_SPEC = Set.of("instances", "imageName", "primaryUpdateStrategy", "bootstrap",
            "storage", "resources", "monitoring", "backup", "postgresql", "affinity", "enableSuperuserAccess", "managed");
    /** Secrets the services read that ops provisions (documented in docs/runbook.md), beside those CNPG makes. */
    private static final Set<String> PROVISIONED_SECRETS = Set.of("sakip-audit-keys");

    /** What an overlay must look like. */
    record Expectations(int minReplicas, int maxReplicas, int brokers, int topicReplicas, int minInsync,
            int dbInstances) {
        static final Expectations DEV = new Expectations(1, 1, 1, 1, 1, 1);
        static final Expectations PROD = new Expectations(2, 10, 3, 3, 2, 3);
    }

    private final List<String> problems = new ArrayList<>();

    static List<JsonNode> parse(String yaml) {
        try {
            List<JsonNode> docs = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml);
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n != null && !n.isNull() && !n.isEmpty()) {
                    docs.add(n);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new IllegalArgumentException("not YAML: " + e.getMessage(), e);
        }
    }

    static List<String> validate(List<JsonNode> docs, Expectations expected) {
        ManifestValidator v = new ManifestValidator();
        v.run(docs, expected);
        return v.problems;
    }

    private void run(List<JsonNode> docs, Expectations expected) {
        if (docs.isEmpty()) {
            problems.add("no objects rendered");
        }
        for (JsonNode doc : docs) {
            String kind = doc.path("kind").asText();
            String id = kind + "/" + doc.path("metadata").path("name").asText();
            if (doc.path("metadata").path("name").asText().isEmpty()) {
                problems.add(id + ": metadata.name is missing");
            }
            if (CORE.containsKey(kind)) {
                try {
                    CORE.get(kind).apply(JSON.writeValueAsString(doc));
                } catch (Exception e) {
                    problems.add(id + ": " + rootMessage(e));
                }
            } else if (STRIMZI.containsKey(kind)) {
                strimzi(id, doc, STRIMZI.get(kind));
            } else if (kind.equals("Cluster") && doc.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")) {
                cnpg(id, doc, expected);
            } else {
                problems.add(id + ": kind " + kind + " (" + doc.path("apiVersion").asText() + ") is not validated");
            }
        }
        policies(docs, expected);
    }

    private static Object deployment(String json) {
        return call(() -> V1Deployment.fromJson(json));
    }

    private void strimzi(String id, JsonNode doc, Class<?> type) {
        if (!"kafka.strimzi.io/v1".equals(doc.path("apiVersion").asText())) {
            problems.add(id + ": apiVersion must be kafka.strimzi.io/v1, not " + doc.path("apiVersion").asText());
        }
        ObjectNode copy = doc.deepCopy();
        // the 0.51 model predates the v1 API version string; the fields checked are the same
        copy.put("apiVersion", "kafka.strimzi.io/v1beta2");
        try {
            Object model = JSON.treeToValue(copy, type);
            unknownProperties(id, "", model, Collections.newSetFromMap(new IdentityHashMap<>()));
        } catch (Exception e) {
            problems.add(id + ": " + rootMessage(e));
        }
    }

    private void unknownProperties(String id, String path, Object o, Set<Object> seen) {
        if (o == null || !seen.add(o)) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownProperties(id, path + "[" + i++ + "]", e, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownProperties(id, path + "." + k, v, seen));
            return;
        }
        if (!o.getClass().getName().startsWith("io.strimzi.")) {
            return;
        }
        if (o instanceof UnknownPropertyPreserving u && u.getAdditionalProperties() != null
                && !u.getAdditionalProperties().isEmpty()) {
            problems.add(id + ": unknown field(s) " + u.getAdditionalProperties().keySet() + " at "
                    + (path.isEmpty() ? "the top" : path.substring(1)));
        }
        for (Method m : o.getClass().getMethods()) {
            boolean getter = m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                    && !m.getName().equals("getAdditionalProperties") && !m.getName().equals("getClass");
            if (getter) {
                try {
                    unknownProperties(id, path + "." + m.getName(), m.invoke(o), seen);
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    // derived getters may throw on partial objects; the fields themselves were read
                }
            }
        }
    }

    private void cnpg(String id, JsonNode doc, Expectations expected) {
        if (!"postgresql.cnpg.io/v1".equals(doc.path("apiVersion").asText())) {
            problems.add(id + ": apiVersion must be postgresql.cnpg.io/v1");
        }
        JsonNode spec = doc.path("spec");
        spec.fieldNames().forEachRemaining(f -> {
            if (!CNPG_SPEC.contains(f)) {
                problems.add(id + ": unknown field spec." + f);
            }
        });
        if (!spec.path("instances").isInt() || spec.path("instances").asInt() < 1) {
            problems.add(id + ": spec.instances must be a positive integer");
        } else if (spec.path("instances").asInt() != expected.dbInstances()) {
            problems.add(id + ": " + spec.path("instances").asInt() + " instances, expected " + expected.dbInstances());
        }
        if (!spec.path("storage").path("size").asText().matches("\\d+(Mi|Gi|Ti)")) {
            problems.add(id + ": spec.storage.size must be a quantity such as 10Gi");
        }
        JsonNode initdb = spec.path("bootstrap").path("initdb");
        if (initdb.path("database").asText().isEmpty() || initdb.path("owner").asText().isEmpty()) {
            problems.add(id + ": spec.bootstrap.initdb needs database and owner");
        }
        requestsAndLimits(id, spec.path("resources"));
        for (JsonNode role : spec.path("managed").path("roles")) {
            if (!role.path("name").isTextual() || !role.path("passwordSecret").path("name").isTextual()
                    || !"present".equals(role.path("ensure").asText("present")) || role.path("superuser").asBoolean(false)) {
                problems.add(id + ": spec.managed.roles needs a name and a passwordSecret, present, and no superuser");
            }
        }
    }

    private void policies(List<JsonNode> docs, Expectations expected) {
        Map<String, List<JsonNode>> byKind = new java.util.HashMap<>();
        docs.forEach(d -> byKind.computeIfAbsent(d.path("kind").asText(), k -> new ArrayList<>()).add(d));
        Set<String> dbSecrets = new java.util.HashSet<>();
        byKind.getOrDefault("Cluster", List.of()).forEach(c -> {
            dbSecrets.add(c.path("metadata").path("name").asText() + "-app");
            c.path("spec").path("managed").path("roles").forEach(r -> dbSecrets.add(r.path("passwordSecret").path("name").asText()));
        });
        dbSecrets.addAll(PROVISIONED_SECRETS);
        for (JsonNode d : docs) {
            if (d.path("metadata").path("namespace").asText().isEmpty()) {
                problems.add(d.path("kind").asText() + "/" + d.path("metadata").path("name").asText() + ": no namespace");
            }
        }
        for (JsonNode dep : byKind.getOrDefault("Deployment", List.of())) {
            String name = dep.path("metadata").path("name").asText();
            String id = "Deployment/" + name;
            int replicas = dep.path("spec").path("replicas").asInt(1);
            if (replicas < expected.minReplicas() || replicas > expected.maxReplicas()) {
                problems.add(id + ": " + replicas + " replicas, expected " + expected.minReplicas() + ".." + expected.maxReplicas());
            }
            JsonNode podLabels = dep.path("spec").path("template").path("metadata").path("labels");
            JsonNode pod = dep.path("spec").path("template").path("spec");
            for (JsonNode c : pod.path("containers")) {
                String cid = id + " container " + c.path("name").asText();
                requestsAndLimits(cid, c.path("resources"));
                for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                    if (c.path(probe).isMissingNode()) {
                        problems.add(cid + ": no " + probe);
                    }
                }
                for (JsonNode env : c.path("env")) {
                    JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode() && !dbSecrets.contains(ref.path("name").asText())) {
                        problems.add(cid + ": secret " + ref.path("name").asText()
                                + " is neither made by a CloudNativePG cluster nor a provisioned one");
                    }
                }
            }
            int grace = pod.path("terminationGracePeriodSeconds").asInt(30);
            int shutdown = byKind.getOrDefault("ConfigMap", List.of()).stream()
                    .filter(cm -> cm.path("metadata").path("name").asText().equals(name))
                    .map(cm -> cm.path("data").path("QUARKUS_SHUTDOWN_TIMEOUT").asText("10s").replace("s", ""))
                    .mapToInt(Integer::parseInt).findFirst().orElse(10);
            if (grace <= shutdown) {
                problems.add(id + ": terminationGracePeriodSeconds " + grace + " is not longer than the shutdown timeout " + shutdown + "s");
            }
            if (byKind.getOrDefault("PodDisruptionBudget", List.of()).stream()
                    .noneMatch(p -> selects(p.path("spec").path("selector").path("matchLabels"), podLabels))) {
                problems.add(id + ": no PodDisruptionBudget selects its pods");
            }
            if (byKind.getOrDefault("NetworkPolicy", List.of()).stream()
                    .noneMatch(p -> !p.path("spec").path("podSelector").path("matchLabels").isEmpty()
                            && selects(p.path("spec").path("podSelector").path("matchLabels"), podLabels))) {
                problems.add(id + ": no NetworkPolicy of its own selects its pods");
            }
            if (byKind.getOrDefault("HorizontalPodAutoscaler", List.of()).stream()
                    .noneMatch(h -> h.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                            && h.path("spec").path("scaleTargetRef").path("name").asText().equals(name))) {
                problems.add(id + ": no HorizontalPodAutoscaler scales it");
            }
        }
        for (JsonNode topic : byKind.getOrDefault("KafkaTopic", List.of())) {
            String id = "KafkaTopic/" + topic.path("metadata").path("name").asText();
            if (topic.path("metadata").path("labels").path("strimzi.io/cluster").asText().isEmpty()) {
                problems.add(id + ": no strimzi.io/cluster label");
            }
            int replicas = topic.path("spec").path("replicas").asInt();
            int minIsr = topic.path("spec").path("config").path("min.insync.replicas").asInt(1);
            // with one replica the only possible value is 1; otherwise one replica may be lost
            if (replicas > 1 ? minIsr >= replicas : minIsr != 1) {
                problems.add(id + ": min.insync.replicas " + minIsr + " must be below the replication factor " + replicas);
            }
            if (replicas != expected.topicReplicas() || minIsr != expected.minInsync()) {
                problems.add(id + ": replication " + replicas + "/" + minIsr + ", expected " + expected.topicReplicas()
                        + "/" + expected.minInsync());
            }
        }
        for (JsonNode pool : byKind.getOrDefault("KafkaNodePool", List.of())) {
            if (pool.path("spec").path("replicas").asInt() != expected.brokers()) {
                problems.add("KafkaNodePool/" + pool.path("metadata").path("name").asText() + ": "
                        + pool.path("spec").path("replicas").asInt() + " brokers, expected " + expected.brokers());
            }
        }
        for (JsonNode secret : byKind.getOrDefault("Secret", List.of())) {
            if (!secret.path("data").isEmpty() || !secret.path("stringData").isEmpty()) {
                problems.add("Secret/" + secret.path("metadata").path("name").asText() + ": carries data; secrets are never in the repository");
            }
        }
    }

    private void requestsAndLimits(String id, JsonNode resources) {
        for (String section : List.of("requests", "limits")) {
            for (String r : List.of("cpu", "memory")) {
                if (resources.path(section).path(r).asText().isEmpty()) {
                    problems.add(id + ": no " + section + "." + r);
                }
            }
        }
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> it = selector.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static Object call(Call c) {
        try {
            return c.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.toString() : m.lines().findFirst().orElse(m);
    }
}
