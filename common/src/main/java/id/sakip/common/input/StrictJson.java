package id.sakip.common.input;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How every service reads JSON: a duplicate key is a malformed document (400), not "the last one
 * wins"; every string follows {@link Text} (422 naming the field, {@link MultiLine} fields may hold
 * line breaks, {@link Code} fields are canonical codes) and every decimal {@link Numbers} (422 beyond the stored range, canonical form
 * otherwise). And how every service writes it, in responses and events alike: decimals as plain
 * numbers without trailing zeros ({@code 82}, {@code 82.5}, {@code 1000}; never {@code 82.0000} or
 * {@code 1E+3}), timestamps in UTC to the microsecond PostgreSQL keeps ({@code 2026-04-05T03:04:05.773241Z}),
 * so what a write answers is what a later read returns.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(SerializationFeature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.registerModule(new SimpleModule("sakip-strict-input")
                .addDeserializer(String.class, new Strings(Kind.LINE))
                .addDeserializer(BigDecimal.class, new Decimals())
                .addKeyDeserializer(String.class, new Keys())
                .addSerializer(BigDecimal.class, new PlainDecimals())
                .addSerializer(OffsetDateTime.class, new UtcMicros())
                .addSerializer(Instant.class, new InstantMicros()));
    }

    /** {@code 82.0000} is written {@code 82}: the value, not the column's scale. */
    static final class PlainDecimals extends StdSerializer<BigDecimal> {
        PlainDecimals() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        }
    }

    /**
     * An offset date-time in UTC, to the microsecond, rounded as the PostgreSQL driver rounds what it
     * stores (half up): the answer to a write equals what the next read returns.
     */
    static final class UtcMicros extends StdSerializer<OffsetDateTime> {
        UtcMicros() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .format(value.withOffsetSameInstant(ZoneOffset.UTC).plusNanos(500).truncatedTo(ChronoUnit.MICROS)));
        }
    }

    /** An instant to the microsecond (rounded half up, as stored). */
    static final class InstantMicros extends StdSerializer<Instant> {
        InstantMicros() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString());
        }
    }

    /** The rule a string property follows. */
    enum Kind {
        LINE, MULTI_LINE, CODE
    }

    /**
     * Strings checked by {@link Text}: single-line unless the property is {@link MultiLine};
     * {@link Code} properties in canonical code form ({@link Codes}).
     */
    static final class Strings extends StdScalarDeserializer<String> implements ContextualDeserializer {
        private final Kind kind;

        Strings(Kind kind) {
            super(String.class);
            this.kind = kind;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            Kind k = property == null ? Kind.LINE
                    : property.getAnnotation(Code.class) != null ? Kind.CODE
                            : property.getAnnotation(MultiLine.class) != null ? Kind.MULTI_LINE : Kind.LINE;
            return k == kind ? this : new Strings(k);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            Text.Result r = kind == Kind.CODE ? Codes.check(s) : Text.check(s, kind == Kind.MULTI_LINE);
            if (!r.ok()) {
                throw new RejectedInputException(p, r.problem());
            }
            return r.value();
        }
    }

    static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            Text.Result r = Text.check(key, false);
            if (!r.ok()) {
                throw new RejectedInputException(ctxt.getParser(), "key '" + key.replaceAll("\\p{C}", "?") + "' "
                        + r.problem());
            }
            return r.value();
        }
    }

    /** Decimals within {@link Numbers}' range, in canonical form. */
    static final class Decimals extends StdScalarDeserializer<BigDecimal> {
        Decimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal v = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            String problem = Numbers.problem(v);
            if (problem != null) {
                throw new RejectedInputException(p, problem);
            }
            return Numbers.canonical(v);
        }
    }
}
