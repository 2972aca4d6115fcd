package id.sakip.indicator;

import static id.sakip.indicator.IndicatorFixtures.admin;
import static id.sakip.indicator.IndicatorFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.sakip.testsupport.SakipTestEnvironment;
import id.sakip.testsupport.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.EventTypes;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TopicReader;
import java.time.Duration;

/**
 * Seed 004: Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak, Kabupaten Pesisir Selatan
 * (Sumatera Barat, 13.01): its Renstra, an IKU, an IKK and an IKI, the cascade from sub-kegiatan to
 * IKU, the head's PK and the unit head's individual PK, read back in one call.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
class PlanAndCascadeTest {

    @Test
    void theSeedAgencysPlanAndAgreementsAreBuiltAndTheCascadeReadsBackInOneCall() {
        String agency = "1301-DINSOS-P3A-" + UUID.randomUUID().toString().substring(0, 4);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("code", agency, "name", "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
                        "type", "DINAS", "regionCode", "1301", "address", "Painan, Kabupaten Pesisir Selatan"))
                .post("/agencies").then().statusCode(201).body("provinceCode", equalTo("13"));
        String team = as("tim-sakip", agency);

        unit(team, agency, "SEKRETARIAT", "SEKRETARIAT", "Sekretariat");
        unit(team, agency, "BIDANG-REHSOS", "BIDANG", "Bidang Rehabilitasi Sosial");

        String plan = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("name", "Renstra Dinas Sosial P3A 2021-2026", "startYear", 2021, "endYear", 2026))
                .post("/agencies/{a}/plans", agency).then().statusCode(201).extract().path("id");
        String t1 = node(team, plan, null, "TUJUAN", "T1", "Meningkatnya kesejahteraan sosial masyarakat");
        String s1 = node(team, plan, t1, "SASARAN", "S1", "Meningkatnya penanganan PMKS");
        String p1 = node(team, plan, s1, "PROGRAM", "P1", "Program Rehabilitasi Sosial");
        String k1 = node(team, plan, p1, "KEGIATAN", "K1", "Rehabilitasi sosial penyandang disabilitas terlantar");
        String sk1 = node(team, plan, k1, "SUB_KEGIATAN", "SK1", "Penyediaan alat bantu bagi penyandang disabilitas");
        // the tree's order is enforced: a kegiatan does not hang under a sasaran
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("parentId", s1, "level", "KEGIATAN", "code", "K9", "name", "Salah tempat"))
                .post("/plans/{p}/nodes", plan).then().statusCode(422).body("errors[0].field", equalTo("parentId"));

        String iku = indicator(team, agency, Map.of("code", "IKU-01", "name", "Persentase PMKS yang tertangani",
                "kind", "IKU", "unitOfMeasure", "%", "nodeId", s1, "baseline", 62.5, "endTarget", 85,
                "definition", "PMKS yang mendapat layanan dibagi PMKS terdata", "dataSource", "DTKS"));
        String ikk = indicator(team, agency, Map.of("code", "IKK-01",
                "name", "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya", "kind", "IKK",
                "unitOfMeasure", "%", "nodeId", s1));
        String prog = indicator(team, agency, Map.of("code", "PROG-01", "name", "Persentase PMKS yang direhabilitasi",
                "kind", "PROGRAM", "unitOfMeasure", "%", "nodeId", p1, "supportsId", iku));
        String keg = indicator(team, agency, Map.of("code", "KEG-01", "name", "Jumlah penyandang disabilitas yang direhabilitasi",
                "kind", "KEGIATAN", "unitOfMeasure", "orang", "aggregation", "CUMULATIVE", "nodeId", k1, "supportsId", prog));
        String sub = indicator(team, agency, Map.of("code", "SUB-01", "name", "Jumlah alat bantu yang disalurkan",
                "kind", "SUB_KEGIATAN", "unitOfMeasure", "unit", "aggregation", "CUMULATIVE", "nodeId", sk1,
                "supportsId", keg));
        String iki = indicator(team, agency, Map.of("code", "IKI-01",
                "name", "Persentase layanan rehabilitasi yang selesai tepat waktu", "kind", "IKI",
                "unitOfMeasure", "%", "nodeId", k1, "supportsId", prog));
        // a kind on the wrong level, and a cascade that points sideways, are refused
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(fields(Map.of("code", "PROG-99", "name", "x", "kind", "PROGRAM", "unitOfMeasure", "%", "nodeId", k1)))
                .post("/agencies/{a}/indicators", agency).then().statusCode(422).body("errors.field", hasItem("kind"));
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(fields(Map.of("code", "KEG-99", "name", "x", "kind", "KEGIATAN", "unitOfMeasure", "%", "nodeId", k1,
                        "supportsId", sub)))
                .post("/agencies/{a}/indicators", agency).then().statusCode(422).body("errors.field", hasItem("supportsId"));

        // the head's PK with the IKU and IKK, the unit head's PK with the IKI
        given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(IndicatorFixtures.item(iki, 90, 90, 90, 90, 90))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(422)
                .body("errors[0].field", equalTo("items[0].indicatorId"));
        String headPk = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "items", List.of(IndicatorFixtures.item(iku, 80, 20, 40, 60, 80),
                        IndicatorFixtures.item(ikk, 75, 20, 40, 60, 75))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201).extract().path("id");
        String ikiPk = given().auth().oauth2(team).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "kind", "INDIVIDUAL", "signatoryUnit", "BIDANG-REHSOS",
                        "items", List.of(IndicatorFixtures.item(iki, 90, 90, 90, 90, 90))))
                .post("/agencies/{a}/agreements", agency).then().statusCode(201).extract().path("id");
        given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON).body(IndicatorFixtures.sign(0))
                .post("/agreements/{id}/sign", headPk).then().statusCode(200);
        // the unit head signs the individual PK; the head of another unit may not
        given().auth().oauth2(TestJwt.as("unit").agency(agency).unit("SEKRETARIAT").mint()).contentType(ContentType.JSON)
                .body(IndicatorFixtures.sign(0)).post("/agreements/{id}/sign", ikiPk).then().statusCode(403);
        given().auth().oauth2(TestJwt.as("unit").agency(agency).unit("BIDANG-REHSOS").mint()).contentType(ContentType.JSON)
                .body(IndicatorFixtures.sign(0)).post("/agreements/{id}/sign", ikiPk).then().statusCode(200)
                .body("kind", equalTo("INDIVIDUAL")).body("status", equalTo("SIGNED"));

        // the head's PK event places each indicator in the plan: its tujuan, baseline and Renstra end target
        ConsumerRecord<String, String> signed = TopicReader.await(SharedKafka.bootstrapServers(), EventTypes.Topics.AGREEMENTS,
                r -> ("agreements/" + headPk).equals(TopicReader.header(r, CloudEventHeaders.SUBJECT)), 1,
                Duration.ofSeconds(20)).get(0);
        assertThat(EventSchemas.violations(EventTypes.AGREEMENT_SIGNED, signed.value())).isEmpty();
        JsonPath pk = new JsonPath(signed.value());
        assertThat(pk.getList("items.tujuan")).containsOnly("Meningkatnya kesejahteraan sosial masyarakat");
        assertThat(pk.getFloat("items.find { it.indicatorCode == 'IKU-01' }.baseline")).isEqualTo(62.5f);
        assertThat(pk.getFloat("items.find { it.indicatorCode == 'IKU-01' }.endTarget")).isEqualTo(85f);

        // the whole cascade in one call
        JsonPath tree = given().auth().oauth2(TestJwt.as("provinsi").province("13").mint()).get("/plans/{p}/tree", plan)
                .then().statusCode(200).extract().jsonPath();
        assertThat(tree.getString("nodes[0].code")).isEqualTo("T1");
        Map<String, Object> sasaran = tree.getMap("nodes[0].children[0]");
        assertThat(sasaran.get("code")).isEqualTo("S1");
        assertThat(tree.getList("nodes[0].children[0].indicators.code")).containsExactly("IKK-01", "IKU-01");
        assertThat(tree.getString("nodes[0].children[0].children[0].indicators[0].supportsCode")).isEqualTo("IKU-01");
        assertThat(tree.getList("nodes[0].children[0].children[0].children[0].indicators.code"))
                .containsExactly("IKI-01", "KEG-01");
        assertThat(tree.getList("nodes[0].children[0].children[0].children[0].indicators.supportsCode"))
                .containsExactly("PROG-01", "PROG-01");
        assertThat(tree.getString("nodes[0].children[0].children[0].children[0].children[0].indicators[0].supportsCode"))
                .isEqualTo("KEG-01");

        // another agency sees nothing of it
        given().auth().oauth2(as("tim-sakip", "OTHER-" + agency)).get("/plans/{p}/tree", plan).then().statusCode(404);
        given().auth().oauth2(TestJwt.as("provinsi").province("15").mint()).get("/plans/{p}/tree", plan)
                .then().statusCode(404);
    }

    private static void unit(String token, String agency, String code, String kind, String name) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", code, "kind", kind, "name", name, "validFrom", "2021-01-01"))
                .post("/agencies/{a}/units", agency).then().statusCode(201);
    }

    private static String node(String token, String plan, String parent, String level, String code, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("level", level, "code", code, "name", name));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/plans/{p}/nodes", plan).then().statusCode(201).extract().path("id");
    }

    /** Fills the fields a test does not care about. */
    private static Map<String, Object> fields(Map<String, Object> given) {
        Map<String, Object> body = new HashMap<>(Map.of("polarity", "HIGHER_IS_BETTER", "aggregation", "LAST",
                "frequency", "QUARTERLY", "responsibleUnit", "BIDANG-REHSOS"));
        body.putAll(given);
        return body;
    }

    private static String indicator(String token, String agency, Map<String, Object> given) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(fields(given))
                .post("/agencies/{a}/indicators", agency).then().statusCode(201).extract().path("id");
    }
}
