package id.sakip.commontests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.common.event.CloudEventHeaders;
import id.sakip.common.event.DomainEvent;
import id.sakip.common.event.EventOwner;
import id.sakip.common.event.EventTypes;
import id.sakip.common.event.v1.AgencyRegistered;
import id.sakip.common.event.v1.AgencyState;
import id.sakip.common.event.v1.AgreementInForce;
import id.sakip.common.event.v1.CollectionRoundOpened;
import id.sakip.common.event.v1.CurrentMeasurement;
import id.sakip.common.event.v1.FormReturned;
import id.sakip.common.event.v1.FormSubmitted;
import id.sakip.common.event.v1.IndicatorDefined;
import id.sakip.common.event.v1.MeasurementApproved;
import id.sakip.common.event.v1.MeasurementComputed;
import id.sakip.common.event.v1.MeasurementSigned;
import id.sakip.common.event.v1.PerformanceAgreementSigned;
import id.sakip.common.event.v1.RecapApproved;
import id.sakip.common.event.v1.RecapReturned;
import id.sakip.common.event.v1.ReportPublished;
import id.sakip.common.event.v1.RoundReopened;
import id.sakip.common.event.v1.RoundState;
import id.sakip.common.event.v1.SubmissionDeadline;
import id.sakip.testsupport.EventSchemas;
import id.sakip.testsupport.SakipTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event type has an example record ({@code events/examples/<Name>.v1.json}: topic, key, the
 * CloudEvents headers, the value) for dashboard teams, and each one is true: the value validates
 * against the type's JSON Schema, the headers are complete and name the owning service, and the
 * value is exactly what our serializer writes for the event it describes, whose own routing gives
 * the same topic, key, type and subject.
 */
@QuarkusTest
@QuarkusTestResource(value = SakipTestEnvironment.class, initArgs = @ResourceArg(name = "service", value = "commontests"))
class EventExamplesTest {
    /** The payload class of each type (one class serves two types where the data says which). */
    static final Map<String, Class<? extends DomainEvent>> CLASSES = Map.ofEntries(
            Map.entry(EventTypes.AGENCY_REGISTERED, AgencyRegistered.class),
            Map.entry(EventTypes.AGENCY_STATE, AgencyState.class),
            Map.entry(EventTypes.INDICATOR_DEFINED, IndicatorDefined.class),
            Map.entry(EventTypes.INDICATOR_CHANGED, IndicatorDefined.class),
            Map.entry(EventTypes.AGREEMENT_SIGNED, PerformanceAgreementSigned.class),
            Map.entry(EventTypes.AGREEMENT_REVISED, PerformanceAgreementSigned.class),
            Map.entry(EventTypes.AGREEMENT_IN_FORCE, AgreementInForce.class),
            Map.entry(EventTypes.ROUND_OPENED, CollectionRoundOpened.class),
            Map.entry(EventTypes.FORM_SUBMITTED, FormSubmitted.class),
            Map.entry(EventTypes.FORM_RETURNED, FormReturned.class),
            Map.entry(EventTypes.RECAP_RETURNED, RecapReturned.class),
            Map.entry(EventTypes.RECAP_APPROVED, RecapApproved.class),
            Map.entry(EventTypes.ROUND_REOPENED, RoundReopened.class),
            Map.entry(EventTypes.ROUND_STATE, RoundState.class),
            Map.entry(EventTypes.SUBMISSION_DEADLINE_APPROACHING, SubmissionDeadline.class),
            Map.entry(EventTypes.SUBMISSION_OVERDUE, SubmissionDeadline.class),
            Map.entry(EventTypes.MEASUREMENT_COMPUTED, MeasurementComputed.class),
            Map.entry(EventTypes.CURRENT_MEASUREMENT, CurrentMeasurement.class),
            Map.entry(EventTypes.MEASUREMENT_APPROVED, MeasurementApproved.class),
            Map.entry(EventTypes.MEASUREMENT_SIGNED, MeasurementSigned.class),
            Map.entry(EventTypes.REPORT_PUBLISHED, ReportPublished.class));

    private static final ObjectMapper PLAIN = new ObjectMapper();
    @Inject
    ObjectMapper mapper;

    static Stream<String> types() {
        return CLASSES.keySet().stream().sorted();
    }

    @Test
    void everySchemaHasAnExampleAndEveryTypeASchema() throws Exception {
        Set<String> schemas = names("events/schemas");
        Set<String> examples = names("events/examples");
        Set<String> types = CLASSES.keySet().stream().map(EventExamplesTest::fileName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(examples).isEqualTo(schemas).isEqualTo(types);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void theExampleIsTrue(String type) throws Exception {
        JsonNode example = read("events/examples/" + fileName(type));
        JsonNode headers = example.path("headers");
        JsonNode value = example.path("value");
        EventOwner owner = EventOwner.of(type).orElseThrow();

        assertThat(EventSchemas.violations(type, value.toString())).as("value against the schema").isEmpty();
        assertThat(headers.path(CloudEventHeaders.TYPE).asText()).isEqualTo(type);
        assertThat(headers.path(CloudEventHeaders.SPECVERSION).asText()).isEqualTo("1.0");
        assertThat(headers.path(CloudEventHeaders.SOURCE).asText()).isEqualTo(owner.source());
        assertThat(UUID.fromString(headers.path(CloudEventHeaders.ID).asText())).isNotNull();
        assertThat(OffsetDateTime.parse(headers.path(CloudEventHeaders.TIME).asText())).isNotNull();
        assertThat(headers.path(CloudEventHeaders.CONTENT_TYPE).asText()).isEqualTo("application/json");
        assertThat(headers.path(CloudEventHeaders.TRACEPARENT).asText()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(headers.path(CloudEventHeaders.AGENCY).asText()).isEqualTo(value.path("agencyCode").asText());
        assertThat(headers.path(CloudEventHeaders.REGION).asText()).isEqualTo(value.path("regionCode").asText());
        assertThat(headers.path(CloudEventHeaders.PROVINCE).asText()).isEqualTo(value.path("provinceCode").asText());
        assertThat(owner.owns(example.path("topic").asText())).isTrue();

        DomainEvent event = mapper.treeToValue(value, CLASSES.get(type));
        // compared as the text the outbox stores, read back the way a consumer reads it
        JsonNode written = PLAIN.readTree(mapper.writeValueAsString(event));
        assertThat(written).as("what our serializer writes for this event").isEqualTo(value);
        DomainEvent.Routing routing = event.routing();
        assertThat(routing.type()).isEqualTo(type);
        assertThat(routing.topic()).isEqualTo(example.path("topic").asText());
        assertThat(routing.key()).isEqualTo(example.path("key").asText());
        assertThat(routing.subject()).isEqualTo(headers.path(CloudEventHeaders.SUBJECT).asText());
    }

    /** {@code id.sakip.collection.RecapApproved.v1} is in {@code RecapApproved.v1.json}. */
    static String fileName(String type) {
        String rest = type.substring(EventTypes.PREFIX.length());
        return rest.substring(rest.indexOf('.') + 1) + ".json";
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertThat((Object) in).as(resource).isNotNull();
            return PLAIN.readTree(in);
        }
    }

    /** The files of a resource directory, from a directory or from common's jar. */
    private static Set<String> names(String dir) throws IOException, URISyntaxException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(dir);
        assertThat(url).as(dir).isNotNull();
        if (url.getProtocol().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                return list(jar.getPath(dir));
            }
        }
        return list(Path.of(url.toURI()));
    }

    private static Set<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString().replaceAll("/$", "")).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
