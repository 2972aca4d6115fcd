package id.sakip.collection;

import static id.sakip.collection.CollectionFixtures.as;
import static id.sakip.collection.CollectionFixtures.asUnit;
import static id.sakip.collection.CollectionFixtures.newAgencyCode;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.collection.CollectionFixtures.AgreementEvent;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.Aggregates;
import id.sakip.testsupport.RaceDriver.Race;
import id.sakip.testsupport.RaceDriver.Transition;
import id.sakip.testsupport.RaceDriver;
import id.sakip.testsupport.SakipTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every pair of transitions of the collection SOP, sent at the same moment, 20 times each (see
 * {@link RaceDriver}): the loser gets 409, never a 500; the round is as the winner alone would have
 * left it; the events are the winner's. Includes the last two units submitting together (both win,
 * and the filling step ends exactly once).
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "collection"))
class CollectionRaceTest {
    private static final int RUNS = 20;
    private static final List<String> STEPS = List.of("BRIEFING", "PLAN", "DOCUMENTS", "PREPARE_FORMS", "DISTRIBUTE", "FILL",
            "RECAP", "REPORT_RECAP", "REVIEW", "REPORT_TO_HEAD", "ARCHIVE");
    private static final String OPENED = EventTypes.ROUND_OPENED;
    private static final String SUBMITTED = EventTypes.FORM_SUBMITTED;

    @Inject
    ObjectMapper mapper;
    @Inject
    DataSource dataSource;

    /**
     * A round of one of the pooled agencies (two units: SEKRETARIAT and SEKSI-PEM), with the versions
     * read when it reached the state: both racing requests carry them.
     */
    record Round(String id, String agency, long version, Map<String, String> forms, Map<String, Long> formVersions)
            implements RaceDriver.Subject {
        /** The round as it is now. */
        static Round read(String id, String agency) {
            String team = as("tim-sakip", agency);
            long version = given().auth().oauth2(team).get("/rounds/{id}", id).then().statusCode(200).extract()
                    .jsonPath().getLong("version");
            Map<String, String> forms = new TreeMap<>();
            Map<String, Long> versions = new TreeMap<>();
            for (Map<String, Object> f : given().auth().oauth2(team).get("/rounds/{id}/forms", id).then().extract()
                    .jsonPath().<Map<String, Object>>getList("$")) {
                forms.put((String) f.get("unitCode"), (String) f.get("id"));
                versions.put((String) f.get("unitCode"), ((Number) f.get("version")).longValue());
            }
            return new Round(id, agency, version, forms, versions);
        }

        Round reread() {
            return read(id, agency);
        }

        String team() {
            return as("tim-sakip", agency);
        }

        String sekretaris() {
            return as("sekretaris", agency);
        }

        String unit(String code) {
            return asUnit("unit", agency, code);
        }

    }

    /** Free (agency, year, quarter) slots: an agency with signed PKs for five years holds twenty rounds. */
    private final Deque<String[]> slots = new ArrayDeque<>();

    private String[] slot() {
        if (slots.isEmpty()) {
            String agency = newAgencyCode();
            for (int year = 2026; year <= 2030; year++) {
                new AgreementEvent(agency).year(year)
                        .item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                        .item("IKU-02", "desa", "HIGHER_IS_BETTER", "SEKSI-PEM", "12", "3", "3", "3", "3").send(mapper);
                for (int q = 1; q <= 4; q++) {
                    slots.add(new String[] { agency, String.valueOf(year), "Q" + q });
                }
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                    .get("/agreements?size=10").then().body("total", equalTo(5)));
        }
        return slots.poll();
    }

    /**
     * A fresh round whose step under way is {@code key} (every step before it done, forms submitted).
     * Each step is sent with the version the previous answer gave (one request per step).
     */
    private Round at(String key) {
        String[] s = slot();
        String agency = s[0];
        Response opened = given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", Integer.parseInt(s[1]), "period", s[2])).post("/rounds");
        opened.then().statusCode(201);
        Round r = new Round(opened.path("id"), agency, opened.jsonPath().getLong("version"), Map.of(), Map.of());
        for (String step : STEPS) {
            if (step.equals(key)) {
                break;
            }
            r = advance(r, step);
        }
        return key.equals("FILL") ? Round.read(r.id(), agency) : r;
    }

