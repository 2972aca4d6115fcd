package id.sakip.commontests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.sakip.common.security.Roles;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestAgencies;
import id.sakip.testsupport.TestFiles;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SOP kit and its one REST contract ({@code SopAggregateResource}, {@code SopAttachmentResource}),
 * on a probe aggregate of three steps: who may open, the step under way (key, version, role), what a
 * completed step moves, the timeline, the files and when they stop.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "commontests"))
class SopKitContractTest {
    static final String AGENCY = "KIT-A";
    static final String OTHER = "KIT-B";

    @BeforeAll
    static void agencies() {
        TestAgencies.register(AGENCY, "3201");
        TestAgencies.register(OTHER, "3202");
    }

    static String as(String role) {
        return TestJwt.as(role).subject(role + "@kit").agency(AGENCY).mint();
    }

    static Response open() {
        return given().auth().oauth2(as(Roles.KEPALA)).contentType(ContentType.JSON)
                .body(Map.of("disposition", Map.of("note", "mulai"))).post("/probes");
    }

    static Response step(String role, String id, String key, long version) {
        return given().auth().oauth2(as(role)).contentType(ContentType.JSON)
                .body(Map.of("version", version, "document", Map.of("note", "langkah " + key)))
                .post("/probes/" + id + "/steps/" + key);
    }

    @Test
    void theFirstStepsRolesOpenOneAt201WithItsLocationAndOthersGet403() {
        Response opened = open();
        opened.then().statusCode(201).body("agencyCode", equalTo(AGENCY));
        String id = opened.path("id");
        assertThat(opened.header("Location")).endsWith("/probes/" + id);
        given().auth().oauth2(as(Roles.KEPALA)).get(opened.header("Location")).then().statusCode(200)
                .body("id", equalTo(id));

        given().auth().oauth2(as(Roles.TIM_SAKIP)).contentType(ContentType.JSON).body(Map.of()).post("/probes")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestJwt.token(Roles.KEPALA, OTHER)).get("/probes/" + id).then().statusCode(404);
    }

    @Test
    void onlyTheStepUnderWayFromTheCurrentVersionByItsRolesIsCompletedAndEachMovesTheVersion() {
        Response opened = open();
        String id = opened.path("id");
        long version = ((Number) opened.path("version")).longValue();

        step(Roles.TIM_SAKIP, id, "CLOSE", version).then().statusCode(409)
                .body("detail", containsString("not at CLOSE"));
        step(Roles.TIM_SAKIP, id, "WORK", version - 1).then().statusCode(409);
        step(Roles.SEKRETARIS, id, "WORK", version).then().statusCode(403);
        given().auth().oauth2(TestJwt.token(Roles.TIM_SAKIP, OTHER)).contentType(ContentType.JSON)
                .body(Map.of("version", version)).post("/probes/" + id + "/steps/WORK").then().statusCode(404);

        Response worked = step(Roles.TIM_SAKIP, id, "WORK", version);
        worked.then().statusCode(200).body("closed", equalTo(false));
        long afterWork = ((Number) worked.path("version")).longValue();
        assertThat(afterWork).isGreaterThan(version);
        step(Roles.TIM_SAKIP, id, "WORK", afterWork).then().statusCode(409);

        Response timeline = given().auth().oauth2(as(Roles.KEPALA)).get("/probes/" + id + "/timeline");
        timeline.then().statusCode(200).body("currentStep", equalTo("CLOSE"));
        List<String> done = timeline.path("runs.findAll { it.endedAt != null }.key");
        assertThat(done).containsExactly("ORDER", "WORK");
        assertThat(timeline.<String>path("runs.find { it.key == 'WORK' }.actor")).isEqualTo(Roles.TIM_SAKIP + "@kit");
        assertThat(timeline.<String>path("runs.find { it.key == 'WORK' }.document.note")).isEqualTo("langkah WORK");

        step(Roles.SEKRETARIS, id, "CLOSE", afterWork).then().statusCode(200).body("closed", equalTo(true));
        given().auth().oauth2(as(Roles.KEPALA)).get("/probes/" + id + "/timeline").then().statusCode(200)
                .body("currentStep", equalTo(null));
    }

    @Test
    void filesAreStoredWithTheirDigestListedDownloadedAndRefusedOnceTheAggregateIsReadOnly() {
        Response opened = open();
        String id = opened.path("id");
        byte[] pdf = TestFiles.pdf("Notulen rapat");

        Response uploaded = given().auth().oauth2(as(Roles.TIM_SAKIP)).contentType("application/pdf")
                .queryParam("fileName", "notulen.pdf").body(pdf).post("/probes/" + id + "/attachments");
        uploaded.then().statusCode(201);
        String fileId = uploaded.path("id");
        assertThat(uploaded.header("Location")).endsWith("/probes/" + id + "/attachments/" + fileId);

        given().auth().oauth2(as(Roles.KEPALA)).get("/probes/" + id + "/attachments").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].fileName", equalTo("notulen.pdf"));
        Response download = given().auth().oauth2(as(Roles.KEPALA)).get("/probes/" + id + "/attachments/" + fileId);
        download.then().statusCode(200).contentType("application/pdf");
        assertThat(download.asByteArray()).isEqualTo(pdf);
        assertThat(download.header("X-Content-SHA256")).isEqualTo(uploaded.path("sha256"));
        given().auth().oauth2(TestJwt.token(Roles.KEPALA, OTHER)).get("/probes/" + id + "/attachments/" + fileId)
                .then().statusCode(404);

        long version = ((Number) opened.path("version")).longValue();
        long afterWork = ((Number) step(Roles.TIM_SAKIP, id, "WORK", version).path("version")).longValue();
        step(Roles.SEKRETARIS, id, "CLOSE", afterWork).then().statusCode(200);
        given().auth().oauth2(as(Roles.TIM_SAKIP)).contentType("application/pdf").queryParam("fileName", "late.pdf")
                .body(pdf).post("/probes/" + id + "/attachments").then().statusCode(409)
                .body("detail", containsString("closed: read-only"));
    }
}
