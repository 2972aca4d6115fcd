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
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Validates rendered Kubernetes manifests offline: core kinds through the typed models of the
 * official Java client (which reject unknown fields and wrong types), Strimzi kinds through
 * Strimzi's API model (no unknown properties anywhere), the Keycloak operator's kinds through their
 * CRDs' schemas ({@link CrdSchema}), CloudNativePG clusters by explicit assertions, then the
 * project's policies. Returns every problem found; empty means valid.
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
    /** The Keycloak operator's CRDs (26.0.0, the newest published here; every field used exists in 26.x). */
    private static final Map<String, CrdSchema> CRDS = Map.of(
            "Keycloak", CrdSchema.load("keycloaks.k8s.keycloak.org-v1.yml"),
            "KeycloakRealmImport", CrdSchema.load("keycloakrealmimports.k8s.keycloak.org-v1.yml"));
    private static final Set<String> CNPG_SPEC = Set.of("instances", "imageName", "primaryUpdateStrategy", "bootstrap",
            "storage", "resources", "monitoring", "backup", "postgresql", "affinity", "enableSuperuserAccess", "managed");
    /** Secrets the services read that ops provisions (documented in docs/runbook.md), beside those CNPG makes. */
    private static final Set<String> PROVISIONED_SECRETS = Set.of("sakip-audit-keys", "keycloak-tls",
            "keycloak-bootstrap-admin");
    /** Client settings that are environment data, set per overlay; everything else is the realm file's. */
    private static final List<String> CLIENT_ENVIRONMENT = List.of("redirectUris", "webOrigins");
    private static final String POST_LOGOUT = "post.logout.redirect.uris";

    /** What an overlay must look like. */
    record Expectations(int minReplicas, int maxReplicas, int brokers, int topicReplicas, int minInsync,
            int dbInstances, int keycloakInstances, boolean localRedirects) {
        static final Expectations DEV = new Expectations(1, 1, 1, 1, 1, 1, 1, true);
        static final Expectations PROD = new Expectations(2, 10, 3, 3, 2, 3, 2, false);
    }

    /**
     * What the identity resources must match: the committed realm file ({@code deploy/keycloak}) and
     * the Keycloak version the tests run ({@code keycloak.version} of the parent pom).
     */
    record Identity(JsonNode realm, String keycloakVersion) {
        static Identity committed() {
            Path file = KustomizeOverlaysTest.K8S.resolveSibling("keycloak").resolve("sakip-realm.json");
            try {
                return new Identity(JSON.readTree(Files.readString(file)),
                        System.getProperty("sakip.keycloak.version", "26.7.3"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final List<String> problems = new ArrayList<>();
    private final Identity identity;

    private ManifestValidator(Identity identity) {
        this.identity = identity;
    }

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
        return validate(docs, expected, Identity.committed());
    }

    static List<String> validate(List<JsonNode> docs, Expectations expected, Identity identity) {
        ManifestValidator v = new ManifestValidator(identity);
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
            } else if (CRDS.containsKey(kind)) {
                CRDS.get(kind).problems(doc).forEach(p -> problems.add(id + ": " + p));
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
        Map<String, List<JsonNode>> byKind = new HashMap<>();
        docs.forEach(d -> byKind.computeIfAbsent(d.path("kind").asText(), k -> new ArrayList<>()).add(d));
        Set<String> dbSecrets = new HashSet<>();
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
        identityPolicies(byKind, dbSecrets, expected);
        for (JsonNode secret : byKind.getOrDefault("Secret", List.of())) {
            if (!secret.path("data").isEmpty() || !secret.path("stringData").isEmpty()) {
                problems.add("Secret/" + secret.path("metadata").path("name").asText() + ": carries data; secrets are never in the repository");
            }
        }
    }

    /**
     * Keycloak and its realm: the secrets it reads exist, the image is the tested version, the issuer
     * the services trust is this Keycloak's realm, a NetworkPolicy admits only what it needs, and the
     * realm imported is the committed realm file with only the redirect URIs and web origins of the
     * environment added (no users, no password grant, https only outside dev).
     */
    private void identityPolicies(Map<String, List<JsonNode>> byKind, Set<String> secrets, Expectations expected) {
        List<JsonNode> keycloaks = byKind.getOrDefault("Keycloak", List.of());
        List<JsonNode> imports = byKind.getOrDefault("KeycloakRealmImport", List.of());
        Set<String> issuers = new HashSet<>();
        for (JsonNode kc : keycloaks) {
            String name = kc.path("metadata").path("name").asText();
            String id = "Keycloak/" + name;
            JsonNode spec = kc.path("spec");
            List<String> referenced = new ArrayList<>(List.of(spec.path("db").path("usernameSecret").path("name").asText(),
                    spec.path("db").path("passwordSecret").path("name").asText(), spec.path("http").path("tlsSecret").asText(),
                    spec.path("bootstrapAdmin").path("user").path("secret").asText()));
            spec.path("additionalOptions").forEach(o -> referenced.add(o.path("secret").path("name").asText()));
            for (String secret : referenced) {
                if (!secret.isEmpty() && !secrets.contains(secret)) {
                    problems.add(id + ": secret " + secret + " is neither made by a CloudNativePG cluster nor a provisioned one");
                }
            }
            if (spec.path("http").path("tlsSecret").asText().isEmpty()) {
                problems.add(id + ": no spec.http.tlsSecret (Keycloak serves HTTPS only)");
            }
            String image = spec.path("image").asText();
            if (!image.endsWith(":" + identity.keycloakVersion())) {
                problems.add(id + ": image " + image + " is not Keycloak " + identity.keycloakVersion() + ", the version the tests run");
            }
            if (spec.path("instances").asInt() != expected.keycloakInstances()) {
                problems.add(id + ": " + spec.path("instances").asInt() + " instances, expected " + expected.keycloakInstances());
            }
            requestsAndLimits(id, spec.path("resources"));
            String hostname = spec.path("hostname").path("hostname").asText();
            if (!hostname.startsWith("https://") || hostname.contains("example")) {
                problems.add(id + ": spec.hostname.hostname " + hostname + " must be the realm's public https URL");
            }
            imports.stream().filter(i -> i.path("spec").path("keycloakCRName").asText().equals(name))
                    .forEach(i -> issuers.add(hostname + "/realms/" + i.path("spec").path("realm").path("realm").asText()));
            JsonNode pods = JSON.createObjectNode().put("app", "keycloak").put("app.kubernetes.io/managed-by", "keycloak-operator")
                    .put("app.kubernetes.io/instance", name);
            if (byKind.getOrDefault("NetworkPolicy", List.of()).stream()
                    .noneMatch(p -> selects(p.path("spec").path("podSelector").path("matchLabels"), pods))) {
                problems.add(id + ": no NetworkPolicy of its own selects its pods");
            }
        }
        for (JsonNode imp : imports) {
            String id = "KeycloakRealmImport/" + imp.path("metadata").path("name").asText();
            String owner = imp.path("spec").path("keycloakCRName").asText();
            if (keycloaks.stream().noneMatch(k -> k.path("metadata").path("name").asText().equals(owner))) {
                problems.add(id + ": spec.keycloakCRName " + owner + " names no rendered Keycloak");
            }
            realm(id, imp.path("spec").path("realm"), expected);
        }
        for (JsonNode cm : byKind.getOrDefault("ConfigMap", List.of())) {
            String issuer = cm.path("data").path("JWT_ISSUER").asText(null);
            if (issuer == null) {
                continue;
            }
            String id = "ConfigMap/" + cm.path("metadata").path("name").asText();
            if (!issuers.contains(issuer)) {
                problems.add(id + ": JWT_ISSUER " + issuer + " is not the realm of a rendered Keycloak " + issuers);
            }
            if (!cm.path("data").path("JWT_PUBLIC_KEY_LOCATION").asText().equals(issuer + "/protocol/openid-connect/certs")) {
                problems.add(id + ": JWT_PUBLIC_KEY_LOCATION is not the JWKS of " + issuer);
            }
        }
    }

    private void realm(String id, JsonNode imported, Expectations expected) {
        if (imported.has("users")) {
            problems.add(id + ": the realm carries users; demo users are for the local run only");
        }
        JsonNode clients = imported.path("clients");
        for (JsonNode client : clients) {
            String cid = id + " client " + client.path("clientId").asText();
            if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                problems.add(cid + ": allows the password grant (local run only)");
            }
            List<String> uris = new ArrayList<>();
            client.path("redirectUris").forEach(u -> uris.add(u.asText()));
            client.path("webOrigins").forEach(u -> uris.add(u.asText()));
            String logout = client.path("attributes").path(POST_LOGOUT).asText("+");
            if (!logout.equals("+")) {
                uris.addAll(List.of(logout.split("##")));
            }
            for (String uri : uris) {
                if (uri.equals("+")) {
                    continue; // web origins: those of the redirect URIs
                }
                String problem = redirectProblem(uri, expected.localRedirects());
                if (problem != null) {
                    problems.add(cid + ": " + uri + " " + problem);
                }
            }
        }
        JsonNode stripped = withoutEnvironment(imported);
        JsonNode committed = withoutEnvironment(identity.realm());
        if (!stripped.equals(committed)) {
            problems.add(id + ": spec.realm is not deploy/keycloak/sakip-realm.json (beyond redirect URIs and web origins): "
                    + firstDifference("", committed, stripped));
        }
    }

    /** A copy of a realm without what each environment sets: the clients' redirect URIs and web origins. */
    private static JsonNode withoutEnvironment(JsonNode realm) {
        JsonNode copy = realm.deepCopy();
        for (JsonNode client : copy.path("clients")) {
            ((ObjectNode) client).remove(CLIENT_ENVIRONMENT);
            if (client.path("attributes").isObject()) {
                ((ObjectNode) client.path("attributes")).remove(POST_LOGOUT);
            }
        }
        return copy;
    }

    /** Null when a redirect URI or web origin is acceptable: https to a named host, or a local dev server where allowed. */
    private static String redirectProblem(String uri, boolean localAllowed) {
        URI u;
        try {
            u = URI.create(uri.replace("*", "x"));
        } catch (IllegalArgumentException e) {
            return "is not a URI";
        }
        if (u.getHost() == null || uri.substring(0, uri.indexOf(u.getHost()) + u.getHost().length()).contains("*")) {
            return "has no fixed host";
        }
        if (u.getHost().contains("example")) {
            return "names a placeholder host";
        }
        boolean local = "http".equals(u.getScheme()) && u.getHost().equals("localhost");
        if (local) {
            return localAllowed ? null : "is a local address (not in this environment)";
        }
        return "https".equals(u.getScheme()) ? null : "is not https";
    }

    private static String firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                if (!expected.path(n).equals(actual.path(n))) {
                    return firstDifference(path + "." + n, expected.path(n), actual.path(n));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    return firstDifference(path + "[" + i + "]", expected.get(i), actual.get(i));
                }
            }
        }
        return (path.isEmpty() ? "the realm" : path.substring(1)) + " is " + abbreviated(actual) + ", the file has " + abbreviated(expected);
    }

    private static String abbreviated(JsonNode n) {
        String s = n.isMissingNode() ? "(missing)" : n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
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
