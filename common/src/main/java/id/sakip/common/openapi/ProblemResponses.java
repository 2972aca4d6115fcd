package id.sakip.common.openapi;

import id.sakip.common.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The errors every operation can answer, written once as {@code components.responses} (problem+json,
 * the one {@code Problem} schema, an example each, Retry-After where it applies) and referred to by
 * each operation after what it has: 400, 401, 403, 406, 414, 429 and 503 for all; 404 when a path or
 * query parameter names something, and for writes (their body names an agency, a subject); 415 when it takes a body; 408, 409 and 413 for writes (any write
 * may be sent a body, which is received before anything else); 422 when there is input to check.
 */
final class ProblemResponses {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** What SmallRye writes for {@code @RolesAllowed} methods: replaced by the shared responses. */
    private static final Set<String> GENERATED = Set.of("Not Authorized", "Not Allowed");

    /** The errors, in the order a reader meets them, with what each means here. */
    private static final Map<String, ErrorResponse> ERRORS = new LinkedHashMap<>();

    private record ErrorResponse(String name, String slug, String title, String description, boolean retryAfter) {
    }

    static {
        error("400", "BadRequest", "malformed-request", "Malformed request",
                "Malformed JSON, a duplicate key, an unknown sort field or a malformed query parameter (named).", false);
        error("401", "Unauthorized", "unauthorized", "Unauthorized",
                "No bearer token, or one that is expired, not yet valid, wrongly signed or from another issuer.", false);
        error("403", "Forbidden", "forbidden", "Forbidden",
                "The caller's role may not do this (for SOP steps: not one of the step's roles), or the write names an "
                        + "agency the caller does not belong to.",
                false);
        error("404", "NotFound", "not-found", "Not found",
                "Nothing with this identifier, or nothing the caller may see (another agency's).", false);
        error("406", "NotAcceptable", "not-acceptable", "Not acceptable",
                "The Accept header names no media type this operation produces.", false);
        error("408", "RequestTimeout", "request-timeout", "Request timeout",
                "The request body did not arrive in time; the connection is closed.", false);
        error("409", "Conflict", "conflict", "Conflict",
                "The version sent is not the current one, the state does not allow this step, it exists already, or a "
                        + "concurrent change won: read it again and retry.",
                false);
        error("413", "PayloadTooLarge", "payload-too-large", "Request body too large",
                "JSON bodies up to 1 MiB, files up to the attachment limit (10 MiB by default).", false);
        error("414", "UriTooLong", "uri-too-long", "URI too long", "Request targets up to 8 KiB.", false);
        error("415", "UnsupportedMediaType", "unsupported-media-type", "Unsupported media type",
                "The Content-Type is not one this operation accepts.", false);
        error("422", "UnprocessableContent", "validation", "Request is not valid",
                "The request is well-formed but breaks a rule; `errors` names each offending field.", false);
        error("429", "TooManyRequests", "too-many-requests", "Too many requests",
                "Too many writes from this client address or subject; retry after the seconds in Retry-After.", true);
        error("503", "ServiceUnavailable", "unavailable", "Service unavailable",
                "The database or broker is away for a moment; retry after the seconds in Retry-After. Nothing was "
                        + "written.",
                true);
    }

    private static void error(String status, String name, String slug, String title, String description,
            boolean retryAfter) {
        ERRORS.put(status, new ErrorResponse(name, slug, title, description, retryAfter));
    }

    /** Only the shared error responses some operation of this service refers to stay in the document. */
    static void dropUnused(OpenAPI api, Components components) {
        Set<String> used = new HashSet<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> op
                .getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getRef() != null) {
                        used.add(r.getRef().substring(r.getRef().lastIndexOf('/') + 1));
                    }
                })));
        ERRORS.values().forEach(e -> {
            if (!used.contains(e.name())) {
                components.removeResponse(e.name());
            }
        });
    }

    static void define(Components components) {
        Schema problem = components.getSchemas() == null ? null : components.getSchemas().get("Problem");
        if (problem != null) {
            problem.setRequired(List.of("type", "title", "status"));
            Schema type = problem.getProperties().get("type");
            if (type != null) {
                type.setFormat("uri");
            }
        }
        ERRORS.forEach((status, e) -> {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", Problem.TYPE_BASE + e.slug());
            example.put("title", e.title());
            example.put("status", Integer.parseInt(status));
            if (status.equals("422")) {
                example.put("detail", "items[0].annualTarget: must not be null");
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("field", "items[0].annualTarget");
                field.put("message", "must not be null");
                example.put("errors", List.of(field));
            }
            MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))
                    .example(example);
            APIResponse response = OASFactory.createAPIResponse().description(e.description())
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
            if (e.retryAfter()) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(BigDecimal.ONE)));
            }
            components.addResponse(e.name(), response);
        });
    }

    static void add(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean body = operation.getRequestBody() != null;
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean input = body || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        List<String> statuses = new ArrayList<>(List.of("400", "401", "403", "406", "414", "429", "503"));
        if (write || path.contains("{") || namesSomething(operation)) {
            statuses.add("404");
        }
        if (body) {
            statuses.add("415");
        }
        if (write) {
            // a body sent where none is expected is still received first: too large, too slow
            statuses.addAll(List.of("408", "409", "413"));
        }
        if (input || write) {
            statuses.add("422");
        }
        Map<String, APIResponse> all = new TreeMap<>(responses.getAPIResponses() == null ? Map.of()
                : responses.getAPIResponses());
        for (String status : statuses) {
            APIResponse existing = all.get(status);
            APIResponse shared = OASFactory.createAPIResponse().ref("#/components/responses/" + ERRORS.get(status).name());
            if (existing == null || existing.getContent() == null && GENERATED.contains(existing.getDescription())) {
                all.put(status, shared);
            }
        }
        // an error the method declares itself (a GET answering 409 before its document exists) keeps
        // its own words, with the shared body
        all.forEach((status, r) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && r.getRef() == null && r.getContent() == null) {
                r.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
        responses.setAPIResponses(all);
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if (p.getIn() == Parameter.In.PATH) {
                    p.setRequired(true);
                }
            }
        }
    }

    /** A query parameter naming an agency, a province or a resource ({@code agencyCode}, {@code roundId}): 404 when unknown. */
    private static boolean namesSomething(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && p.getName() != null
                        && (p.getName().endsWith("Code") || p.getName().endsWith("Id")));
    }

    private ProblemResponses() {
    }
}
