package id.sakip.testsupport;

import io.restassured.response.Response;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every answer to a generated request must be: no 5xx; every 4xx an RFC 9457 problem document
 * of ours (our type URI, the status repeated, a title) whose detail names no code (no class or
 * package names, no stack frames, no exception types).
 */
final class Answers {
    /** Text that names code: a qualified class name, a nested class, a stack frame, an exception type. */
    static final Pattern INTERNALS = Pattern.compile(
            "\\b(java|javax|jakarta|org|com|io|id)\\.[a-z][a-z0-9_]{0,40}\\.[A-Za-z]|\\$[A-Z][A-Za-z]{1,40}"
                    + "|\\bat [a-z]{1,40}\\.[a-z]|\\b[A-Z][A-Za-z0-9]{0,80}(?:Exception|Error)\\b");

    private Answers() {
    }

    /** What is wrong with the answer, or empty when it is as it must be. */
    static Optional<String> problem(Response r) {
        int status = r.statusCode();
        if (status >= 500) {
            String body = r.asString();
            return Optional.of(status + " " + body.substring(0, Math.min(300, body.length())));
        }
        if (status < 400) {
            return Optional.empty();
        }
        String type = r.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            return Optional.of(status + " answered as " + type);
        }
        try {
            Map<?, ?> problem = r.as(Map.class);
            if (!String.valueOf(problem.get("type")).startsWith("https://sakip.id/problems/")
                    || !Integer.valueOf(status).equals(problem.get("status")) || problem.get("title") == null) {
                return Optional.of(status + " with a problem document not of ours: " + problem);
            }
            Object detail = problem.get("detail");
            if (detail != null && detail.toString().length() > 1001) {
                return Optional.of(status + " with a detail of " + detail.toString().length() + " characters");
            }
            if (detail != null && INTERNALS.matcher(detail.toString()).find()) {
                return Optional.of(status + " with a detail that names code: " + detail);
            }
        } catch (RuntimeException ex) {
            return Optional.of(status + " with an unreadable problem document");
        }
        return Optional.empty();
    }
}
