package id.sakip.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The committed OpenAPI documents ({@code docs/api/<service>.yaml}): a running service's document
 * must equal its committed one, so every contract change shows in review. Run the module's
 * {@code ApiDocumentTest} with {@code -Dsakip.api.update=true} to write the new document after a
 * deliberate change; otherwise a difference fails and the generated one is left in
 * {@code target/openapi/} for a diff.
 */
public final class ApiDocuments {
    private ApiDocuments() {
    }

    /** The repository's {@code docs/api}, found from the module directory the tests run in. */
    public static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/api")) && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/api");
    }

    /** Compares the service's document (YAML, as served) with the committed one. */
    public static void assertCommitted(String service) {
        String generated = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        Path committed = directory().resolve(service + ".yaml");
        try {
            if (Boolean.getBoolean("sakip.api.update")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, generated, StandardCharsets.UTF_8);
                return;
            }
            Path fresh = Path.of("target", "openapi", service + ".yaml");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, generated, StandardCharsets.UTF_8);
            assertThat(Files.exists(committed)).as("committed document " + committed).isTrue();
            assertThat(generated)
                    .as("the generated document differs from the committed " + committed + " (diff it with " + fresh
                            + "; after a deliberate change run ApiDocumentTest with -Dsakip.api.update=true and commit)")
                    .isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the issue asks of every document: each operation has a unique operationId and at least one
     * problem+json error, no create is a bare 200, every non-JSON body is binary.
     */
    public static List<String> flaws() {
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                    .statusCode(200).extract().asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpenApiSchemas schemas = new OpenApiSchemas(doc);
        List<String> flaws = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(item -> item.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + item.getKey();
            JsonNode operation = op.getValue();
            String id = operation.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z0-9]*")) {
                flaws.add(where + ": operationId '" + id + "' is not camelCase");
            } else if (!ids.add(id)) {
                flaws.add(where + ": operationId '" + id + "' is not unique");
            }
            JsonNode responses = operation.path("responses");
            boolean problem = false;
            for (var r = responses.fields(); r.hasNext();) {
                var e = r.next();
                JsonNode response = schemas.resolve(e.getValue());
                if (e.getKey().startsWith("4") && response.path("content").has("application/problem+json")) {
                    problem = true;
                }
                response.path("content").fields().forEachRemaining(c -> {
                    if (!c.getKey().contains("json") && !"binary".equals(c.getValue().path("schema").path("format")
                            .asText())) {
                        flaws.add(where + " " + e.getKey() + ": " + c.getKey() + " is not binary");
                    }
                });
            }
            if (!problem) {
                flaws.add(where + ": no problem+json error");
            }
            boolean success = false;
            for (var codes = responses.fieldNames(); codes.hasNext();) {
                success |= codes.next().startsWith("2");
            }
            if (!success) {
                flaws.add(where + ": no success response");
            }
            if (op.getKey().equals("post") && responses.has("200") && !responses.has("201") && !responses.has("202")) {
                String summary = operation.path("summary").asText("").toLowerCase();
                if (summary.startsWith("create") || summary.startsWith("register") || summary.startsWith("open")) {
                    flaws.add(where + ": a create documented as 200");
                }
            }
        }));
        return flaws;
    }
}
