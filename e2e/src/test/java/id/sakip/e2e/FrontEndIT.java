package id.sakip.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.testsupport.AgencyClient;
import id.sakip.testsupport.ContractRecorder;
import id.sakip.testsupport.SakipSystem;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The system as a front-end team meets it: a page on another origin calling every service from a
 * real headless Chromium, the generated TypeScript client running a unit's form flow and
 * downloading a PDF, the committed OpenAPI documents linted by Redocly. Every REST Assured response
 * here goes through the contract recorder too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrontEndIT {
    private static final String AGENCY = "1507-KEC-FE-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String SASARAN = "Meningkatnya kualitas pelayanan publik kecamatan";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SakipSystem system;
    private static AgencyClient client;
    private static NodeTools node;
    private static String indicatorId;
    private static String agreementId;
    private static String formId;

    @BeforeAll
    static void start() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractRecorder.install();
        node = new NodeTools(Path.of(System.getProperty("sakip.root", ".."))).installed();
        system = SakipSystem.start();
        client = new AgencyClient(system, AGENCY);
        client.register("Kecamatan Tanjung Lago", "1507");
        indicatorId = client.defineIndicator("IKU-01", "Indeks Kepuasan Masyarakat", "indeks", "HIGHER_IS_BETTER",
                "AVERAGE", "SEKRETARIAT");
        agreementId = client.signAgreement(2026, List.of(AgencyClient.item(indicatorId, 82, 80, 82, 83, 83)));
        await().atMost(Duration.ofSeconds(60)).until(() -> client.collectionHasAgreement(2026));
        String round = client.openRound(2026, "Q1");
        formId = client.formOf(round, "SEKRETARIAT");
        // measurement and reporting know the agency once its AgencyRegistered has reached them
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> client.at("measurement-service", client.as("sekretaris"))
                .get("/agencies/{a}/capaian-settings", AGENCY).then().statusCode(200));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> client.at("reporting-service", client.as("kepala"))
                .get("/agencies/{a}/lkjip/2026/narratives", AGENCY).then().statusCode(200));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void aPageOnAnotherOriginCallsEveryServiceWithABearerTokenGetAndPut() throws Exception {
        String team = client.as("tim-sakip");
        String unit = client.asUnit("SEKRETARIAT");
        String sekretaris = client.as("sekretaris");
        String kepala = client.as("kepala");
        JsonPath indicator = client.at("indicator-service", team).get("/indicators/{id}", indicatorId).then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> definition = new LinkedHashMap<>();
        for (String field : List.of("code", "name", "kind", "sasaran", "unitOfMeasure", "polarity", "aggregation",
                "frequency", "responsibleUnit")) {
            definition.put(field, indicator.get(field));
        }
        definition.put("definition", "Diubah dari halaman web");
        long formVersion = client.at("collection-service", unit).get("/forms/{id}", formId).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Map<String, Object> settings = client.at("measurement-service", sekretaris)
                .get("/agencies/{a}/capaian-settings", AGENCY).then().statusCode(200).extract().jsonPath().getMap("$");

        List<Map<String, Object>> requests = new ArrayList<>();
        requests.add(request("indicator GET", "GET", "indicator-service", "/indicators/" + indicatorId, team, null));
        requests.add(request("indicator PUT", "PUT", "indicator-service", "/indicators/" + indicatorId, team,
                Map.of("version", indicator.getLong("version"), "indicator", definition)));
        requests.add(request("indicator POST", "POST", "indicator-service", "/agencies/" + AGENCY + "/indicators", team,
                Map.of("code", "IKU-02", "name", "Persentase pengaduan ditindaklanjuti", "kind", "IKU", "sasaran",
                        SASARAN, "unitOfMeasure", "%", "polarity", "HIGHER_IS_BETTER", "aggregation", "LAST",
                        "frequency", "QUARTERLY", "responsibleUnit", "SEKRETARIAT")));
        requests.add(request("collection GET", "GET", "collection-service", "/forms?mine=true", unit, null));
        requests.add(request("collection PUT", "PUT", "collection-service", "/forms/" + formId, unit,
                Map.of("version", formVersion, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 81.5)))));
        requests.add(request("measurement GET", "GET", "measurement-service", "/agencies/" + AGENCY
                + "/capaian-settings", sekretaris, null));
        requests.add(request("measurement PUT", "PUT", "measurement-service", "/agencies/" + AGENCY
                + "/capaian-settings", sekretaris, settings));
        requests.add(request("reporting PUT", "PUT", "reporting-service", "/agencies/" + AGENCY + "/lkjip/2026/narratives",
                kepala, Map.of("sasaran", SASARAN, "causes", "Survei IKM tepat waktu", "solutions", "Loket tambahan",
                        "programs", "Program Pelayanan Publik")));
        requests.add(request("reporting GET", "GET", "reporting-service", "/agencies/" + AGENCY + "/lkjip/2026/narratives",
                kepala, null));
        requests.add(request("unknown origin's token refused", "GET", "collection-service", "/forms?mine=true",
                "not-a-token", null));

        Path dir = Files.createDirectories(Path.of("target", "browser"));
        Path plan = dir.resolve("plan.json");
        Path out = dir.resolve("results.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(plan.toFile(),
                Map.of("origin", SakipSystem.BROWSER_ORIGIN, "requests", requests));
        NodeTools.Result r = node.run("browser-check", Map.of(), Duration.ofMinutes(3), "node", "browser/cors-check.mjs",
                plan.toAbsolutePath().toString(), out.toAbsolutePath().toString());
        assertThat(r.exit()).as(r.output()).isZero();
        JsonNode results = JSON.readTree(out.toFile());
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        results.forEach(n -> byName.put(n.path("name").asText(), n));

        assertThat(byName.get("page origin").path("origin").asText()).isEqualTo(SakipSystem.BROWSER_ORIGIN);
        for (String name : List.of("indicator GET", "indicator PUT", "collection GET", "collection PUT",
                "measurement GET", "measurement PUT", "reporting PUT", "reporting GET")) {
            JsonNode n = byName.get(name);
            assertThat(n.path("error").isMissingNode()).as(name + ": " + n).isTrue();
            assertThat(n.path("status").asInt()).as(name + ": " + n).isEqualTo(200);
            assertThat(n.path("contentType").asText()).as(name).startsWith("application/json");
        }
        // the browser may read what a created resource's Location says (exposed header)
        JsonNode created = byName.get("indicator POST");
        assertThat(created.path("status").asInt()).as(created.toString()).isEqualTo(201);
        assertThat(created.path("location").asText()).startsWith(system.url("indicator-service") + "/indicators/");
        // an error is readable too: a 401 problem, not a CORS failure
        JsonNode refused = byName.get("unknown origin's token refused");
        assertThat(refused.path("status").asInt()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.path("contentType").asText()).isEqualTo("application/problem+json");

        // what the page wrote is there
        client.at("indicator-service", team).get("/indicators/{id}", indicatorId).then().statusCode(200)
                .body("definition", equalTo("Diubah dari halaman web"));
        client.at("collection-service", unit).get("/forms/{id}", formId).then().statusCode(200)
                .body("rows[0].realisasi", equalTo(81.5f));
    }

    @Test
    @Order(2)
    void preflightsAreAnsweredForTheConfiguredOriginOnlyAndRefusedAsProblems() {
        for (String service : SakipSystem.SERVICES) {
            RestAssured.given().baseUri(system.url(service)).header("Origin", SakipSystem.BROWSER_ORIGIN)
                    .header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "authorization,content-type")
                    .options("/sop-templates/collection").then().statusCode(204)
                    .header("Access-Control-Allow-Origin", SakipSystem.BROWSER_ORIGIN)
                    .header("Access-Control-Allow-Methods", containsStringIgnoringCase("PUT"))
                    .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"))
                    .header("Access-Control-Allow-Headers", containsStringIgnoringCase("content-type"));
            RestAssured.given().baseUri(system.url(service)).header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "PUT").options("/sop-templates/collection").then()
                    .statusCode(403).contentType("application/problem+json")
                    .header("Access-Control-Allow-Origin", nullValue());
            client.at(service, client.as("sekretaris")).header("Origin", SakipSystem.BROWSER_ORIGIN)
                    .get("/audit/verify").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", SakipSystem.BROWSER_ORIGIN)
                    .header("Access-Control-Expose-Headers", containsStringIgnoringCase("location"))
                    .header("Access-Control-Expose-Headers", containsStringIgnoringCase("content-disposition"))
                    .header("Access-Control-Expose-Headers", containsStringIgnoringCase("retry-after"));
        }
    }

    @Test
    @Order(3)
    void theGeneratedTypeScriptClientRunsAUnitsFormFlowAndDownloadsThePdfByteForByte() throws Exception {
        NodeTools.Result build = node.run("build", Map.of(), Duration.ofMinutes(5), "npm", "run", "build");
        assertThat(build.exit()).as(build.output()).isZero();

        Path pdf = Files.createDirectories(Path.of("target", "browser")).resolve("pk-from-typescript.pdf")
                .toAbsolutePath();
        Files.deleteIfExists(pdf);
        NodeTools.Result flow = node.run("form-flow", Map.of(
                "SAKIP_COLLECTION_URL", system.url("collection-service"),
                "SAKIP_REPORTING_URL", system.url("reporting-service"),
                "SAKIP_UNIT_TOKEN", client.asUnit("SEKRETARIAT"),
                "SAKIP_TEAM_TOKEN", client.as("tim-sakip"),
                "SAKIP_AGREEMENT_ID", agreementId,
                "SAKIP_PDF_OUT", pdf.toString()), Duration.ofMinutes(3), "node", "dist/form-flow.js");
        assertThat(flow.exit()).as(flow.output()).isZero();
        JsonNode result = JSON.readTree(flow.json());
        assertThat(result.path("formId").asText()).isEqualTo(formId);
        assertThat(result.path("formStatus").asText()).isEqualTo("SUBMITTED");
        assertThat(result.path("contentType").asText()).isEqualTo("application/pdf");

        client.at("collection-service", client.asUnit("SEKRETARIAT")).get("/forms/{id}", formId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("rows[0].keterangan", equalTo("Diisi melalui klien TypeScript"));
        byte[] served = client.at("reporting-service", client.as("tim-sakip"))
                .get("/document-jobs/{id}/content", result.path("jobId").asText()).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        byte[] downloaded = Files.readAllBytes(pdf);
        assertThat(downloaded).startsWith("%PDF-".getBytes()).hasSize(served.length).isEqualTo(served);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served)))
                .isEqualTo(result.path("sha256").asText());
    }

    @Test
    @Order(4)
    void theCommittedDocumentsPassRedoclyLintWithoutErrors() throws Exception {
        NodeTools.Result lint = node.run("lint", Map.of(), Duration.ofMinutes(3), "npm", "run", "lint");
        assertThat(lint.exit()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("Your API descriptions are valid").doesNotContain("error ");
    }

    private static Map<String, Object> request(String name, String method, String service, String path, String token,
            Object body) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("method", method);
        r.put("url", system.url(service) + path);
        r.put("token", token);
        if (body != null) {
            r.put("body", body);
        }
        return r;
    }
}