    /** Does the step the way its owner does it, alone; the round with its new version. */
    private static Round advance(Round r, String step) {
        Response done = switch (step) {
            case "BRIEFING", "REPORT_TO_HEAD" -> stepNow(r, r.sekretaris(), step, Map.of());
            case "PLAN" -> stepNow(r, r.team(), step, Map.of("submissionDeadline", OffsetDateTime.now().plusDays(10).toString()));
            case "FILL" -> {
                Round open = r.reread();
                fill(open, "SEKRETARIAT", "IKU-01", 21).then().statusCode(200);
                fill(open, "SEKSI-PEM", "IKU-02", 4).then().statusCode(200);
                Round filled = open.reread();
                submit(filled, "SEKRETARIAT").then().statusCode(200);
                submit(filled, "SEKSI-PEM").then().statusCode(200);
                yield given().auth().oauth2(r.team()).get("/rounds/{id}", r.id());
            }
            case "RECAP" -> compile(r);
            case "REVIEW" -> approve(r);
            default -> stepNow(r, r.team(), step, Map.of());
        };
        done.then().statusCode(200);
        return new Round(r.id(), r.agency(), done.jsonPath().getLong("version"), r.forms(), r.formVersions());
    }

    private static Response stepNow(Round r, String token, String key, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", r.version());
        body.put("document", Map.of("documentTitle", "Dokumen langkah " + key));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/rounds/{id}/steps/{key}", r.id(), key);
    }

    private static Response fill(Round r, String unit, String indicator, int value) {
        return given().auth().oauth2(r.unit(unit)).contentType(ContentType.JSON).body(Map.of("version",
                r.formVersions().get(unit), "rows", List.of(Map.of("indicatorCode", indicator, "realisasi", value,
                        "keterangan", "Sesuai laporan")))).put("/forms/{id}", r.forms().get(unit));
    }

    private static Response submit(Round r, String unit) {
        return given().auth().oauth2(r.unit(unit)).contentType(ContentType.JSON)
                .body(Map.of("version", r.formVersions().get(unit))).post("/forms/{id}/submit", r.forms().get(unit));
    }

    private static Response compile(Round r) {
        return given().auth().oauth2(r.team()).contentType(ContentType.JSON).body(Map.of("version", r.version()))
                .post("/rounds/{id}/recap", r.id());
    }

    private static Response approve(Round r) {
        return given().auth().oauth2(r.sekretaris()).contentType(ContentType.JSON).body(Map.of("version", r.version()))
                .post("/rounds/{id}/recap/approve", r.id());
    }

