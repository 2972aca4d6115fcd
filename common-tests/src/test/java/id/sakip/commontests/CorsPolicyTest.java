package id.sakip.commontests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.sakip.common.security.Roles;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The kit's CORS policy: the configured origins only, preflights before the limits, errors readable. */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "commontests"))
class CorsPolicyTest {
    private static final String PAGE = "http://localhost:5173";

    @Test
    void aConfiguredOriginGetsItsPreflightAnsweredBeforeAuthentication() {
        given().header("Origin", PAGE).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/probes/{id}", UUID.randomUUID()).then().statusCode(204)
                .header("Access-Control-Allow-Origin", PAGE)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                .header("Access-Control-Max-Age", "3600").header("Vary", "Origin")
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void anotherOriginsPreflightIsRefusedAsAProblemAndNamesNoOrigin() {
        for (String origin : new String[] { "https://evil.example", "http://localhost:5174", "null",
            "http://localhost:5173.evil.example" }) {
            given().header("Origin", origin).header("Access-Control-Request-Method", "POST").options("/probes")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://sakip.id/problems/origin-not-allowed"))
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }

    @Test
    void answersToTheConfiguredOriginAreReadableErrorsIncludedAndOthersCarryNoGrant() {
        String token = TestJwt.as(Roles.KEPALA).subject("kepala@kit").agency("KIT-AGENCY").mint();
        given().header("Origin", PAGE).auth().oauth2(token).get("/probes/{id}", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json").header("Access-Control-Allow-Origin", PAGE)
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
        given().header("Origin", PAGE).get("/probes/{id}", UUID.randomUUID()).then().statusCode(401)
                .header("Access-Control-Allow-Origin", PAGE);
        // a body over the limit is refused before it is read, and the page can still read why
        given().header("Origin", PAGE).auth().oauth2(token).contentType("application/json")
                .body("{\"x\":\"" + "a".repeat(1_100_000) + "\"}").post("/probes").then().statusCode(413)
                .header("Access-Control-Allow-Origin", PAGE);
        given().header("Origin", "https://evil.example").auth().oauth2(token).get("/probes/{id}", UUID.randomUUID())
                .then().statusCode(404).header("Access-Control-Allow-Origin", nullValue());
    }
}
