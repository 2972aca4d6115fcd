package id.sakip.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import id.sakip.testsupport.SakipTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class OpenApiAndHealthTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDescribedAndEveryInputSchemaHasExamples() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (!(op instanceof Map)) {
                return;
            }
            if (op.get("summary") == null) {
                missing.add(method + " " + path + ": summary");
            }
            if (op.get("description") == null) {
                missing.add(method + " " + path + ": description");
            }
        }));
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        schemas.forEach((name, schema) -> {
            boolean scalar = "string".equals(schema.get("type")); // UUID, LocalDate, OffsetDateTime
            if (schema.get("description") == null && schema.get("enum") == null && !scalar) {
                missing.add("schema " + name + ": description");
            }
        });
        for (String input : List.of("NewAgency", "IndicatorInput", "NewAgreement", "AgreementItemInput",
                "SignRequest", "NewUnit", "UnitRename", "NewOfficial", "NewPlan", "NewPlanNode")) {
            Map<String, Map<String, Object>> props =
                    (Map<String, Map<String, Object>>) schemas.get(input).get("properties");
            props.forEach((prop, spec) -> {
                boolean ref = spec.containsKey("$ref") || spec.containsKey("allOf") || "array".equals(spec.get("type"))
                        || "object".equals(spec.get("type"));
                if (!ref && spec.get("example") == null && spec.get("examples") == null) {
                    missing.add("schema " + input + "." + prop + ": example");
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void servesHealthOpenApiAndMetrics() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200);
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/agreements/{id}/sign"))
                .body("components.schemas", hasKey("Problem"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("sakip_outbox_published"));
    }
}
