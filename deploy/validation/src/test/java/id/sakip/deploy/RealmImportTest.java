package id.sakip.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The base {@code KeycloakRealmImport} carries the committed realm file, unchanged. After a change
 * of {@code deploy/keycloak/sakip-realm.json}:
 * {@code ./mvnw -pl deploy/validation test -Dtest=RealmImportTest -Dsakip.realm.update=true}
 * rewrites {@code deploy/k8s/base/keycloak/realm-import.yaml} (the overlays then add their redirect
 * URIs by patches, which the manifest test checks).
 */
class RealmImportTest {
    private static final Path IMPORT = KustomizeOverlaysTest.K8S.resolve("base/keycloak/realm-import.yaml");
    private static final String HEADER = """
            # Generated from deploy/keycloak/sakip-realm.json by RealmImportTest (-Dsakip.realm.update=true);
            # do not edit here. The Keycloak operator imports it once, when the realm does not exist yet
            # (it never updates an existing realm: docs/runbook.md, "Change the realm"). Redirect URIs and
            # web origins are empty here and set by each overlay; users and the password-grant client of
            # the local run are never part of it.
            """;

    @Test
    void theBaseImportCarriesTheCommittedRealmFile() throws IOException {
        JsonNode realm = ManifestValidator.Identity.committed().realm();
        if (Boolean.getBoolean("sakip.realm.update")) {
            Files.writeString(IMPORT, HEADER + render(realm));
        }
        JsonNode imported = ManifestValidator.parse(Files.readString(IMPORT)).get(0);
        assertThat(imported.path("kind").asText()).isEqualTo("KeycloakRealmImport");
        assertThat(imported.path("spec").path("keycloakCRName").asText()).isEqualTo("keycloak");
        assertThat(imported.path("spec").path("realm"))
                .as("realm-import.yaml is stale: rerun with -Dsakip.realm.update=true")
                .isEqualTo(realm);
    }

    static String render(JsonNode realm) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = json.createObjectNode();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        doc.putObject("metadata").put("name", "sakip-realm").putObject("labels")
                .put("app.kubernetes.io/name", "keycloak").put("app.kubernetes.io/part-of", "sakip");
        ObjectNode spec = doc.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        spec.set("realm", realm);
        YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build();
        return yaml.writeValueAsString(doc);
    }
}
