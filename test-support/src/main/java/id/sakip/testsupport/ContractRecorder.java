package id.sakip.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.path.json.mapper.factory.Jackson2ObjectMapperFactory;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The contract test: a REST Assured filter that checks every response of the suite against the
 * OpenAPI document of the service that sent it ({@code /q/openapi}, which {@code ApiDocumentTest}
 * keeps equal to the committed {@code docs/api/} one). A status the operation does not declare, a
 * media type its response does not declare, or a problem+json body that is not a {@code Problem}
 * fails the request (an {@link AssertionError} from the call); a request to a path or method the
 * document does not have must be answered 404/405 as problem+json. Every response is logged to
 * {@code target/api-contract/} and {@link ContractReport} counts them when the JVM ends. With
 * {@code -Dsakip.contract.record-only=true} nothing fails, every undocumented response is only
 * logged (to see all of them at once after a change).
 *
 * <p>Installed for every {@code @QuarkusTest} by {@link ContractRecorderCallback}; packaged tests call
 * {@link #install()}.
 */
public final class ContractRecorder implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What REST Assured reads bodies with (see {@link #install()}). */
    private static final ObjectMapper BODIES = new ObjectMapper().findAndRegisterModules();
    private static final Jackson2ObjectMapperFactory SHARED_MAPPER = (type, charset) -> BODIES;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ContractRecorder INSTANCE = new ContractRecorder();
    private static final Pattern PROBLEM_TYPE = Pattern.compile("https://sakip\\.id/problems/[a-z0-9-]+");
    private final Map<String, Optional<Document>> documents = new ConcurrentHashMap<>();

    private ContractRecorder() {
    }

    /**
     * Adds the filter to REST Assured's defaults once (idempotent), and gives REST Assured one shared
     * Jackson mapper: by default it builds a new one (scanning the class path for modules) for every
     * body it reads, which in the corpora (thousands of problem documents) cost more than the requests.
     */
    public static synchronized void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
        if (RestAssured.config().getObjectMapperConfig().jackson2ObjectMapperFactory() != SHARED_MAPPER) {
            RestAssured.config = RestAssured.config().objectMapperConfig(
                    RestAssured.config().getObjectMapperConfig().jackson2ObjectMapperFactory(SHARED_MAPPER));
        }
        ContractReport.start();
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification spec,
            FilterContext ctx) {
        Response response = ctx.next(request, spec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath().startsWith("/q/") || request.getMethod().equalsIgnoreCase("OPTIONS")) {
            return response;
        }
        String base = uri.getScheme() + "://" + uri.getAuthority();
        Optional<Document> doc = documents.computeIfAbsent(base, ContractRecorder::load);
        if (doc.isEmpty()) {
            return response;
        }
        Verdict verdict = doc.get().check(request.getMethod(), served(uri), response);
        ContractReport.record(doc.get().title, request.getMethod(), verdict.operation, response.statusCode(),
                mediaType(response), verdict.problem);
        if (verdict.problem != null && !Boolean.getBoolean("sakip.contract.record-only")) {
            throw new AssertionError("undocumented response: " + request.getMethod() + " " + uri.getRawPath() + " → "
                    + response.statusCode() + " " + mediaType(response) + ": " + verdict.problem + "\n"
                    + abbreviate(response.asString()));
        }
        return response;
    }

    /** The path as the server routes it: dot segments (also percent-encoded ones) resolved. */
    static String served(URI uri) {
        String raw = uri.getRawPath().replaceAll("(?i)%2e", ".");
        return URI.create(raw.isEmpty() ? "/" : raw).normalize().getRawPath();
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    static String mediaType(Response response) {
        String type = response.contentType();
        if (type == null || type.isBlank()) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static Optional<Document> load(String base) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Optional.empty();
            }
            Document doc = new Document(JSON.readTree(r.body()));
            ContractReport.operations(doc.title, doc.operationIds());
            return Optional.of(doc);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The outcome for one response: the operation it matched (or "-") and what is undocumented (or null). */
    record Verdict(String operation, String problem) {
    }

    /** One service's document, with its path templates as patterns. */
    static final class Document {
        private final JsonNode doc;
        private final OpenApiSchemas schemas;
        private final String title;
        private final List<Map.Entry<Pattern, String>> templates = new ArrayList<>();

        Document(JsonNode doc) {
            this.doc = doc;
            this.schemas = new OpenApiSchemas(doc);
            this.title = doc.path("info").path("title").asText("?").replace("SAKIP ", "");
            for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext();) {
                String template = it.next();
                String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                templates.add(Map.entry(Pattern.compile(regex), template));
            }
            // literal segments before parameters: /rounds/mine before /rounds/{id}
            templates.sort((a, b) -> Long.compare(literals(b.getValue()), literals(a.getValue())));
        }

        List<String> operationIds() {
            List<String> ids = new ArrayList<>();
            doc.path("paths").forEach(item -> item.forEach(op -> {
                if (op.has("operationId")) {
                    ids.add(op.get("operationId").asText());
                }
            }));
            return ids;
        }

        private static long literals(String template) {
            return template.chars().filter(c -> c == '/').count() * 100 - template.chars().filter(c -> c == '{').count();
        }

        Verdict check(String method, String rawPath, Response response) {
            String template = null;
            for (Map.Entry<Pattern, String> t : templates) {
                if (t.getKey().matcher(rawPath).matches()) {
                    template = t.getValue();
                    break;
                }
            }
            int status = response.statusCode();
            JsonNode operation = template == null ? null
                    : doc.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
            if (operation == null || operation.isMissingNode()) {
                // no such operation: only "not found"/"method not allowed", as problem+json
                String name = template == null ? "(no path)" : method + " " + template + " (no method)";
                if (status != 404 && status != 405) {
                    return new Verdict(name, "no operation in the document, yet answered " + status);
                }
                return new Verdict(name, problem(response, status));
            }
            String name = operation.path("operationId").asText(method + " " + template);
            JsonNode declared = operation.path("responses").path(String.valueOf(status));
            if (declared.isMissingNode()) {
                return new Verdict(name, "status " + status + " not declared");
            }
            declared = schemas.resolve(declared);
            String type = mediaType(response);
            JsonNode content = declared.path("content");
            byte[] body = response.asByteArray();
            if (content.isMissingNode() || content.isEmpty()) {
                if (body.length > 0) {
                    return new Verdict(name, "declared without a body, answered " + body.length + " bytes of " + type);
                }
                return new Verdict(name, null);
            }
            if (method.equalsIgnoreCase("HEAD")) {
                return new Verdict(name, null);
            }
            if (!content.has(type)) {
                return new Verdict(name, "media type '" + type + "' not declared (declared: "
                        + String.join(", ", iterable(content.fieldNames())) + ")");
            }
            if (type.equals("application/problem+json")) {
                return new Verdict(name, problem(response, status));
            }
            return new Verdict(name, null);
        }

    }

    private static Iterable<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** An RFC 9457 body as the Problem schema says: type (a problem URI), title, status (the HTTP one). */
    static String problem(Response response, int status) {
        if (!mediaType(response).equals("application/problem+json")) {
            return "error " + status + " answered as '" + mediaType(response) + "', not application/problem+json";
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.asByteArray());
        } catch (IOException e) {
            return "problem body is not JSON";
        }
        List<String> wrong = new ArrayList<>();
        if (!body.path("type").isTextual() || !PROBLEM_TYPE.matcher(body.path("type").asText()).matches()) {
            wrong.add("type");
        }
        if (!body.path("title").isTextual() || body.path("title").asText().isBlank()) {
            wrong.add("title");
        }
        if (!body.path("status").isInt() || body.path("status").asInt() != status) {
            wrong.add("status");
        }
        for (String optional : List.of("detail", "instance")) {
            if (body.has(optional) && !body.get(optional).isTextual()) {
                wrong.add(optional);
            }
        }
        if (body.has("errors")) {
            if (!body.get("errors").isArray()) {
                wrong.add("errors");
            } else {
                for (JsonNode e : body.get("errors")) {
                    if (!e.path("field").isTextual() || !e.path("message").isTextual()) {
                        wrong.add("errors[]");
                        break;
                    }
                }
            }
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!List.of("type", "title", "status", "detail", "instance", "errors").contains(f)) {
                wrong.add("unknown member " + f);
            }
        }
        return wrong.isEmpty() ? null : "problem body does not match the Problem schema: " + wrong;
    }
}
