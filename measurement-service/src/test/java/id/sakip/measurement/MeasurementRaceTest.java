package id.sakip.measurement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.Aggregates;
import id.sakip.testsupport.RaceDriver.Race;
import id.sakip.testsupport.RaceDriver.Transition;
import id.sakip.testsupport.RaceDriver;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestAgencies;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestJwt;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every pair of transitions of the measurement SOP (seed 000's ten steps), sent at the same moment,
 * 20 times each (see {@link RaceDriver}): only 2xx or 409, the round as the winner left it, the
 * events the winner's.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "measurement"))
class MeasurementRaceTest {
    private static final int RUNS = 20;
    private static final List<String> STEPS = List.of("BRIEFING", "PLAN", "METHODOLOGY", "COMPUTE", "RECAP", "REPORT",
            "REVIEW", "REPORT_TO_HEAD", "ARCHIVE");

    @Inject
    ObjectMapper mapper;
    @Inject
    DataSource dataSource;

    /** A measurement round with its version when it reached the state, and the recap's round id (its events' key). */
    record Round(String id, String agency, String recapRound, long version) implements RaceDriver.Subject {
        String as(String role) {
            return TestJwt.as(role).subject(role + "@" + agency).agency(agency).mint();
        }
    }

    /** Free (agency, year, quarter) slots, each with an approved recap measured already. */
    private final Deque<String[]> slots = new ArrayDeque<>();

    private String[] slot() throws Exception {
        if (slots.isEmpty()) {
            String agency = TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
            for (int year = 2026; year <= 2030; year++) {
                for (int q = 1; q <= 4; q++) {
                    UUID recapRound = UUID.randomUUID();
                    RecapApproved recap = new RecapApproved(recapRound, agency, "1506", "15", year, "Q" + q,
                            UUID.randomUUID(), 1, 1, "sekretaris", OffsetDateTime.now(), List.of(new RecapApproved.Row(
                                    "IKU-01", "Persentase desa mandiri", "Meningkatnya kemandirian desa", "%",
                                    Polarity.HIGHER_IS_BETTER, "SEKRETARIAT", new BigDecimal("40"), new BigDecimal("20"),
                                    new BigDecimal("21"), null, null, null)));
                    TopicReader.send(SharedKafka.bootstrapServers(), TestEvents.record(EventTypes.Topics.ROUNDS,
                            UUID.randomUUID(), EventTypes.RECAP_APPROVED, recapRound.toString(),
                            new EventScope(agency, "1506", "15"), mapper.writeValueAsString(recap)));
                    slots.add(new String[] { agency, String.valueOf(year), "Q" + q, recapRound.toString() });
                }
            }
            String team = TestJwt.as("tim-sakip").agency(agency).mint();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(team).get("/measurements?size=50")
                    .then().body("total", equalTo(20)));
        }
        return slots.poll();
    }

    private Round at(String key) {
        String[] s;
        try {
            s = slot();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Round r = new Round(null, s[0], s[3], 0);
        Response opened = given().auth().oauth2(r.as("kepala")).contentType(ContentType.JSON)
                .body(Map.of("year", Integer.parseInt(s[1]), "period", s[2])).post("/measurement-rounds");
        opened.then().statusCode(201);
        Round now = new Round(opened.path("id"), s[0], s[3], opened.jsonPath().getLong("version"));
        for (String step : STEPS) {
            if (step.equals(key)) {
                break;
            }
            // each step with the version the previous answer gave
            Response done = step.equals("REVIEW") ? approve(now) : step(now, step, owner(step));
            done.then().statusCode(200);
            now = new Round(now.id(), now.agency(), now.recapRound(), done.jsonPath().getLong("version"));
        }
        return now;
    }

    private static String owner(String step) {
        return switch (step) {
            case "BRIEFING", "REVIEW", "REPORT_TO_HEAD" -> "sekretaris";
            default -> "tim-sakip";
        };
    }

    private static Response step(Round r, String key, String role) {
        return given().auth().oauth2(r.as(role)).contentType(ContentType.JSON)
                .body(Map.of("version", r.version(), "document", Map.of("documentTitle", "Dokumen " + key)))
                .post("/measurement-rounds/{id}/steps/{key}", r.id(), key);
    }

    private static Response approve(Round r) {
        return given().auth().oauth2(r.as("sekretaris")).contentType(ContentType.JSON).body(Map.of("version", r.version()))
                .post("/measurement-rounds/{id}/review/approve", r.id());
    }

    /** The events of the measurement the round computes (keyed by the recap's round), but its recomputations. */
    private Map<String, Integer> events(Round r) {
        return Aggregates.events(dataSource, r.recapRound(), EventTypes.MEASUREMENT_COMPUTED);
    }

    private static String state(Round r, String expected, Map<String, Object> more) {
        return Aggregates.problem(r.as("tim-sakip"), "/measurement-rounds/" + r.id(), expected, more);
    }

    private Race<Round> race(String state, Transition<Round> a, Transition<Round> b, Function<String, String> next,
            Function<String, Map<String, Object>> more) {
        return new Race<>(state, () -> at(state), a, b, true, (r, w) -> state(r, next.apply(w), more.apply(w)),
                this::events);
    }

    @Test
    void everyPairOfTransitionsOfTheMeasurementSopRacesTo2xxOr409WithAConsistentRound() {
        try (RaceDriver driver = new RaceDriver("measurement-service")) {
            for (int i = 0; i < STEPS.size() - 1; i++) {
                String key = STEPS.get(i);
                if (key.equals("REVIEW")) {
                    continue;
                }
                String next = STEPS.get(i + 1);
                Transition<Round> t = new Transition<>(key, r -> step(r, key, owner(key)), Map.of());
                driver.run(race(key, t, t, w -> next, w -> key.equals("COMPUTE") ? Map.of("measurementVersion", 1)
                        : Map.of()), RUNS);
            }
            Transition<Round> approve = new Transition<>("approve", MeasurementRaceTest::approve,
                    Map.of(EventTypes.MEASUREMENT_APPROVED, 1));
            Transition<Round> giveBack = new Transition<>("return", r -> given().auth().oauth2(r.as("sekretaris"))
                    .contentType(ContentType.JSON).body(Map.of("version", r.version(), "reason", "Lengkapi kertas kerja"))
                    .post("/measurement-rounds/{id}/review/return", r.id()), Map.of());
            Function<String, String> afterReview = w -> w.equals("approve") ? "REPORT_TO_HEAD" : "COMPUTE";
            Function<String, Map<String, Object>> status = w -> Map.of("status", w.equals("approve") ? "APPROVED" : "OPEN");
            driver.run(race("REVIEW", approve, approve, afterReview, status), RUNS);
            driver.run(race("REVIEW", approve, giveBack, afterReview, status), RUNS);
            driver.run(race("REVIEW", giveBack, giveBack, afterReview, status), RUNS);
            Transition<Round> archive = new Transition<>("ARCHIVE", r -> step(r, "ARCHIVE", "tim-sakip"), Map.of());
            driver.run(race("ARCHIVE", archive, archive, w -> null, w -> Map.of("status", "ARCHIVED")), RUNS);
            driver.verify(RUNS);
        }
    }
}
