package id.sakip.dashboard.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.dashboard.DashboardConfig;
import id.sakip.dashboard.view.Views.AgencyPage;
import id.sakip.dashboard.view.Views.AgencyRow;
import id.sakip.dashboard.view.Views.Chart;
import id.sakip.dashboard.view.Views.Choice;
import id.sakip.dashboard.view.Views.Counts;
import id.sakip.dashboard.view.Views.FormRow;
import id.sakip.dashboard.view.Views.IndicatorRow;
import id.sakip.dashboard.view.Views.Overview;
import id.sakip.dashboard.view.Views.PeriodRow;
import id.sakip.dashboard.view.Views.Region;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Builds the pages' models from the projection. */
@ApplicationScoped
public class ProvinceViews {
    private final ProvinceData data;
    private final DashboardConfig config;
    private final ObjectMapper json;

    public ProvinceViews(ProvinceData data, DashboardConfig config, ObjectMapper json) {
        this.data = data;
        this.config = config;
        this.json = json;
    }

    /** The period asked for, else the newest one any round or measurement has, else this year's Q1. */
    public ProvinceData.YearPeriod period(Integer year, String period) {
        if (year != null && period != null) {
            return new ProvinceData.YearPeriod(year, period);
        }
        return data.periods().stream().findFirst().orElse(new ProvinceData.YearPeriod(LocalDate.now().getYear(), "Q1"));
    }

    public Overview overview(String officer, ProvinceData.YearPeriod at) {
        Map<String, JsonNode> rounds = data.byAgency("round_state", at.year(), at.period());
        Map<String, JsonNode> measurements = data.byAgency("measurement", at.year(), at.period());
        Map<String, JsonNode> agreements = data.agreements(at.year());
        Map<String, List<AgencyRow>> byRegion = new LinkedHashMap<>();
        for (JsonNode a : data.agencies()) {
            String code = a.path("agencyCode").asText();
            byRegion.computeIfAbsent(a.path("regionCode").asText(), r -> new ArrayList<>())
                    .add(row(a, agreements.get(code), rounds.get(code), measurements.get(code)));
        }
        List<Region> regions = new ArrayList<>();
        Counts totals = Counts.NONE;
        for (var e : byRegion.entrySet()) {
            Counts c = e.getValue().stream().map(AgencyRow::counts).reduce(Counts.NONE, Counts::plus);
            totals = totals.plus(c);
            regions.add(new Region(e.getKey(), regionName(e.getKey()), e.getValue(), c));
        }
        List<Choice> periods = data.periods().stream().map(p -> new Choice(p.year() + "/" + p.period(),
                Labels.period(p.period()) + " " + p.year(), p.equals(at))).toList();
        return new Overview(officer, config.provinceName(), at.year(), at.period(), Labels.period(at.period()), periods,
                regions, totals, Labels.when(data.dataAsOf().orElse(null)));
    }

