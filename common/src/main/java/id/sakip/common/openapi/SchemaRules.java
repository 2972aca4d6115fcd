package id.sakip.common.openapi;

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
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What {@link ApiContract} does to the schemas: {@code required} response properties, pages named
 * after their items, the one {@code Period} enum, the demo agency's examples, and only the schemas
 * an operation reaches.
 */
final class SchemaRules {
    private static final String SCHEMAS = "#/components/schemas/";
    /**
     * The demo agency's values (deploy/local/demo-data.sh) as the examples of the shared vocabulary,
     * on every property that has none of its own, so Swagger UI and generated mocks show a real
     * Kecamatan rather than "string".
     */
    private static final Map<String, Object> DEMO = Map.ofEntries(
            Map.entry("agencyCode", "1506-KEC-KUALA-BETARA"), Map.entry("agencyName", "Kecamatan Kuala Betara"),
            Map.entry("regionCode", "1506"), Map.entry("provinceCode", "15"), Map.entry("year", 2026),
            Map.entry("unitCode", "SEKRETARIAT"), Map.entry("responsibleUnit", "SEKRETARIAT"),
            Map.entry("indicatorCode", "IKU-01"),
            Map.entry("indicatorName", "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan Kantor Camat"),
            Map.entry("sasaran", "Meningkatnya kualitas pelayanan publik di Kecamatan Kuala Betara"),
            Map.entry("unitOfMeasure", "indeks"), Map.entry("realisasi", 81.4), Map.entry("capaian", 101.75),
            Map.entry("averageCapaian", 96.5), Map.entry("keterangan", "Survei IKM triwulan I, 150 responden"));

    /** A text example for a string property, a number for a numeric one (never for arrays or refs). */
    private static boolean fits(Object example, Schema property) {
        List<SchemaType> types = property.getRef() == null ? property.getType() : null;
        if (types == null) {
            return false;
        }
        return example instanceof String ? types.contains(SchemaType.STRING)
                : types.contains(SchemaType.NUMBER) || types.contains(SchemaType.INTEGER);
    }

    static void examples(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().forEach((name, property) -> {
                Object example = DEMO.get(name);
                if (example != null && fits(example, property) && property.getExample() == null
                        && property.getExamples() == null && property.getEnumeration() == null) {
                    property.setExample(example);
                }
            });
        });
    }

    /**
     * Every {@code period} (a property or a query parameter) is the one {@code Period} enum: Q1..Q4 or
     * M01..M12 ({@link id.sakip.common.vocabulary.Period} is a value type, serialised as that text).
     */
    static void periods(OpenAPI api, Components components) {
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
    static void namePages(OpenAPI api, Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new TreeMap<>();
        components.getSchemas().forEach((name, schema) -> {
            Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
            if (name.startsWith("Page") && items != null && items.getItems() != null && items.getItems().getRef() != null) {
                String target = "Page" + name(items.getItems().getRef());
                if (!target.equals(name)) {
                    renamed.put(name, target);
                }
            }
        });
        Map<String, Schema> schemas = new TreeMap<>();
        components.getSchemas().forEach((name, schema) -> schemas.put(renamed.getOrDefault(name, name), schema));
        Consumer<Schema> rename = node -> {
            if (node.getRef() != null && renamed.containsKey(name(node.getRef()))) {
                node.setRef(SCHEMAS + renamed.get(name(node.getRef())));
            }
        };
        schemas.values().forEach(schema -> walk(schema, rename));
        operationSchemas(api).forEach(schema -> walk(schema, rename));
        components.setSchemas(schemas);
        dropUnreachableSchemas(api, components);
    }

    /**
     * Only the schemas an operation reaches stay: shared records annotated for one service (an event's
     * rows) and the raw generic {@code Page} would otherwise show in every document.
     */
    private static void dropUnreachableSchemas(OpenAPI api, Components components) {
        List<Schema> roots = new ArrayList<>(operationSchemas(api));
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> r.getContent().getMediaTypes().values()
                    .forEach(m -> roots.add(m.getSchema())));
        }
        Map<String, Schema> kept = new TreeMap<>(components.getSchemas());
        kept.keySet().retainAll(reachable(roots, components));
        components.setSchemas(kept);
    }

    /** The schemas of every operation's parameters, request body and responses. */
    private static List<Schema> operationSchemas(OpenAPI api) {
        List<Schema> schemas = new ArrayList<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> schemas.add(p.getSchema()));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> schemas.add(m.getSchema()));
            }
            op.getResponses().getAPIResponses().values().forEach(r -> {
                if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                    r.getContent().getMediaTypes().values().forEach(m -> schemas.add(m.getSchema()));
                }
            });
        }));
        return schemas;
    }

    /** The names of the component schemas the given schemas refer to, directly or through others. */
    static Set<String> reachable(List<Schema> roots, Components components) {
        Set<String> reached = new HashSet<>();
        List<Schema> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            List<Schema> next = new ArrayList<>();
            pending.forEach(schema -> walk(schema, node -> {
                if (node.getRef() != null && reached.add(name(node.getRef())) && components.getSchemas() != null
                        && components.getSchemas().containsKey(name(node.getRef()))) {
                    next.add(components.getSchemas().get(name(node.getRef())));
                }
            }));
            pending = next;
        }
        return reached;
    }

    /** Visits a schema and every schema nested in it (properties, items, compositions), not following refs. */
    private static void walk(Schema schema, Consumer<Schema> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, visit));
        }
        walk(schema.getItems(), visit);
        walk(schema.getAdditionalPropertiesSchema(), visit);
        for (List<Schema> list : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(s -> walk(s, visit));
            }
        }
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    static void requireResponseProperties(Components components, Set<String> inputs) {
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

    private SchemaRules() {
    }
}
