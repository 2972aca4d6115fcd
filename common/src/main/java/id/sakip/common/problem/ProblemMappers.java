package id.sakip.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.sakip.common.input.RejectedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import id.sakip.common.resilience.Transient;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every error leaves as RFC 9457 {@code application/problem+json}. Client mistakes get 4xx:
 * malformed JSON 400, bean validation 400 with the fields, domain rule violations 422, unknown ids
 * 404, state conflicts and stale versions 409. Anything unexpected is 500 without internals, logged.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Text that names code: a qualified class name, a nested class, a stack frame, an exception type. */
    private static final Pattern INTERNALS = Pattern.compile("\\b[a-z][a-z0-9_]{0,40}\\.[a-z][a-z0-9_]{0,40}\\.[A-Za-z]"
            + "|\\$[A-Z]|\\bat [a-z]{1,40}\\.|\\b[A-Z][A-Za-z0-9]{0,80}(?:Exception|Error)\\b|`");
    /** Longest detail answered: a value the client sent is not echoed at any length. */
    private static final int MAX_DETAIL = 1000;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "validation", "Request is not valid", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof RejectedInputException rejected) {
            String field = path(rejected);
            String name = field == null ? "body" : field;
            return respond(422, "validation", "Request is not valid", name + " " + rejected.rule(), uri,
                    List.of(new Problem.FieldError(name, rejected.rule())));
        }
        if (e instanceof JsonParseException) {
            return respond(400, "malformed-json", "Malformed JSON", withoutInternals(e.getOriginalMessage(),
                    "the body is not well-formed JSON"), uri, null);
        }
        String field = e instanceof JsonMappingException m ? path(m) : null;
        List<Problem.FieldError> errors = field == null ? null
                : List.of(new Problem.FieldError(field, "has the wrong type or format"));
        return respond(400, "malformed-json", "Malformed JSON",
                field == null ? "the body does not have the expected structure" : field + " has the wrong type or format",
                uri, errors);
    }

    /** Overrides Quarkus' built-in mapper for wrong types (which answers plain JSON) with a problem naming the field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(409, "stale-version", "Stale version",
                "the resource was changed by someone else; reload it and apply your change again", uri, null);
    }

    /** A unique or foreign-key constraint of the database refused the write: the data already exists or is in use. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(409, "constraint", "Conflicts with existing data",
                "the change conflicts with existing data" + (e.getConstraintName() == null ? ""
                        : " (" + e.getConstraintName() + ")"), uri, null);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response r = respond(401, "unauthorized", "Authentication required",
                "a valid bearer token is required", uri, null);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "your role may not do this", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException p) {
            // a parameter converter's problem (StrictParams), wrapped by JAX-RS
            return problem(p, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST reports unreadable bodies as 400 WebApplicationExceptions caused by Jackson
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(status, "internal", "Internal error", null, uri, null);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(status, slug(title), title, withoutInternals(e.getMessage(), title), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (Transient.isTransient(e)) {
            // the database is away (restarting, unreachable): nothing was written; the client may retry
            LOG.warnf("database unavailable: %s", e.getMessage());
            Response r = respond(503, "unavailable", "Service unavailable",
                    "the database is not reachable at the moment; retry shortly (reload first: a change in flight "
                            + "when the connection broke may or may not have been saved)", uri, null);
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                // SQL "data exception": a value the database cannot hold (a date beyond its range, a number
                // beyond its precision) that validation let through; the transaction rolled back
                LOG.warnf("value refused by the database (%s): %s", sql.getSQLState(), sql.getMessage());
                return respond(422, "value-out-of-range", "Value cannot be stored",
                        "a value is outside what can be stored (a date or number out of range)", uri, null);
            }
        }
        LOG.error("unexpected error", e);
        return respond(500, "internal", "Internal error", "an unexpected error occurred; it has been logged", uri,
                null);
    }

    /** A problem response built outside an exception mapper (filters). */
    public static Response response(int status, String slug, String title, String detail, UriInfo uri) {
        return respond(status, slug, title, detail, uri, null);
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        String shown = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
        Problem p = new Problem(Problem.TYPE_BASE + slug, title, status, shown,
                uri == null ? null : uri.getPath(), errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "create.request.items[0].annualTarget" -> "items[0].annualTarget"
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length > 2) {
            return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** A message from a library, unless it names code (a class, a package): then the fallback. */
    static String withoutInternals(String message, String fallback) {
        if (message == null || message.isBlank()
                || INTERNALS.matcher(message.substring(0, Math.min(message.length(), 4 * MAX_DETAIL))).find()) {
            return fallback;
        }
        return message;
    }

    private static String slug(String title) {
        return title == null ? "error" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