    public Optional<AgencyPage> agency(String officer, String code, Integer year) {
        Optional<JsonNode> agency = data.agency(code);
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        JsonNode a = agency.get();
        int y = year != null ? year : period(null, null).year();
        Map<String, String> unitNames = new LinkedHashMap<>();
        a.path("units").forEach(u -> unitNames.put(u.path("code").asText(), u.path("name").asText()));
        Map<String, JsonNode> rounds = new LinkedHashMap<>();
        data.ofAgency("round_state", code, y).forEach(r -> rounds.put(r.path("period").asText(), r));
        Map<String, JsonNode> measurements = new LinkedHashMap<>();
        data.ofAgency("measurement", code, y).forEach(m -> measurements.put(m.path("period").asText(), m));
        TreeSet<String> periods = new TreeSet<>(rounds.keySet());
        periods.addAll(measurements.keySet());
        List<PeriodRow> rows = new ArrayList<>();
        for (String p : periods) {
            JsonNode r = rounds.get(p);
            JsonNode m = measurements.get(p);
            List<FormRow> forms = new ArrayList<>();
            if (r != null) {
                r.path("forms").forEach(f -> forms.add(new FormRow(f.path("unitCode").asText(),
                        unitNames.getOrDefault(f.path("unitCode").asText(), f.path("unitCode").asText()),
                        "SUBMITTED".equals(f.path("status").asText()) ? "Terkirim" : "Draf",
                        Labels.timeliness(f.path("timeliness").asText()), text(f.path("submittedByName")),
                        f.path("submittedAt").isTextual() ? Labels.when(Instant.parse(f.path("submittedAt").asText())) : "-")));
            }
            rows.add(new PeriodRow(p, Labels.period(p), Labels.round(r == null ? null : r.path("status").asText()),
                    counts(r), capaian(m), m == null ? "-" : Labels.category(m.path("category").asText(null)),
                    review(m), forms));
        }
        // one chart per sasaran of the PK in force (else of the measurements): its capaian per measured period
        Set<String> sasaran = new LinkedHashSet<>();
        data.agreement(code, y).ifPresent(pk -> pk.path("items").forEach(i -> sasaran.add(i.path("sasaran").asText())));
        measurements.values().forEach(m -> m.path("sasaran").forEach(s -> sasaran.add(s.path("sasaran").asText())));
        List<String> quarters = List.of("Q1", "Q2", "Q3", "Q4");
        List<Chart> charts = new ArrayList<>();
        for (String s : sasaran) {
            List<BigDecimal> values = new ArrayList<>();
            for (String q : quarters) {
                JsonNode m = measurements.get(q);
                BigDecimal v = null;
                if (m != null) {
                    for (JsonNode ss : m.path("sasaran")) {
                        if (s.equals(ss.path("sasaran").asText()) && ss.path("capaian").isNumber()) {
                            v = ss.path("capaian").decimalValue();
                        }
                    }
                }
                values.add(v);
            }
            charts.add(new Chart(s, write(quarters.stream().map(Labels::period).toList()), write(values)));
        }
        String latest = measurements.isEmpty() ? null : new TreeSet<>(measurements.keySet()).last();
        List<IndicatorRow> indicators = new ArrayList<>();
        if (latest != null) {
            measurements.get(latest).path("indicators").forEach(i -> indicators.add(new IndicatorRow(
                    i.path("indicatorCode").asText(), i.path("indicatorName").asText(), i.path("sasaran").asText(),
                    text(i.path("unitOfMeasure")), number(i.path("target")), number(i.path("realisasi")),
                    number(i.path("capaian")), Labels.category(i.path("category").asText(null)),
                    i.path("achieved").asBoolean() ? "Ya" : "Tidak")));
        }
        return Optional.of(new AgencyPage(officer, config.provinceName(), code, a.path("name").asText(),
                regionName(a.path("regionCode").asText()), y, rows, charts,
                latest == null ? "-" : Labels.period(latest) + " " + y, indicators,
                Labels.when(data.dataAsOf().orElse(null))));
    }

    public String regionName(String code) {
        return config.regionNames().getOrDefault(code, "Kabupaten/Kota " + code);
    }

    private AgencyRow row(JsonNode a, JsonNode pk, JsonNode round, JsonNode m) {
        return new AgencyRow(a.path("agencyCode").asText(), a.path("name").asText(),
                pk == null ? "Belum ada" : "Versi " + pk.path("agreementVersion").asInt(),
                Labels.round(round == null ? null : round.path("status").asText()), counts(round), capaian(m),
                m == null ? "-" : Labels.category(m.path("category").asText(null)), review(m));
    }

    private static Counts counts(JsonNode round) {
        if (round == null) {
            return Counts.NONE;
        }
        JsonNode c = round.path("counts");
        return new Counts(c.path("forms").asInt(), c.path("onTime").asInt(), c.path("late").asInt(),
                c.path("missing").asInt(), c.path("pending").asInt());
    }

    private static String capaian(JsonNode m) {
        return m == null || !m.path("averageCapaian").isNumber() ? "-" : Labels.number(m.path("averageCapaian").decimalValue());
    }

    /** The measurement's review in the page's words (the page and the workbook say the same). */
    static String review(JsonNode m) {
        if (m == null) {
            return "Belum diukur";
        }
        JsonNode r = m.path("review");
        if (r.path("signedAt").isTextual()) {
            return "Ditandatangani";
        }
        return r.path("approvedAt").isTextual() ? "Disetujui" : "Menunggu reviu";
    }

    private static String number(JsonNode n) {
        return n.isNumber() ? Labels.number(n.decimalValue()) : "-";
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : "-";
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
