package id.sakip.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The validator itself: the committed bases pass, and each kind of breakage is caught. */
class ManifestValidatorTest {

    /** The base objects of the platform, indicator-service and Keycloak, with a namespace as an overlay would set. */
    private static List<JsonNode> base() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        for (String dir : List.of("platform", "indicator-service", "keycloak")) {
            try (Stream<Path> files = Files.list(KustomizeOverlaysTest.K8S.resolve("base").resolve(dir))) {
                for (Path f : files.filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).sorted().toList()) {
                    docs.addAll(ManifestValidator.parse(Files.readString(f)));
                }
            }
        }
        docs.forEach(d -> ((ObjectNode) d.path("metadata")).put("namespace", "sakip"));
        return docs;
    }

    private static ObjectNode first(List<JsonNode> docs, String kind) {
        return (ObjectNode) docs.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst().orElseThrow();
    }

    private static ObjectNode spec(List<JsonNode> docs, String kind) {
        return (ObjectNode) first(docs, kind).path("spec");
    }

    private static ObjectNode container(List<JsonNode> docs) {
        return (ObjectNode) first(docs, "Deployment").path("spec").path("template").path("spec").path("containers").get(0);
    }

    @Test
    void theCommittedBasesAreValid() throws IOException {
        assertThat(ManifestValidator.validate(base(), ManifestValidator.Expectations.PROD)).isEmpty();
    }

    @Test
    void anUnknownFieldInACoreObjectIsCaught() throws IOException {
        List<JsonNode> docs = base();
        ((ObjectNode) first(docs, "Deployment").path("spec")).put("replica", 2);
        assertThat(ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD))
                .anyMatch(p -> p.startsWith("Deployment/indicator-service") && p.contains("replica"));
    }

    @Test
    void aWrongTypeIsCaught() throws IOException {
        List<JsonNode> docs = base();
        ((ObjectNode) first(docs, "Service").path("spec")).put("ports", "http");
        assertThat(ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD))
                .anyMatch(p -> p.startsWith("Service/indicator-service"));
    }

    @Test
    void aMissingProbeAndMissingLimitsAreCaught() throws IOException {
        List<JsonNode> docs = base();
        container(docs).remove("readinessProbe");
        ((ObjectNode) container(docs).path("resources")).remove("limits");
        assertThat(ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD))
                .contains("Deployment/indicator-service container indicator-service: no readinessProbe",
                        "Deployment/indicator-service container indicator-service: no limits.cpu");
    }

    @Test
    void anUnknownFieldInAStrimziObjectIsCaught() throws IOException {
        List<JsonNode> docs = base();
        ((ObjectNode) first(docs, "KafkaTopic").path("spec")).put("partition", 3);
        ((ObjectNode) first(docs, "Kafka").path("spec").path("kafka")).put("brokers", 3);
        List<String> problems = ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD);
        assertThat(problems).anyMatch(p -> p.startsWith("KafkaTopic/") && p.contains("partition"));
        assertThat(problems).anyMatch(p -> p.startsWith("Kafka/sakip") && p.contains("brokers"));
    }

    @Test
    void topicAndClusterPoliciesAreChecked() throws IOException {
        List<JsonNode> docs = base();
        ObjectNode topic = first(docs, "KafkaTopic");
        ((ObjectNode) topic.path("spec").path("config")).put("min.insync.replicas", 3);
        ((ObjectNode) topic.path("metadata").path("labels")).remove("strimzi.io/cluster");
        ((ObjectNode) first(docs, "Cluster").path("spec")).put("instance", 3);
        List<String> problems = ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD);
        assertThat(problems).anyMatch(p -> p.contains("min.insync.replicas 3 must be below the replication factor 3"));
        assertThat(problems).anyMatch(p -> p.contains("no strimzi.io/cluster label"));
        assertThat(problems).anyMatch(p -> p.startsWith("Cluster/indicator-db") && p.contains("spec.instance"));
    }

    @Test
    void aDeploymentWithoutPdbHpaOrNetworkPolicyAndASecretWithDataAreCaught() throws IOException {
        List<JsonNode> docs = base();
        docs.removeIf(d -> List.of("PodDisruptionBudget", "HorizontalPodAutoscaler").contains(d.path("kind").asText()));
        docs.removeIf(d -> d.path("metadata").path("name").asText().equals("indicator-service")
                && d.path("kind").asText().equals("NetworkPolicy"));
        docs.addAll(ManifestValidator.parse("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: leaked
                  namespace: sakip
                stringData:
                  password: hunter2
                """));
        List<String> problems = ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD);
        assertThat(problems).contains("Deployment/indicator-service: no PodDisruptionBudget selects its pods",
                "Deployment/indicator-service: no HorizontalPodAutoscaler scales it",
                "Deployment/indicator-service: no NetworkPolicy of its own selects its pods",
                "Secret/leaked: carries data; secrets are never in the repository");
    }

    @Test
    void keycloakResourcesAreCheckedAgainstTheOperatorsSchemas() throws IOException {
        List<JsonNode> docs = base();
        spec(docs, "Keycloak").put("instance", 2);
        ((ObjectNode) spec(docs, "Keycloak").path("db")).put("port", "5432");
        ObjectNode web = (ObjectNode) spec(docs, "KeycloakRealmImport").path("realm").path("clients").get(0);
        web.putArray("redirectUri").add("https://sakip.jambiprov.go.id/*");
        ((ObjectNode) spec(docs, "KeycloakRealmImport").path("realm")).put("sslRequired", true);
        List<String> problems = ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD);
        assertThat(problems).contains("Keycloak/keycloak: spec.instance: unknown field",
                "Keycloak/keycloak: spec.db.port: must be an integer, not string",
                "KeycloakRealmImport/sakip-realm: spec.realm.clients[0].redirectUri: unknown field",
                "KeycloakRealmImport/sakip-realm: spec.realm.sslRequired: must be a string, not boolean");
    }

    @Test
    void theImportedRealmIsTheRealmFileWithOnlyTheEnvironmentsAddresses() throws IOException {
        List<JsonNode> docs = base();
        ObjectNode realm = (ObjectNode) spec(docs, "KeycloakRealmImport").path("realm");
        ArrayNode clients = (ArrayNode) realm.path("clients");
        ((ObjectNode) clients.get(0)).putArray("redirectUris").add("https://sakip.jambiprov.go.id/*");
        assertThat(ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD))
                .as("redirect URIs are the environment's").isEmpty();

        realm.put("accessTokenLifespan", 86400);
        realm.putArray("users").addObject().put("username", "demo");
        ((ObjectNode) clients.get(1)).put("directAccessGrantsEnabled", true);
        ((ObjectNode) clients.get(0)).putArray("redirectUris").add("http://localhost:5173/*").add("*").add("http://sakip.jambiprov.go.id/*");
        List<String> problems = ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD);
        assertThat(problems).contains("KeycloakRealmImport/sakip-realm: the realm carries users; demo users are for the local run only",
                "KeycloakRealmImport/sakip-realm client sakip-swagger: allows the password grant (local run only)",
                "KeycloakRealmImport/sakip-realm client sakip-web: http://localhost:5173/* is a local address (not in this environment)",
                "KeycloakRealmImport/sakip-realm client sakip-web: * has no fixed host",
                "KeycloakRealmImport/sakip-realm client sakip-web: http://sakip.jambiprov.go.id/* is not https");
        assertThat(problems).anyMatch(p -> p.startsWith("KeycloakRealmImport/sakip-realm: spec.realm is not deploy/keycloak/sakip-realm.json")
                && p.contains("accessTokenLifespan is 86400"));
        assertThat(ManifestValidator.validate(docs, ManifestValidator.Expectations.DEV))
                .noneMatch(p -> p.contains("localhost"));
    }

    @Test
    void theServicesTrustThisKeycloaksRealmAndItsSecretsExist() throws IOException {
        List<JsonNode> docs = base();
        ((ObjectNode) spec(docs, "Keycloak").path("hostname")).put("hostname", "https://sso.example.go.id");
        ((ObjectNode) spec(docs, "Keycloak").path("bootstrapAdmin").path("user")).put("secret", "admin-password");
        spec(docs, "Keycloak").put("image", "quay.io/keycloak/keycloak:25.0.6");
        docs.removeIf(d -> d.path("kind").asText().equals("NetworkPolicy") && d.path("metadata").path("name").asText().equals("keycloak"));
        List<String> problems = ManifestValidator.validate(docs, ManifestValidator.Expectations.PROD);
        assertThat(problems).contains(
                "Keycloak/keycloak: spec.hostname.hostname https://sso.example.go.id must be the realm's public https URL",
                "Keycloak/keycloak: secret admin-password is neither made by a CloudNativePG cluster nor a provisioned one",
                "Keycloak/keycloak: image quay.io/keycloak/keycloak:25.0.6 is not Keycloak "
                        + ManifestValidator.Identity.committed().keycloakVersion() + ", the version the tests run",
                "Keycloak/keycloak: no NetworkPolicy of its own selects its pods",
                "ConfigMap/indicator-service: JWT_ISSUER https://sso.sakip.jambiprov.go.id/realms/sakip is not the realm of a rendered "
                        + "Keycloak [https://sso.example.go.id/realms/sakip]");
    }
}
