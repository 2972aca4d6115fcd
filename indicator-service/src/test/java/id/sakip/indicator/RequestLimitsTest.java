package id.sakip.indicator;

import static id.sakip.indicator.IndicatorFixtures.as;
import static id.sakip.indicator.IndicatorFixtures.indicator;
import static id.sakip.indicator.IndicatorFixtures.newAgencyCode;
import static id.sakip.indicator.IndicatorFixtures.registerAgency;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.sakip.common.http.RequestLimits;
import id.sakip.testsupport.SakipTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The request limits of the shared guard (common's RequestLimits), with a small rate so that the
 * test needs few requests: oversized bodies 413, a client over its write rate 429 with Retry-After,
 * other clients and reads unaffected, page sizes capped; all as problem+json, nothing written.
 */
@QuarkusTest
@TestProfile(RequestLimitsTest.SmallLimits.class)
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class RequestLimitsTest {
    @Inject
    RequestLimits limits;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sakip.limits.rate-limit.burst", "5", "sakip.limits.rate-limit.per-second", "0.5",
                    "sakip.limits.json-body-bytes", "65536", "sakip.limits.body-timeout", "2S", "quarkus.http.idle-timeout", "3S");
        }
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String agency = registerAgency(newAgencyCode());
        Map<String, Object> huge = new HashMap<>(indicator("IKU-01", "%", "HIGHER_IS_BETTER", "LAST"));
        huge.put("name", "x".repeat(70_000));
        given().auth().oauth2(as("tim-sakip", agency)).contentType(ContentType.JSON).body(huge)
                .post("/agencies/{a}/indicators", agency).then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://sakip.id/problems/payload-too-large"));
        given().auth().oauth2(as("kepala", agency)).get("/agencies/{a}/indicators", agency).then()
                .body("total", equalTo(0));
    }

    @Test
    void aClientWritingFasterThanItsRateGets429WithRetryAfterAndOthersDoNot() {
        String agency = registerAgency(newAgencyCode());
        String team = as("tim-sakip", agency);
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 8; i++) {
            Response r = given().auth().oauth2(team).contentType(ContentType.JSON)
                    .body(indicator("IKU-0" + i, "%", "HIGHER_IS_BETTER", "LAST"))
                    .post("/agencies/{a}/indicators", agency);
            statuses.add(r.statusCode());
            if (r.statusCode() == 429 && limited == null) {
                limited = r;
            }
        }
        // a burst of 5, then at most one more token refilled during the loop (0.5 per second)
        assertThat(statuses.subList(0, 5)).containsOnly(201);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isBetween(2L, 3L);
        assertThat(limited).isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.jsonPath().getString("type")).isEqualTo("https://sakip.id/problems/too-many-requests");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
        // what was refused was not written
        long created = statuses.stream().filter(s -> s == 201).count();
        given().auth().oauth2(team).get("/agencies/{a}/indicators", agency).then().body("total", equalTo((int) created));
        // reads are not limited, and another client has its own budget
        given().auth().oauth2(team).get("/agencies/{a}", agency).then().statusCode(200);
        given().auth().oauth2(as("admin", agency)).contentType(ContentType.JSON)
                .body(indicator("IKU-99", "%", "HIGHER_IS_BETTER", "LAST")).post("/agencies/{a}/indicators", agency)
                .then().statusCode(201);
    }

    @Test
    void pageSizesAreCapped() {
        String agency = registerAgency(newAgencyCode());
        given().auth().oauth2(as("kepala", agency)).get("/agencies/{a}/indicators?size=1000", agency).then()
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(as("kepala", agency)).get("/agencies/{a}/indicators?page=100000000", agency).then()
                .statusCode(422).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theLetterCaseOfBearerGivesNoFreshBudget() {
        String agency = registerAgency(newAgencyCode());
        String team = as("tim-sakip", agency);
        List<Integer> statuses = new ArrayList<>();
        String[] schemes = { "Bearer", "bearer", "BEARER", "bEaReR" };
        for (int i = 0; i < 8; i++) {
            statuses.add(given().header("Authorization", schemes[i % 4] + " " + team).contentType(ContentType.JSON)
                    .body(indicator("IKK-0" + i, "%", "HIGHER_IS_BETTER", "LAST")).post("/agencies/{a}/indicators", agency)
                    .statusCode());
        }
        // one officer, one budget: the burst of 5, whatever the spelling of the scheme
        assertThat(statuses.subList(0, 5)).containsOnly(201);
        assertThat(statuses.stream().filter(st -> st == 429).count()).isBetween(2L, 3L);
    }

    /**
     * 100,000 writes with distinct junk tokens, as an attacker without an account would send them:
     * the buckets are per client address before authentication, so the old generation ends within
     * 10 MiB of where it started (before: 29 MiB kept for 3,000 junk tokens).
     */
    @Test
    void junkTokensCannotGrowTheHeap() throws Exception {
        long before = oldGenerationAfterGc();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(8))
                .build();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/agencies/X/indicators");
        Semaphore inFlight = new Semaphore(64);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        int total = 100_000;
        CountDownLatch done = new CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            inFlight.acquire();
            String junk = (i % 2 == 0 ? "Bearer " : "bEaReR ") + UUID.randomUUID() + "." + UUID.randomUUID() + "." + i;
            HttpRequest req = HttpRequest.newBuilder(uri).header("Authorization", junk).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                statuses.merge(e == null ? r.statusCode() : -1, 1, Integer::sum);
                inFlight.release();
                done.countDown();
            });
        }
        assertThat(done.await(5, TimeUnit.MINUTES)).isTrue();
        long after = oldGenerationAfterGc();
        long grownKiB = (after - before) / 1024;
        Files.createDirectories(Path.of("target", "reports"));
        Files.writeString(Path.of("target", "reports", "junk-token-memory.txt"), "100000 writes with distinct junk tokens: "
                + "answers " + new TreeMap<>(statuses) + "; old generation after GC " + before / 1024 + " KiB before, "
                + after / 1024 + " KiB after (" + grownKiB + " KiB); client addresses tracked: "
                + limits.trackedAddresses() + "\n");
        assertThat(statuses.keySet()).allMatch(st -> st == 401 || st == 429);
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(limits.trackedAddresses()).isLessThanOrEqualTo(2);
        assertThat(grownKiB).isLessThan(10 * 1024);
    }

    private static long oldGenerationAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** A body that trickles in is cut off after the body timeout (408, connection closed), not held forever. */
    @Test
    void aSlowBodyIsCutOffAndASilentConnectionClosed() throws Exception {
        String agency = registerAgency(newAgencyCode());
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /agencies/" + agency + "/indicators HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + as("tim-sakip", agency) + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"code\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
            assertThat(seconds).isLessThan(10);
        }
        // a connection that sends nothing is closed by the idle timeout
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            long start = System.nanoTime();
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(10);
        }
    }
}
