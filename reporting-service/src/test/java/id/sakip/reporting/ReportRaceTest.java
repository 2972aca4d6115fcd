package id.sakip.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.Aggregates;
import id.sakip.testsupport.RaceDriver.Race;
import id.sakip.testsupport.RaceDriver.Transition;
import id.sakip.testsupport.RaceDriver;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every pair of transitions of the report SOP (seed 001's LAKIP flow), sent at the same moment, 20
 * times each (see {@link RaceDriver}): only 2xx or 409, the report as the winner left it (one
 * stored file set per stage), the events the winner's.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
@QuarkusTestResource(SigningKeys.class)
class ReportRaceTest {
    private static final int RUNS = 20;
    private static final List<String> STEPS = List.of("DISTRIBUTE_FORMAT", "GATHER", "ANALYSE", "DRAFT", "CORRECT",
            "FINALISE", "APPROVE", "SIGN", "NUMBER", "COPIES", "SEND");

    @Inject
    ObjectMapper mapper;
    @Inject
    DataSource dataSource;
    private String agency;
    private UUID measurement;

    record Report(String id, String agency, long version) implements RaceDriver.Subject {
        String as(String role) {
            return TestJwt.as(role).subject(role + "@" + agency).agency(agency).mint();
        }
    }

    private void prepare() throws Exception {
        ReportingFixtures f = new ReportingFixtures(mapper, ReportingFixtures.newAgency());
        f.agency("Kecamatan Kuala Betara");
        f.pk(2026, List.of(ReportingFixtures.item("IKU-01", "Indeks Kepuasan Masyarakat", "T1 Pelayanan",
                "Meningkatnya kualitas pelayanan", "indeks", "82", "85", "80", "82", "83", "83")));
        UUID round = f.round(2026, "Q1", OffsetDateTime.of(2026, 4, 10, 16, 0, 0, 0, ZoneOffset.ofHours(7)));
        measurement = f.measurement(2026, "Q1", round, 2, "84");
        agency = f.agency;
        String kepala = TestJwt.as("kepala").agency(agency).mint();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(kepala)
                .get("/documents/measurement/{id}?format=json", measurement).then().statusCode(200));
        SigningKeys.install(agency, "H. Ahmad Fauzi");
    }

    private static String owner(String step) {
        return switch (step) {
            case "DISTRIBUTE_FORMAT", "CORRECT", "FINALISE", "NUMBER" -> "sekretaris";
            case "APPROVE", "SIGN" -> "kepala";
            case "COPIES", "SEND" -> "staf";
            default -> "tim-sakip";
        };
    }

    private static Map<String, Object> extra(String step) {
        return switch (step) {
            case "SIGN" -> Map.of("signatory", Map.of("name", "H. Ahmad Fauzi, S.Sos", "nip", "197501012000031001",
                    "position", "Camat Kuala Betara"), "place", "Kuala Betara");
            case "NUMBER" -> Map.of("documentNumber", "050/" + UUID.randomUUID().toString().substring(0, 6) + "/KB/2026",
                    "recipient", "Bupati Tanjung Jabung Barat");
            default -> Map.of();
        };
    }

    private static Response step(Report r, String key) {
        Map<String, Object> body = new HashMap<>(extra(key));
        body.put("version", r.version());
        body.put("document", Map.of("documentTitle", "Dokumen " + key));
        return given().auth().oauth2(r.as(owner(key))).contentType(ContentType.JSON).body(body)
                .post("/reports/{id}/steps/{key}", r.id(), key);
    }

    private Report at(String key) {
        Report r = new Report(null, agency, 0);
        Response ordered = given().auth().oauth2(r.as("kepala")).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEASUREMENT_REPORT", "subjectId", measurement.toString())).post("/reports");
        ordered.then().statusCode(201);
        Report now = new Report(ordered.path("id"), agency, ordered.jsonPath().getLong("version"));
        for (String s : STEPS) {
            if (s.equals(key)) {
                break;
            }
            // each step with the version the previous answer gave
            Response done = step(now, s);
            done.then().statusCode(200);
            now = new Report(now.id(), agency, done.jsonPath().getLong("version"));
        }
        return now;
    }

    private Map<String, Integer> events(Report r) {
        return Aggregates.events(dataSource, r.id());
    }

    /** The report after a race: the step under way; no step ran twice; {@code files} stored files. */
    private static String state(Report r, String expected, int files) {
        String problem = Aggregates.problem(r.as("kepala"), "/reports/" + r.id(), expected, Map.of());
        if (problem != null) {
            return problem;
        }
        int stored = given().auth().oauth2(r.as("kepala")).get("/reports/{id}", r.id()).then().extract().jsonPath()
                .getList("files").size();
        return stored == files ? null : stored + " stored files, expected " + files;
    }

    /** Files stored once a step has run: two (PDF, XLSX) per generated stage, one cover letter. */
    private static int filesAfter(String step) {
        int done = STEPS.indexOf(step) + 1;
        int files = 0;
        for (String s : STEPS.subList(0, done)) {
            files += switch (s) {
                case "DRAFT", "CORRECT", "FINALISE", "SIGN" -> 2;
                case "NUMBER" -> 1;
                default -> 0;
            };
        }
        return files;
    }

    @Test
    void everyPairOfTransitionsOfTheReportSopRacesTo2xxOr409WithAConsistentReport() throws Exception {
        prepare();
        try (RaceDriver driver = new RaceDriver("reporting-service")) {
            for (int i = 0; i < STEPS.size(); i++) {
                String key = STEPS.get(i);
                String next = i + 1 < STEPS.size() ? STEPS.get(i + 1) : null;
                Transition<Report> t = new Transition<>(key, r -> step(r, key),
                        key.equals("SEND") ? Map.of(EventTypes.REPORT_PUBLISHED, 1) : Map.of());
                driver.run(new Race<>(key, () -> at(key), t, t, true, (r, w) -> state(r, next, filesAfter(key)),
                        this::events), RUNS);
            }
            // the correction against a regeneration of the draft made from the same version
            Transition<Report> correct = new Transition<>("CORRECT", r -> step(r, "CORRECT"), Map.of());
            Transition<Report> regenerate = new Transition<>("regenerate", r -> given().auth().oauth2(r.as("tim-sakip"))
                    .contentType(ContentType.JSON).body(Map.of("version", r.version()))
                    .post("/reports/{id}/regenerate", r.id()), Map.of());
            Function<String, String> after = w -> w.equals("CORRECT") ? "FINALISE" : "CORRECT";
            driver.run(new Race<>("CORRECT", () -> at("CORRECT"), correct, regenerate, true,
                    (r, w) -> state(r, after.apply(w), filesAfter("DRAFT") + 2), this::events), RUNS);
            driver.verify(RUNS);
        }
    }
}
