package id.sakip.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.EventScope;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.vocabulary.Aggregation;
import id.sakip.common.vocabulary.AgreementKind;
import id.sakip.common.vocabulary.Polarity;
import id.sakip.testsupport.Aggregates;
import id.sakip.testsupport.SharedKafka;
import id.sakip.testsupport.TestAgencies;
import id.sakip.testsupport.TestEvents;
import id.sakip.testsupport.TestJwt;
import id.sakip.testsupport.TopicReader;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builders for collection-service tests: agreement events as indicator-service would publish them. */
final class CollectionFixtures {
    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private CollectionFixtures() {
    }

    /**
     * Runs the collection SOP's steps 1-6 through the API with a token per role: the head's order,
     * the Sekretaris' briefing, Tim SAKIP's plan, documents, forms and distribution. Returns the round id.
     */
    static String openRound(String agency, int year, String period) {
        String id = given().auth().oauth2(as("kepala", agency)).contentType(ContentType.JSON)
                .body(Map.of("year", year, "period", period, "disposition", Map.of("documentTitle",
                        "Disposisi pengumpulan data kinerja " + period, "documentNumber", "800/" + period + "/" + year)))
                .post("/rounds").then().statusCode(201).body("status", equalTo("PREPARING"))
                .body("currentStep", equalTo("BRIEFING")).extract().path("id");
        step(as("sekretaris", agency), id, "BRIEFING", Map.of());
        step(as("tim-sakip", agency), id, "PLAN", Map.of("submissionDeadline",
                java.time.OffsetDateTime.now().plusDays(10).toString()));
        step(as("tim-sakip", agency), id, "DOCUMENTS", Map.of());
        step(as("tim-sakip", agency), id, "PREPARE_FORMS", Map.of());
        step(as("tim-sakip", agency), id, "DISTRIBUTE", Map.of());
        return id;
    }

    /** Completes the round's step {@code key} with a document named after it; returns the round's new version. */
    static long step(String token, String round, String key, Map<String, Object> extra) {
        long version = given().auth().oauth2(token).get("/rounds/{id}", round).then().statusCode(200).extract()
                .jsonPath().getLong("version");
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("version", version);
        body.putIfAbsent("document", Map.of("documentTitle", "Dokumen langkah " + key));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/rounds/{id}/steps/{key}", round, key).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    /** A new agency, registered in collection-service's agency directory (region 1506, province 15). */
    static String newAgencyCode() {
        return TestAgencies.register("KEC-" + UUID.randomUUID().toString().substring(0, 8), "1506");
    }

    static String as(String role, String agency) {
        return TestJwt.as(role).subject(role + "@" + agency).agency(agency).mint();
    }

    static String asUnit(String role, String agency, String unit) {
        return TestJwt.as(role).subject(role + "@" + unit).agency(agency).unit(unit).mint();
    }

    /** Builds a PerformanceAgreementSigned event. */
    static final class AgreementEvent {
        UUID eventId = UUID.randomUUID();
        UUID agreementId = UUID.randomUUID();
        String agency;
        int year = 2026;
        int version = 1;
        UUID supersedes;
        final List<PerformanceAgreementSigned.Item> items = new ArrayList<>();

        /** Makes this event the PK Perubahan of {@code previous}. */
        AgreementEvent revising(AgreementEvent previous) {
            this.version = previous.version + 1;
            this.supersedes = previous.agreementId;
            this.year = previous.year;
            return this;
        }

        AgreementEvent(String agency) {
            this.agency = agency;
        }

        AgreementEvent year(int year) {
            this.year = year;
            return this;
        }

        AgreementEvent item(String code, String unitOfMeasure, String polarity, String unit, String annual,
                String... quarters) {
            items.add(new PerformanceAgreementSigned.Item(code, "Indikator " + code, "IKU", "Sasaran 1", unitOfMeasure,
                    Polarity.valueOf(polarity), Aggregation.CUMULATIVE, "QUARTERLY", unit, new BigDecimal(annual),
                    java.util.Arrays.stream(quarters).map(BigDecimal::new).toList(), null, null, null, null, null));
            return this;
        }

        /** A predicate indicator (audit opinion WTP = 4, WDP = 3, TW = 2, TMP = 1), last value, targets as scale numbers. */
        AgreementEvent opinion(String code, String unit, int annual, int... quarters) {
            items.add(new PerformanceAgreementSigned.Item(code, "Opini BPK " + code, "IKU", "Sasaran 1", "predikat",
                    Polarity.HIGHER_IS_BETTER, Aggregation.LAST, "QUARTERLY", unit, BigDecimal.valueOf(annual),
                    java.util.Arrays.stream(quarters).mapToObj(BigDecimal::valueOf).toList(), null, null, null, null,
                    Aggregates.OPINIONS));
            return this;
        }

        ProducerRecord<String, String> record(ObjectMapper mapper) {
            return recordWithKey(mapper, agreementId.toString());
        }

        ProducerRecord<String, String> recordWithKey(ObjectMapper mapper, String key) {
            PerformanceAgreementSigned e = new PerformanceAgreementSigned(agreementId, agency, "1506", "15", year,
                    version, AgreementKind.HEAD, null, supersedes, OffsetDateTime.now(), new PerformanceAgreementSigned.Signatory("H. Ahmad Fauzi",
                            "197501012000031001", "Camat"), items);
            try {
                return TestEvents.record(EventTypes.Topics.AGREEMENTS, eventId,
                        supersedes == null ? EventTypes.AGREEMENT_SIGNED : EventTypes.AGREEMENT_REVISED, key,
                        new EventScope(agency, "1506", "15"), mapper.writeValueAsString(e));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }

        void send(ObjectMapper mapper) {
            TopicReader.send(SharedKafka.bootstrapServers(), record(mapper));
        }
    }
}
