package id.sakip.collection;

import static id.sakip.collection.CollectionFixtures.as;
import static id.sakip.collection.CollectionFixtures.asUnit;
import static id.sakip.collection.CollectionFixtures.newAgencyCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.collection.CollectionFixtures.AgreementEvent;
import id.sakip.testsupport.PostgresDatabases;
import id.sakip.testsupport.SakipTestEnvironment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is a keyed hash chain per agency: every value and state change is in it with who,
 * when, before and after; the service's own database role cannot change or remove a record; a
 * rewrite with the owner's credentials (which the service holds to migrate), even one that
 * recomputes plain hashes and the head consistently, is found by verification, as are a removed
 * record and a cut-off end.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "collection"))
class AuditChainTest {
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    /** An agency with a round whose form was saved twice and submitted; returns the agency code. */
    private String agencyWithHistory() {
        String agency = newAgencyCode();
        new AgreementEvent(agency).item("IKU-01", "%", "HIGHER_IS_BETTER", "SEKRETARIAT", "90", "20", "20", "25", "25")
                .send(mapper);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(as("tim-sakip", agency))
                .get("/agreements?year=2026").then().body("total", equalTo(1)));
        String round = CollectionFixtures.openRound(agency, 2026, "Q1");
        String unit = asUnit("unit", agency, "SEKRETARIAT");
        String form = given().auth().oauth2(unit).get("/rounds/{id}/forms", round).then().extract().path("[0].id");
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", 0, "rows",
                List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 15, "keterangan", "sementara"))))
                .put("/forms/{id}", form).then().statusCode(200);
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", 1, "rows",
                List.of(Map.of("indicatorCode", "IKU-01", "realisasi", 21, "keterangan", "Sesuai laporan bulanan"))))
                .put("/forms/{id}", form).then().statusCode(200);
        given().auth().oauth2(unit).contentType(ContentType.JSON).body(Map.of("version", 2)).post("/forms/{id}/submit", form)
                .then().statusCode(200);
        return agency;
    }

    private static JsonPath verify(String agency) {
        return given().auth().oauth2(as("sekretaris", agency)).get("/audit/verify").then().statusCode(200).extract()
                .jsonPath();
    }

    /** A statement as the database owner: what someone holding the service's migration credentials can do. */
    private void sql(String statement, Object... params) {
        try (Connection c = DriverManager.getConnection(url, PostgresDatabases.user(), PostgresDatabases.password());
                PreparedStatement ps = c.prepareStatement(statement.replaceAll("\\?\\d+", "?"))) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A statement as the role the service queries with; the error PostgreSQL answers, or null. */
    private String asService(String statement, Object... params) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                var q = em.createNativeQuery(statement);
                for (int i = 0; i < params.length; i++) {
                    q.setParameter(i + 1, params[i]);
                }
                q.executeUpdate();
            });
            return null;
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && !(t instanceof SQLException)) {
                t = t.getCause();
            }
            return t.getMessage();
        }
    }

    @Test
    void everyChangeIsChainedWithWhoWhenBeforeAndAfter() {
        String agency = agencyWithHistory();
        JsonPath trail = given().auth().oauth2(as("kepala", agency)).get("/audit?limit=500").then().statusCode(200)
                .extract().jsonPath();
        List<String> actions = trail.getList("action", String.class);
        assertThat(actions).startsWith("SOP_STEP_DONE", "ROUND_ORDERED").contains("FORMS_DISTRIBUTED",
                "FORM_VALUES_CHANGED", "FORM_SUBMITTED");
        assertThat(trail.getList("seq", Long.class)).isSorted().startsWith(1L, 2L);
        int second = actions.lastIndexOf("FORM_VALUES_CHANGED");
        assertThat(trail.getString("[" + second + "].actor")).isEqualTo("unit@SEKRETARIAT");
        assertThat(trail.getString("[" + second + "].before"))
                .isEqualTo("{\"IKU-01\":{\"keterangan\":\"sementara\",\"realisasi\":\"15\"}}");
        assertThat(trail.getString("[" + second + "].after"))
                .isEqualTo("{\"IKU-01\":{\"keterangan\":\"Sesuai laporan bulanan\",\"realisasi\":\"21\"}}");
        JsonPath v = verify(agency);
        assertThat(v.getBoolean("intact")).isTrue();
        assertThat(v.getLong("records")).isEqualTo(actions.size());
    }

    @Test
    void theServiceRoleCannotChangeOrRemoveAuditRecords() {
        String agency = agencyWithHistory();
        assertThat(asService("update audit_record set actor = 'x' where agency_code = ?1", agency))
                .contains("permission denied");
        assertThat(asService("delete from audit_record where agency_code = ?1", agency)).contains("permission denied");
        assertThat(asService("truncate audit_record")).contains("permission denied");
        assertThat(asService("delete from audit_head where agency_code = ?1", agency)).contains("permission denied");
        assertThat(verify(agency).getBoolean("intact")).isTrue();
    }

    @Test
    void aChangedRecordIsDetectedEvenWithItsHashRecomputed() {
        String agency = agencyWithHistory();
        long seq = given().auth().oauth2(as("kepala", agency)).get("/audit?entityType=form&limit=500").then().extract()
                .jsonPath().getList("findAll { it.action == 'FORM_VALUES_CHANGED' }.seq", Long.class).get(1);
        // someone with the owner's credentials rewrites the approved value in the trail
        sql("update audit_record set after_state = replace(after_state, '\"21\"', '\"12\"') where agency_code = ?1 and seq = ?2",
                agency, seq);
        JsonPath v = verify(agency);
        assertThat(v.getBoolean("intact")).isFalse();
        assertThat(v.getLong("brokenAtSeq")).isEqualTo(seq);
        assertThat(v.getString("problem")).contains("was changed");
        // and recomputes every hash from there on as a plain SHA-256, the head too: without the key it does not verify
        sql("update audit_record set hash = encode(sha256(convert_to(prev_hash || after_state, 'UTF8')), 'hex') "
                + "where agency_code = ?1 and seq = ?2", agency, seq);
        sql("update audit_record r set prev_hash = p.hash from audit_record p where r.agency_code = ?1 "
                + "and p.agency_code = r.agency_code and p.seq = r.seq - 1 and r.seq = ?2", agency, seq + 1);
        assertThat(verify(agency).getLong("brokenAtSeq")).isEqualTo(seq);
        // downgrading the records to the old, unkeyed scheme does not help either
        sql("update audit_record set hash_scheme = 1 where agency_code = ?1", agency);
        JsonPath downgraded = verify(agency);
        assertThat(downgraded.getBoolean("intact")).isFalse();
        assertThat(downgraded.getLong("brokenAtSeq")).isEqualTo(1);
    }

    @Test
    void aRemovedRecordAndACutOffEndAreDetected() {
        String agency = agencyWithHistory();
        long records = verify(agency).getLong("records");
        sql("delete from audit_record where agency_code = ?1 and seq = ?2", agency, records);
        JsonPath end = verify(agency);
        assertThat(end.getBoolean("intact")).isFalse();
        assertThat(end.getString("problem")).contains("removed from its end");
        // moving the head back to the new end does not hide it: the head is keyed
        sql("update audit_head h set last_seq = r.seq, last_hash = r.hash from audit_record r where h.agency_code = ?1 "
                + "and r.agency_code = h.agency_code and r.seq = ?2", agency, records - 1);
        assertThat(verify(agency).getString("problem")).contains("head was changed");
        sql("delete from audit_head where agency_code = ?1", agency);
        assertThat(verify(agency).getString("problem")).contains("head is missing");

        String other = agencyWithHistory();
        sql("delete from audit_record where agency_code = ?1 and seq = 3", other);
        JsonPath middle = verify(other);
        assertThat(middle.getBoolean("intact")).isFalse();
        assertThat(middle.getLong("brokenAtSeq")).isEqualTo(3);
        assertThat(middle.getString("problem")).contains("record 3 is missing");
        // and the agency next door is untouched
        assertThat(verify(agencyWithHistory()).getBoolean("intact")).isTrue();
    }
}
