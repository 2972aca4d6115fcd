package id.sakip.common.problem;

import java.util.List;

/** A client-caused failure with a known status; mapped to problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Resource not found", what + " " + id + " does not exist", null);
    }

    /** The request conflicts with the current state (e.g. signing an agreement that is already signed). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "state-conflict", "Conflict with the current state", detail, null);
    }

    /** The request is well-formed but breaks a domain rule; {@code errors} names the fields. */
    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, "validation", "Request is not valid", detail, errors);
    }

    public static ProblemException unprocessable(String field, String message) {
        return unprocessable(field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    /**
     * 409 stale-version unless the client's version is the current one: the client changed something
     * it read before someone else's change.
     */
    public static void requireVersion(String what, Object id, long current, long requested) {
        if (current != requested) {
            throw new ProblemException(409, "stale-version", "Stale version", what + " " + id + " is at version "
                    + current + ", the request was based on version " + requested + "; reload and apply again", null);
        }
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
