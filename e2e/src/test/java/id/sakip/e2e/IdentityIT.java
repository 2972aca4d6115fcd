package id.sakip.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.testsupport.AgencyClient;
import id.sakip.testsupport.ContractRecorder;
import id.sakip.testsupport.KafkaBroker;
import id.sakip.testsupport.KeycloakServer;
import id.sakip.testsupport.PostgresDatabases;
import id.sakip.testsupport.SakipSystem;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Real identity: the Keycloak server distribution with the committed realm and the demo users, and
 * three services that verify its tokens (JWKS, issuer, audience). People log in (one through
 * Keycloak's login page from Swagger UI in headless Chromium, the others by the password grant of
 * the local client) and run a collection round of the demo agency: two people of one unit are told
 * apart in {@code submittedBy}, a Sekretaris who submitted a form may not approve its recap, and the
 * collection report names people by name and NIP. Tokens of another realm, for another audience or
 * expired are refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityIT {
    private static final String AGENCY = "1506-KEC-KUALA-BETARA";
    private static final String PASSWORD = "sakip-demo-2026";
    /** The demo users (deploy/keycloak/local/sakip-users-0.json) who act in each SOP role. */
    private static final Map<String, String> OFFICERS = Map.of("kepala", "syahrial.anwar", "sekretaris", "nurhayati",
            "tim-sakip", "rizky.pratama", "SEKRETARIAT", "dewi.lestari");
    /** A list every officer may read, per service. */
    private static final Map<String, String> PROTECTED = Map.of("indicator-service", "/agencies", "collection-service",
            "/rounds", "reporting-service", "/summaries");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KeycloakServer keycloak;
    private static SakipSystem system;
    private static AgencyClient client;
    private static NodeTools node;
    private static String database;
    private static String indicatorId;
    /** A token that expires 5 s after it is issued, taken at the start and tried at the end. */
    private static String shortLived;
    private static long shortLivedIssuedAt;

    @BeforeAll
    static void start() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractRecorder.install();
        Path root = Path.of(System.getProperty("sakip.root", "..")).toAbsolutePath().normalize();
        node = new NodeTools(root).installed();
        database = PostgresDatabases.create("e2e_keycloak");
        int[] ports = KafkaBroker.freePorts(2);
        int port = ports[0];
        KeycloakServer.Options options = new KeycloakServer.Options(root, port, ports[1],
                PostgresDatabases.jdbcUrl(database), PostgresDatabases.user(), PostgresDatabases.password(),
                root.resolve("e2e/target/e2e-logs/keycloak.log"), null);
        // Keycloak starts while the services do; they fetch its keys on the first token they see
        CompletableFuture<KeycloakServer> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return KeycloakServer.start(options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        String issuer = "http://localhost:" + port + "/realms/" + KeycloakServer.REALM;
        system = SakipSystem.start(List.of("indicator-service", "collection-service", "reporting-service"),
                Map.of("JWT_ISSUER", issuer, "JWT_PUBLIC_KEY_LOCATION", issuer + "/protocol/openid-connect/certs"));
        keycloak = starting.join();
        keycloak.importRealm(new KeycloakServer.LocalRealm(List.of(SakipSystem.BROWSER_ORIGIN),
                List.of(system.url("collection-service")), true));
        assertThat(keycloak.issuer()).isEqualTo(issuer);
        shortLived = keycloak.loginShortLived("rizky.pratama", PASSWORD, 5);
        shortLivedIssuedAt = System.currentTimeMillis();

        client = new AgencyClient(system, AGENCY, new AgencyClient.Tokens() {
            @Override
            public String as(String agency, String role) {
                return login(OFFICERS.get(role));
            }

            @Override
            public String asUnit(String agency, String unit) {
                return login(OFFICERS.get(unit));
            }

            @Override
            public String admin() {
                return login("admin.sakip");
            }
        });
        client.register("Kecamatan Kuala Betara", "1506");
        indicatorId = client.defineIndicator("IKU-01", "Indeks Kepuasan Masyarakat", "indeks", "HIGHER_IS_BETTER",
                "AVERAGE", "SEKRETARIAT");
        client.signAgreement(2026, List.of(AgencyClient.item(indicatorId, 82, 80, 82, 83, 83)));
        await().atMost(Duration.ofSeconds(60)).until(() -> client.collectionHasAgreement(2026));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            PostgresDatabases.drop(database);
        }
    }

    private static String login(String username) {
        try {
            return keycloak.login(username, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(1)
    void twoPeopleOfOneUnitAreToldApartAndTheDocumentNamesThemByNameAndNip() throws Exception {
        // Dewi submits the Sekretariat's Q1 form, Ahmad (same unit, same role) its Q2 form
        String q1 = client.openRound(2026, "Q1");
        String q1Form = client.formOf(q1, "SEKRETARIAT");
        submit(login("dewi.lestari"), q1Form, 81.4);
        String round = client.openRound(2026, "Q2");
        String form = client.formOf(round, "SEKRETARIAT");
        submit(login("ahmad.fauzi"), form, 81.6);
        assertThat(formOf(q1Form).getString("submittedBy")).isEqualTo("dewi.lestari");
        assertThat(formOf(q1Form).getString("submittedByName")).isEqualTo("Dewi Lestari, S.A.P.");
        JsonPath submitted = formOf(form);
        assertThat(submitted.getString("submittedBy")).isEqualTo("ahmad.fauzi");
        assertThat(submitted.getString("submittedByName")).isEqualTo("Ahmad Fauzi, S.Kom.");
        assertThat(submitted.getString("submittedByNip")).isEqualTo("199004172015031001");

        client.compileReportAndApprove(round);
        JsonPath approved = client.at("collection-service", login("rizky.pratama")).get("/rounds/{id}", round).then()
                .statusCode(200).extract().jsonPath();
        assertThat(approved.getString("approvedBy")).isEqualTo("nurhayati");
        assertThat(approved.getString("approvedByName")).isEqualTo("Hj. Nurhayati, S.Sos.");
        assertThat(approved.getString("approvedByNip")).isEqualTo("197803152005012003");

        // the collection report (JSON form of the document) names both by name and NIP
        JsonPath document = await().atMost(Duration.ofSeconds(60)).until(() -> {
            var r = client.at("reporting-service", login("syahrial.anwar")).queryParam("format", "json")
                    .get("/documents/collection/{id}", round);
            return r.statusCode() == 200 ? r.jsonPath() : null;
        }, d -> d != null && "Hj. Nurhayati, S.Sos.".equals(d.getString("approvedByName")));
        assertThat(document.getString("approvedByNip")).isEqualTo("197803152005012003");
        assertThat(document.getString("units[0].submittedBy")).isEqualTo("ahmad.fauzi");
        assertThat(document.getString("units[0].submittedByName")).isEqualTo("Ahmad Fauzi, S.Kom.");
    }

    @Test
    @Order(2)
    void aSekretarisWhoSubmittedAFormCannotApproveTheRecap() {
        String round = client.openRound(2026, "Q3");
        String form = client.formOf(round, "SEKRETARIAT");
        // the Sekretaris Camat heads the Sekretariat (roles sekretaris and unit) and submits its form
        submit(login("nurhayati"), form, 82.1);
        assertThat(formOf(form).getString("submittedBy")).isEqualTo("nurhayati");
        String team = login("rizky.pratama");
        client.at("collection-service", team).body(Map.of("version", client.roundVersion(round)))
                .post("/rounds/{id}/recap", round).then().statusCode(200);
        long v = client.step(team, round, "REPORT_RECAP");
        client.at("collection-service", login("nurhayati")).body(Map.of("version", v))
                .post("/rounds/{id}/review/approve", round).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("you submitted a form of this round: someone else approves its recap"));
        client.at("collection-service", team).get("/rounds/{id}", round).then().statusCode(200)
                .body("status", equalTo("RECAP_COMPILED")).body("approvedBy", equalTo(null));
    }

    @Test
    @Order(3)
    void aPersonLogsInThroughKeycloaksLoginPageInSwaggerUiAndCallsAnEndpoint() throws Exception {
        Path out = Files.createDirectories(Path.of("target", "browser")).resolve("swagger-login.json");
        NodeTools.Result r = node.run("swagger-login", Map.of(), Duration.ofMinutes(3), "node",
                "browser/swagger-login.mjs", system.url("collection-service") + "/q/swagger-ui", "dewi.lestari", PASSWORD,
                "operations-Forms-listForms", out.toAbsolutePath().toString(), "/api/collection");
        assertThat(r.exit()).as(r.output()).isZero();
        JsonNode result = JSON.readTree(out.toFile());
        assertThat(result.path("error").isMissingNode()).as(result.toString()).isTrue();
        assertThat(result.path("clientId").asText()).isEqualTo("sakip-swagger");
        assertThat(result.path("loginPage").asText()).isEqualTo(keycloak.issuer() + "/protocol/openid-connect/auth");
        assertThat(result.path("status").asInt()).as(result.toString()).isEqualTo(200);
        // Swagger UI called the gateway server (/api/collection); the stand-in gateway passed it on without the prefix
        assertThat(result.path("requestUrl").asText()).startsWith(system.url("collection-service") + "/forms?");
        JsonNode claims = result.path("claims");
        assertThat(claims.path("azp").asText()).isEqualTo("sakip-swagger");
        assertThat(claims.path("upn").asText()).isEqualTo("dewi.lestari");
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(claims.path("aud").toString()).contains(KeycloakServer.AUDIENCE);
        assertThat(claims.path("agency").asText()).isEqualTo(AGENCY);
    }

    @Test
    @Order(4)
    void tokensOfAnotherRealmForAnotherAudienceOrExpiredAreRefused() throws Exception {
        String own = login("rizky.pratama");
        client.at("collection-service", own).get("/rounds").then().statusCode(200);
        String foreign = keycloak.loginToForeignRealm("rizky.pratama", PASSWORD);
        String otherAudience = keycloak.loginForAnotherAudience("rizky.pratama", PASSWORD);
        // past the token's 5 s and the 30 s of clock skew the services allow
        long wait = shortLivedIssuedAt + Duration.ofSeconds(5 + 30 + 2).toMillis() - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        for (Map.Entry<String, String> t : Map.of("another realm", foreign, "another audience", otherAudience,
                "expired", shortLived).entrySet()) {
            for (String service : List.of("indicator-service", "collection-service", "reporting-service")) {
                client.at(service, t.getValue()).get(PROTECTED.get(service)).then().statusCode(401)
                        .contentType("application/problem+json");
            }
        }
        // and the services still accept the realm's own tokens afterwards
        for (String service : PROTECTED.keySet()) {
            client.at(service, own).get(PROTECTED.get(service)).then().statusCode(200);
        }
    }

    private static JsonPath formOf(String form) {
        return client.at("collection-service", login("rizky.pratama")).get("/forms/{id}", form).then().statusCode(200)
                .extract().jsonPath();
    }

    private static void submit(String token, String form, double realisasi) {
        long version = client.at("collection-service", token).get("/forms/{id}", form).then().statusCode(200).extract()
                .jsonPath().getLong("version");
        long v = client.at("collection-service", token)
                .body(Map.of("version", version, "rows", List.of(Map.of("indicatorCode", "IKU-01", "realisasi",
                        realisasi, "keterangan", "Survei IKM triwulan, 150 responden"))))
                .put("/forms/{id}", form).then().statusCode(200).extract().jsonPath().getLong("version");
        client.at("collection-service", token).body(Map.of("version", v)).post("/forms/{id}/submit", form).then()
                .statusCode(200);
    }
}
