package id.sakip.common.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * 403, 406, 414, 429 and 503 for all, the others after what the operation has ({@link ProblemResponses});</li>
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
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

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
        ProblemResponses.define(components);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = new TreeMap<>(api.getPaths().getPathItems());
        List<Schema> bodies = new ArrayList<>();
        Set<String> sopRoots = sopRoots(items.keySet());
        for (Map.Entry<String, PathItem> item : items.entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                name(item.getKey(), operation, sopRoots);
                successes(item.getKey(), operation, items);
                pathParameters(item.getKey(), item.getValue(), operation);
                secured(operation, components);
                ProblemResponses.add(item.getKey(), op.getKey(), operation);
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    binary(operation.getRequestBody().getContent());
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(m -> bodies.add(m.getSchema()));
                }
            }
        }
        // the schemas a request body reaches keep the required list bean validation gave them
        SchemaRules.requireResponseProperties(components, SchemaRules.reachable(bodies, components));
        ProblemResponses.dropUnused(api, components);
        SchemaRules.namePages(api, components);
        SchemaRules.periods(api, components);
        SchemaRules.examples(components);
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

}
