package id.sakip.common.openapi;

import id.sakip.common.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
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
 * Makes every service's OpenAPI document say what the service answers, once for all operations
 * (registered as {@code mp.openapi.filter}, applied at build time):
 * <ul>
 * <li>every error an operation can answer, as {@code application/problem+json} with the one
 * {@code Problem} schema and an example, by reference to {@code components.responses}: 400, 401,
 * 403, 406, 414, 429 and 503 for all; 404 when the path or a query parameter names something; 408, 413 and 415 when
 * there is a body; 409 for writes; 422 when there is input to check;</li>
 * <li>a stable camelCase {@code operationId} (the Java method's name; the SOP contract's shared
 * methods get the aggregate's name, {@code get} on {@code /rounds} becomes {@code getRound});</li>
 * <li>a 201 with its Location header and, when the annotation gave no body, the schema of the
 * resource's own {@code GET /{id}}; no stray 200 beside it;</li>
 * <li>binary media types (PDF, XLSX, attachments) as {@code string/binary}, never JSON;</li>
 * <li>{@code required} for every property of a response schema: the services always write every
 * property (null included), except in {@code Problem}, whose optional members are left out.</li>
 * </ul>
 */
public class ApiContract implements OASFilter {
    static final String JSON = "application/json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

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

    /** Names of the SOP contract's shared methods and the operationId each gets for aggregate X. */
    private static final Map<String, String> SHARED = Map.of(
            "open", "open%s", "get", "get%s", "timeline", "get%sTimeline", "completeStep", "complete%sStep",
            "upload", "upload%sAttachment", "list", "list%sAttachments", "download", "download%sAttachment");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        defineErrors(components);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = new TreeMap<>(api.getPaths().getPathItems());
        Set<String> inputs = new HashSet<>();
        Set<String> sopRoots = sopRoots(items.keySet());
        for (Map.Entry<String, PathItem> item : items.entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                name(item.getKey(), operation, sopRoots);
                successes(item.getKey(), operation, items);
                pathParameters(item.getKey(), item.getValue(), operation);
                secured(operation, components);
                errors(item.getKey(), op.getKey(), operation);
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    binary(operation.getRequestBody().getContent());
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(m -> collectRefs(m.getSchema(), components, inputs));
                }
            }
        }
        requireResponseProperties(components, inputs);
        dropUnusedErrors(api, components);
        namePages(api, components);
        periods(api, components);
    }

    /**
     * Every {@code period} (a property or a query parameter) is the one {@code Period} enum: Q1..Q4 or
     * M01..M12 ({@link id.sakip.common.vocabulary.Period} is a value type, serialised as that text).
     */
    private static void periods(OpenAPI api, Components components) {
        boolean[] used = { false };
        Schema ref = OASFactory.createSchema().ref("#/components/schemas/Period");
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(schema -> {
                if (schema.getProperties() != null && isPlainString(schema.getProperties().get("period"))) {
                    Schema old = schema.getProperties().get("period");
                    Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
                    properties.put("period", old.getDescription() == null ? ref
                            : OASFactory.createSchema().ref(ref.getRef()).description(old.getDescription()));
                    schema.setProperties(properties);
                    used[0] = true;
                }
            });
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().stream().filter(p -> "period".equals(p.getName()) && isPlainString(p.getSchema()))
                        .forEach(p -> {
                            p.setSchema(ref);
                            used[0] = true;
                        });
            }
        }));
        if (used[0]) {
            Schema period = OASFactory.createSchema().addType(SchemaType.STRING)
                    .description("A reporting period of the year: a quarter (triwulan) Q1..Q4 or a month (bulan) M01..M12");
            for (int q = 1; q <= 4; q++) {
                period.addEnumeration("Q" + q);
            }
            for (int m = 1; m <= 12; m++) {
                period.addEnumeration(String.format(Locale.ROOT, "M%02d", m));
            }
            components.addSchema("Period", period);
        }
    }

    private static boolean isPlainString(Schema schema) {
        return schema != null && schema.getRef() == null && schema.getEnumeration() == null && schema.getType() != null
                && schema.getType().contains(SchemaType.STRING) && schema.getFormat() == null;
    }

    /**
     * A page of X is {@code PageX} after X's schema name, not its Java class's ({@code Page<ReportDtos.View>}
     * would be {@code PageView}); the raw {@code Page} no operation answers goes.
     */
    private static void namePages(OpenAPI api, Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new TreeMap<>();
        components.getSchemas().forEach((name, schema) -> {
            Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
            if (name.startsWith("Page") && items != null && items.getItems() != null && items.getItems().getRef() != null) {
                String ref = items.getItems().getRef();
                String target = "Page" + ref.substring(ref.lastIndexOf('/') + 1);
                if (!target.equals(name)) {
                    renamed.put(name, target);
                }
            }
        });
        Map<String, Schema> schemas = new TreeMap<>();
        components.getSchemas().forEach((name, schema) -> schemas.put(renamed.getOrDefault(name, name), schema));
        Set<String> referenced = new HashSet<>();
        Consumer<Schema> rewrite = schema -> rewriteRefs(schema, renamed, referenced);
        schemas.values().forEach(rewrite);
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> rewrite.accept(p.getSchema()));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> rewrite.accept(m.getSchema()));
            }
            op.getResponses().getAPIResponses().values().forEach(r -> {
                if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                    r.getContent().getMediaTypes().values().forEach(m -> rewrite.accept(m.getSchema()));
                }
            });
        }));
        components.setSchemas(schemas);
        dropUnreachableSchemas(api, components);
    }

    /**
     * Only the schemas an operation reaches stay: shared records annotated for one service (an event's
     * rows) and the raw generic {@code Page} would otherwise show in every document.
     */
    private static void dropUnreachableSchemas(OpenAPI api, Components components) {
        Set<String> reached = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> pending.add(p.getSchema()));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema()));
            }
            op.getResponses().getAPIResponses().values().forEach(r -> {
                if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                    r.getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema()));
                }
            });
        }));
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> r.getContent().getMediaTypes().values()
                    .forEach(m -> pending.add(m.getSchema())));
        }
        while (!pending.isEmpty()) {
            Set<String> found = new HashSet<>();
            pending.forEach(schema -> rewriteRefs(schema, Map.of(), found));
            pending.clear();
            for (String name : found) {
                if (reached.add(name) && components.getSchemas().containsKey(name)) {
                    pending.add(components.getSchemas().get(name));
                }
            }
        }
        Map<String, Schema> kept = new TreeMap<>(components.getSchemas());
        kept.keySet().retainAll(reached);
        components.setSchemas(kept);
    }

    private static void rewriteRefs(Schema schema, Map<String, String> renamed, Set<String> referenced) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            String target = renamed.getOrDefault(name, name);
            referenced.add(target);
            if (!target.equals(name)) {
                schema.setRef("#/components/schemas/" + target);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> rewriteRefs(s, renamed, referenced));
        }
        rewriteRefs(schema.getItems(), renamed, referenced);
        rewriteRefs(schema.getAdditionalPropertiesSchema(), renamed, referenced);
        for (List<Schema> list : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(s -> rewriteRefs(s, renamed, referenced));
            }
        }
    }

    /** Only the shared error responses some operation of this service refers to stay in the document. */
    private static void dropUnusedErrors(OpenAPI api, Components components) {
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

    private static void defineErrors(Components components) {
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

    /**
     * The Java method's name, except for the SOP contract's shared methods (on an aggregate that has
     * {@code /{id}/steps/{key}}, and its attachments), which get the aggregate's name.
     */
    private static void name(String path, Operation operation, Set<String> sopRoots) {
        String id = operation.getOperationId();
        String pattern = id == null ? null : SHARED.get(id);
        String root = path.indexOf('/', 1) < 0 ? path : path.substring(0, path.indexOf('/', 1));
        if (pattern == null || !sopRoots.contains(root)) {
            return;
        }
        boolean attachments = path.contains("/attachments");
        boolean attachmentMethod = id.equals("upload") || id.equals("list") || id.equals("download");
        if (attachments == attachmentMethod) {
            operation.setOperationId(String.format(Locale.ROOT, pattern, aggregateName(path)));
        }
    }

    /** The first segments of the paths that complete SOP steps: {@code /rounds} for {@code /rounds/{id}/steps/{key}}. */
    private static Set<String> sopRoots(Set<String> paths) {
        Set<String> roots = new HashSet<>();
        for (String p : paths) {
            if (p.matches("/[a-z-]+/\\{id}/steps/\\{key}")) {
                roots.add(p.substring(0, p.indexOf('/', 1)));
            }
        }
        return roots;
    }

    /** {@code /measurement-rounds/{id}} → {@code MeasurementRound}. */
    static String aggregateName(String path) {
        String first = path.substring(1).split("/")[0];
        if (first.endsWith("ies")) {
            first = first.substring(0, first.length() - 3) + "y";
        } else if (first.endsWith("s")) {
            first = first.substring(0, first.length() - 1);
        }
        StringBuilder name = new StringBuilder();
        for (String word : first.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static void successes(String path, Operation operation, Map<String, PathItem> items) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            responses.removeAPIResponse("200");
            if (created.getContent() == null || created.getContent().getMediaTypes() == null
                    || created.getContent().getMediaTypes().isEmpty()) {
                APIResponse read = readOf(path, items);
                if (read != null) {
                    created.setContent(read.getContent());
                }
            }
            if (created.getHeaders() == null || !created.getHeaders().containsKey("Location")) {
                created.addHeader("Location", OASFactory.createHeader().description("Where the new resource is read")
                        .required(true).schema(OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")));
            }
        }
        APIResponse noContent = responses.getAPIResponse("204");
        if (noContent != null) {
            noContent.setContent(null);
            responses.removeAPIResponse("200");
        }
        for (APIResponse r : responses.getAPIResponses().values()) {
            if (r.getContent() != null) {
                binary(r.getContent());
            }
        }
    }

    /** The 200 of {@code GET path/{id}} (the Location of a created resource), if the document has it. */
    private static APIResponse readOf(String path, Map<String, PathItem> items) {
        for (Map.Entry<String, PathItem> item : items.entrySet()) {
            if (item.getKey().startsWith(path + "/{") && item.getKey().indexOf('/', path.length() + 1) < 0
                    && item.getValue().getGET() != null && item.getValue().getGET().getResponses() != null) {
                return item.getValue().getGET().getResponses().getAPIResponse("200");
            }
        }
        return null;
    }

    /** Files are bytes: PDF, XLSX, images and the like are {@code string/binary}, whatever the method returned. */
    private static void binary(Content content) {
        if (content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (!type.contains("json") && !type.startsWith("text/")) {
                media.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).format("binary"));
            }
        });
    }

    private static void errors(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean body = operation.getRequestBody() != null;
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean input = body || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        List<String> statuses = new ArrayList<>(List.of("400", "401", "403", "406", "414", "429", "503"));
        if (path.contains("{") || namesSomething(operation)) {
            statuses.add("404");
        }
        if (body) {
            statuses.addAll(List.of("408", "413", "415"));
        }
        if (write) {
            statuses.add("409");
        }
        if (input || write) {
            statuses.add("422");
        }
        Map<String, APIResponse> all = new TreeMap<>(responses.getAPIResponses() == null ? Map.of()
                : responses.getAPIResponses());
        for (String status : statuses) {
            APIResponse existing = all.get(status);
            APIResponse shared = OASFactory.createAPIResponse().ref("#/components/responses/" + ERRORS.get(status).name());
            if (existing == null || existing.getContent() == null) {
                all.put(status, shared);
            } else {
                // an operation's own description of the error keeps its words, with the shared body
                existing.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        }
        responses.setAPIResponses(all);
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if (p.getIn() == Parameter.In.PATH) {
                    p.setRequired(true);
                }
            }
        }
    }

    /** Every {@code {name}} of the path is a required path parameter (inherited resource methods lose some). */
    private static void pathParameters(String path, PathItem item, Operation operation) {
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            boolean defined = Stream.concat(
                    item.getParameters() == null ? Stream.empty() : item.getParameters().stream(),
                    operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream())
                    .anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.PATH);
            if (!defined) {
                Schema schema = OASFactory.createSchema().addType(SchemaType.STRING);
                if (name.equals("id") || name.endsWith("Id")) {
                    schema.setFormat("uuid");
                }
                operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .schema(schema));
            }
        }
    }

    /** Every operation needs a bearer token (none is public); inherited methods lose the requirement. */
    private static void secured(Operation operation, Components components) {
        if ((operation.getSecurity() != null && !operation.getSecurity().isEmpty())
                || components.getSecuritySchemes() == null || components.getSecuritySchemes().isEmpty()) {
            return;
        }
        String scheme = components.getSecuritySchemes().keySet().iterator().next();
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(scheme));
    }

    /** A query parameter naming an agency, a province or a resource ({@code agencyCode}, {@code roundId}): 404 when unknown. */
    private static boolean namesSomething(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && p.getName() != null
                        && (p.getName().endsWith("Code") || p.getName().endsWith("Id")));
    }

    /** The schemas a request body reaches: those keep the required list bean validation gave them. */
    private static void collectRefs(Schema schema, Components components, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (names.add(name) && components.getSchemas() != null) {
                collectRefs(components.getSchemas().get(name), components, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> collectRefs(s, components, names));
        }
        collectRefs(schema.getItems(), components, names);
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(s -> collectRefs(s, components, names));
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            collectRefs(schema.getAdditionalPropertiesSchema(), components, names);
        }
    }

    private static void requireResponseProperties(Components components, Set<String> inputs) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().forEach((name, schema) -> {
            if (inputs.contains(name) || name.equals("Problem") || name.equals("FieldError")
                    || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                return;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        });
    }
}
