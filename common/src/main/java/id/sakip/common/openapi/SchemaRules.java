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

    /** The schemas a request body reaches: those keep the required list bean validation gave them. */
    static void collectRefs(Schema schema, Components components, Set<String> names) {
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
