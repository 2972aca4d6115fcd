package id.sakip.common.http;

import id.sakip.common.input.Text;
import id.sakip.common.problem.Problem;
import id.sakip.common.problem.ProblemException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads query, path and header parameters so that a malformed one is named: {@code ?year=abc} or
 * {@code ?status=open} answers 400 with the parameter and what it must be, where JAX-RS would answer
 * a bare 404. A malformed id in the path is still a 404 (no such resource). String parameters follow
 * the single-line {@link Text} rules.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Param p = param(annotations);
        if (p == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(p, "a whole number", s -> Integer.valueOf(s.trim()));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(p, "a whole number", s -> Long.valueOf(s.trim()));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(p, "true or false", s -> switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(s);
            });
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(p, "an id (UUID)", s -> UUID.fromString(s.trim()));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(p, "a date (YYYY-MM-DD)", s -> LocalDate.parse(s.trim()));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(p, "one of " + allowed, s -> Enum.valueOf(type, s.trim()));
        }
        if (rawType == String.class) {
            return (ParamConverter<T>) converter(p, "a single line of text", s -> {
                Text.Result r = Text.check(s, false);
                if (!r.ok()) {
                    throw new IllegalArgumentException(r.problem());
                }
                return r.value();
            });
        }
        return null;
    }

    private record Param(String kind, String name) {
    }

    private static Param param(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return new Param("query", q.value());
            }
            if (a instanceof PathParam q) {
                return new Param("path", q.value());
            }
            if (a instanceof HeaderParam q) {
                return new Param("header", q.value());
            }
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Param p, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    if (p.kind().equals("path")) {
                        throw ProblemException.notFound(p.name(), printable(value));
                    }
                    String message = "must be " + expected;
                    throw new ProblemException(400, "invalid-parameter", "Invalid parameter",
                            p.kind() + " parameter " + p.name() + " " + message + "; got '" + printable(value) + "'",
                            List.of(new Problem.FieldError(p.name(), message)));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    /** The value as it can be shown in a problem: control characters replaced, at most 60 characters. */
    private static String printable(String value) {
        String s = value.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
