package id.sakip.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import id.sakip.testsupport.SakipTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class OpenApiAndHealthTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDescribedAndEveryInputSchemaHasExamples() {
        io.restassured.path.json.JsonPath doc = given().accept("application/json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (!(op instanceof java.util.Map)) {
                return;
            }
            if (op.get("summary") == null) {
                missing.add(method + " " + path + ": summary");
            }
            if (op.get("description") == null) {
                missing.add(method + " " + path + ": description");
            }
        }));
        java.util.Map<String, java.util.Map<String, Object>> schemas = doc.getMap("components.schemas");
        schemas.forEach((name, schema) -> {
            boolean scalar = "string".equals(schema.get("type")); // UUID, LocalDate, OffsetDateTime
            if (schema.get("description") == null && schema.get("enum") == null && !scalar) {
                missing.add("schema " + name + ": description");
            }
        });
        for (String input : java.util.List.of("NewAgency", "IndicatorInput", "NewAgreement", "AgreementItemInput",
                "SignRequest", "NewUnit", "UnitRename", "NewOfficial", "NewPlan", "NewPlanNode")) {
            java.util.Map<String, java.util.Map<String, Object>> props =
                    (java.util.Map<String, java.util.Map<String, Object>>) schemas.get(input).get("properties");
            props.forEach((prop, spec) -> {
                boolean ref = spec.containsKey("$ref") || spec.containsKey("allOf") || "array".equals(spec.get("type"))
                        || "object".equals(spec.get("type"));
                if (!ref && spec.get("example") == null && spec.get("examples") == null) {
                    missing.add("schema " + input + "." + prop + ": example");
                }
            });
        }
        org.assertj.core.api.Assertions.assertThat(missing).isEmpty();
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
                .body(org.hamcrest.Matchers.containsString("sakip_outbox_published"));
    }
}
