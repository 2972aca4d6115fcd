package id.sakip.indicator;

import static id.sakip.indicator.IndicatorFixtures.as;
import static id.sakip.indicator.IndicatorFixtures.newAgencyCode;
import static id.sakip.indicator.IndicatorFixtures.registerAgency;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class OrganisationTest {

    @Test
    void aRenamedUnitKeepsItsOldNameForEarlierDates() {
        String agency = registerAgency(newAgencyCode());
        String team = as("tim-sakip", agency);
        String unit = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("code", "SEKSI-PEM", "kind", "SEKSI", "name", "Seksi Pemerintahan", "validFrom", "2021-01-01"))
                .post("/agencies/{a}/units", agency).then().statusCode(201).extract().path("id");
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("code", "SEKSI-PEM", "kind", "SEKSI", "name", "Dua kali", "validFrom", "2021-01-01"))
                .post("/agencies/{a}/units", agency).then().statusCode(409);

        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "name", "Seksi Pemerintahan dan Pelayanan Umum", "validFrom", "2026-01-01"))
                .put("/units/{id}/name", unit).then().statusCode(200).body("version", equalTo(1));
        // a rename may not rewrite the past, and a stale version is refused
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "name", "Mundur", "validFrom", "2025-06-01"))
                .put("/units/{id}/name", unit).then().statusCode(422).body("errors[0].field", equalTo("validFrom"));
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "name", "Basi", "validFrom", "2027-01-01"))
                .put("/units/{id}/name", unit).then().statusCode(409);

        given().auth().oauth2(as("unit", agency)).get("/agencies/{a}/units?at=2025-12-31", agency)
                .then().statusCode(200).body("[0].name", equalTo("Seksi Pemerintahan"));
        given().auth().oauth2(as("unit", agency)).get("/agencies/{a}/units?at=2026-03-31", agency)
                .then().statusCode(200).body("[0].name", equalTo("Seksi Pemerintahan dan Pelayanan Umum"))
                .body("[0].history.size()", equalTo(2));
    }

    @Test
    void everyChangeWritesTheAgencysFullStateToItsCompactedTopic() {
        String agency = registerAgency(newAgencyCode());
        String team = as("tim-sakip", agency);
        String unit = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("code", "SEKSI-PEM", "kind", "SEKSI", "name", "Seksi Pemerintahan", "validFrom", "2021-01-01"))
                .post("/agencies/{a}/units", agency).then().statusCode(201).extract().path("id");
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("code", "SEKRETARIAT", "kind", "SEKRETARIAT", "name", "Sekretariat", "validFrom", "2021-01-01"))
                .post("/agencies/{a}/units", agency).then().statusCode(201);
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "name", "Seksi Pemerintahan dan Pelayanan Umum", "validFrom", "2026-01-01"))
                .put("/units/{id}/name", unit).then().statusCode(200);
        // a refused change writes nothing
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("code", "SEKRETARIAT", "kind", "SEKRETARIAT", "name", "Dua kali", "validFrom", "2021-01-01"))
                .post("/agencies/{a}/units", agency).then().statusCode(409);

        // registration, two units, one rename: four records under the agency's key, the last one complete
        List<ConsumerRecord<String, String>> states = TopicReader.await(SharedKafka.bootstrapServers(),
                EventTypes.Topics.AGENCY_STATE, r -> agency.equals(r.key()), 4, Duration.ofSeconds(20));
        assertThat(TopicReader.all(SharedKafka.bootstrapServers(), EventTypes.Topics.AGENCY_STATE,
                r -> agency.equals(r.key()), Duration.ofSeconds(2))).hasSize(4);
        ConsumerRecord<String, String> last = states.get(3);
        assertThat(TopicReader.header(last, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.AGENCY_STATE);
        assertThat(TopicReader.header(last, CloudEventHeaders.SOURCE)).isEqualTo("/sakip/indicator-service");
        assertThat(EventSchemas.violations(EventTypes.AGENCY_STATE, last.value())).isEmpty();
        JsonPath state = new JsonPath(last.value());
        assertThat(state.getString("name")).isEqualTo("Kecamatan Kuala Betara");
        assertThat(state.getString("regionCode")).isEqualTo("1506");
        assertThat(state.getList("units.code")).containsExactly("SEKRETARIAT", "SEKSI-PEM");
        assertThat(state.getString("units[1].name")).isEqualTo(LocalDate.now().isBefore(LocalDate.of(2026, 1, 1))
                ? "Seksi Pemerintahan" : "Seksi Pemerintahan dan Pelayanan Umum");
        assertThat(state.getList("units[1].names.name")).containsExactly("Seksi Pemerintahan",
                "Seksi Pemerintahan dan Pelayanan Umum");
        assertThat(state.getList("units[1].names.validFrom")).containsExactly("2021-01-01", "2026-01-01");
        assertThat(new JsonPath(states.get(0).value()).getList("units")).isEmpty();
    }

    @Test
    void officialsAndTheTimSakipAreDated() {
        String agency = registerAgency(newAgencyCode());
        String team = as("tim-sakip", agency);
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("code", "SEKRETARIAT", "kind", "SEKRETARIAT", "name", "Sekretariat", "validFrom", "2021-01-01"))
                .post("/agencies/{a}/units", agency).then().statusCode(201);
        official(team, agency, "Drs. Yusuf Hamdani", "KEPALA", null, false, "2022-01-03", "2025-12-31").then().statusCode(201);
        official(team, agency, "H. Ahmad Fauzi, S.Sos", "KEPALA", null, false, "2026-01-02", null).then().statusCode(201);
        official(team, agency, "Rina Marlina, S.E.", "UNIT_HEAD", "SEKRETARIAT", true, "2023-04-01", null).then().statusCode(201);
        official(team, agency, "Nobody", "STAF", "NO-SUCH-UNIT", false, "2023-04-01", null).then().statusCode(422)
                .body("errors[0].field", equalTo("unitCode"));
        official(team, agency, "Backwards", "STAF", null, false, "2023-04-01", "2023-01-01").then().statusCode(422);

        given().auth().oauth2(as("kepala", agency)).get("/agencies/{a}/officials?at=2025-06-30", agency)
                .then().statusCode(200).body("name", contains("Drs. Yusuf Hamdani", "Rina Marlina, S.E."));
        given().auth().oauth2(as("kepala", agency)).get("/agencies/{a}/officials?at=2026-06-30&timSakip=true", agency)
                .then().statusCode(200).body("name", contains("Rina Marlina, S.E."));
    }

    private static io.restassured.response.Response official(String token, String agency, String name, String role,
            String unit, boolean timSakip, String from, String to) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "nip", "197501012000031001", "position",
                role.equals("KEPALA") ? "Camat" : "Kepala Subbagian", "role", role, "timSakip", timSakip, "validFrom", from));
        if (unit != null) {
            body.put("unitCode", unit);
        }
        if (to != null) {
            body.put("validTo", to);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/agencies/{a}/officials", agency);
    }
}