    /** A transition, its body built when the race is set up: both requests carry the same version. */
    private static Transition<Round> stepOf(String key, String actor) {
        return new Transition<>(key, r -> {
            String token = actor.equals("sekretaris") ? r.sekretaris() : r.team();
            return given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("version", r.version(), "document", Map.of("documentTitle", "Dokumen " + key)))
                    .post("/rounds/{id}/steps/{key}", r.id(), key);
        }, key.equals("DISTRIBUTE") ? Map.of(OPENED, 1) : Map.of());
    }

    /** The round's events by type (its outbox rows: the same transaction as each change). */
    private Map<String, Integer> events(Round r) {
        return Aggregates.events(dataSource, r.id());
    }

    /** The round after a race: the step under way is {@code expected}; no step ran twice in one iteration. */
    private static String state(Round r, String expected, Map<String, Object> more) {
        return Aggregates.problem(r.team(), "/rounds/" + r.id(), expected, more);
    }

    private Race<Round> exclusive(String state, Transition<Round> a, Transition<Round> b,
            Function<String, String> nextStep, Function<String, Map<String, Object>> more) {
        return new Race<>(state, () -> at(state), a, b, true,
                (r, winner) -> state(r, nextStep.apply(winner), more.apply(winner)), this::events);
    }

    @Test
    void everyPairOfTransitionsOfTheCollectionSopRacesTo2xxOr409WithAConsistentRound() {
        try (RaceDriver driver = new RaceDriver("collection-service")) {
            // the record and preparation steps, each against itself
            for (int i = 0; i < 5; i++) {
                String key = STEPS.get(i);
                String next = STEPS.get(i + 1);
                Transition<Round> t = stepOf(key, key.equals("BRIEFING") ? "sekretaris" : "tim-sakip");
                driver.run(exclusive(key, t, t, w -> next, w -> key.equals("PREPARE_FORMS")
                        ? Map.of("forms.size()", 2) : Map.of()), RUNS);
            }
            // filling: the two last units at once (both win, the step ends once), a unit submitting twice,
            // and a unit saving while it submits
            Transition<Round> submitSek = new Transition<>("submit SEKRETARIAT", r -> submit(r, "SEKRETARIAT"),
                    Map.of(SUBMITTED, 1));
            Transition<Round> submitPem = new Transition<>("submit SEKSI-PEM", r -> submit(r, "SEKSI-PEM"),
                    Map.of(SUBMITTED, 1));
            Transition<Round> savePem = new Transition<>("save SEKSI-PEM", r -> fill(r, "SEKSI-PEM", "IKU-02", 5), Map.of());
            Supplier<Round> filled = () -> {
                Round r = at("FILL");
                fill(r, "SEKRETARIAT", "IKU-01", 21).then().statusCode(200);
                fill(r, "SEKSI-PEM", "IKU-02", 4).then().statusCode(200);
                return r.reread();
            };
            driver.run(new Race<>("FILL (two units last)", filled, submitSek, submitPem, false,
                    (r, w) -> state(r, "RECAP", Map.of("status", "OPEN")), this::events), RUNS);
            Supplier<Round> oneLeft = () -> {
                Round r = filled.get();
                submit(r, "SEKRETARIAT").then().statusCode(200);
                return r.reread();
            };
            driver.run(new Race<>("FILL (one unit left)", oneLeft, submitPem, submitPem, true,
                    (r, w) -> state(r, "RECAP", Map.of()), this::events), RUNS);
            driver.run(new Race<>("FILL (one unit left)", oneLeft, savePem, submitPem, true,
                    (r, w) -> state(r, w.equals(savePem.name()) ? "FILL" : "RECAP", Map.of()), this::events), RUNS);
            // the recap and its report
            Transition<Round> recap = new Transition<>("recap", CollectionRaceTest::compile, Map.of());
            driver.run(exclusive("RECAP", recap, recap, w -> "REPORT_RECAP", w -> Map.of("status", "RECAP_COMPILED")),
                    RUNS);
            Transition<Round> reportRecap = stepOf("REPORT_RECAP", "tim-sakip");
            driver.run(exclusive("REPORT_RECAP", reportRecap, reportRecap, w -> "REVIEW", w -> Map.of()), RUNS);
            // the review: approve and return, in every combination
            Transition<Round> approve = new Transition<>("approve", CollectionRaceTest::approve,
                    Map.of(EventTypes.RECAP_APPROVED, 1));
            Transition<Round> giveBack = new Transition<>("return", r -> given().auth().oauth2(r.sekretaris())
                    .contentType(ContentType.JSON).body(Map.of("version", r.version(), "reason", "Lengkapi bukti dukung"))
                    .post("/rounds/{id}/recap/return", r.id()), Map.of(EventTypes.RECAP_RETURNED, 1, EventTypes.FORM_RETURNED, 2));
            Function<String, String> afterReview = w -> w.equals("approve") ? "REPORT_TO_HEAD" : "FILL";
            Function<String, Map<String, Object>> statusAfterReview = w -> Map.of("status",
                    w.equals("approve") ? "APPROVED" : "OPEN", "recapVersion", w.equals("approve") ? 1 : 0);
            driver.run(exclusive("REVIEW", approve, approve, afterReview, statusAfterReview), RUNS);
            driver.run(exclusive("REVIEW", approve, giveBack, afterReview, statusAfterReview), RUNS);
            driver.run(exclusive("REVIEW", giveBack, giveBack, afterReview, statusAfterReview), RUNS);
            // after the approval: the report to the head, the audited reopening, the archive
            Transition<Round> toHead = stepOf("REPORT_TO_HEAD", "sekretaris");
            Transition<Round> reopen = new Transition<>("reopen", r -> given().auth().oauth2(r.sekretaris())
                    .contentType(ContentType.JSON).body(Map.of("version", r.version(), "reason", "Koreksi realisasi IKU-02"))
                    .post("/rounds/{id}/recap/reopen", r.id()), Map.of(EventTypes.ROUND_REOPENED, 1, EventTypes.FORM_RETURNED, 2));
            Function<String, String> afterApproved = w -> w.equals("reopen") ? "FILL" : "ARCHIVE";
            driver.run(exclusive("REPORT_TO_HEAD", toHead, toHead, afterApproved, w -> Map.of()), RUNS);
            driver.run(exclusive("REPORT_TO_HEAD", toHead, reopen, afterApproved, w -> Map.of()), RUNS);
            driver.run(exclusive("REPORT_TO_HEAD", reopen, reopen, afterApproved, w -> Map.of()), RUNS);
            Transition<Round> archive = stepOf("ARCHIVE", "tim-sakip");
            driver.run(exclusive("ARCHIVE", archive, archive, w -> null, w -> Map.of("status", "ARCHIVED")), RUNS);
            driver.run(exclusive("ARCHIVE", archive, reopen, w -> w.equals("reopen") ? "FILL" : null, w -> Map.of()), RUNS);
            driver.verify(RUNS);
        }
    }
}
